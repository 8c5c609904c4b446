// Builds libs/regions/src/area-codes.json: Chinese telephone area codes (区号) → GB/T 2260 code of
// the city they serve. The names come from Google's libphonenumber geocoding data (Chinese
// locale), as shipped by the @devmehq/phone-number-validator-js dev dependency; the region code
// is what @app/regions resolves each name to. The parser reads the JSON synchronously, so no
// phone library runs at ingest.
// Run: npx ts-node -T -r tsconfig-paths/register scripts/generate-area-codes.ts
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { geocoder, parsePhoneNumberFromString } from '@devmehq/phone-number-validator-js';
import { resolveRegion } from '@app/regions';

const OUTPUT = join(resolve(__dirname, '..'), 'libs/regions/src/area-codes.json');

// China's area codes are prefix-free: 010 and 020-029 have two digits after the 0, all others
// (0311, 0536, 0755 …) three.
function candidateCodes(): string[] {
  const codes = ['10'];
  for (let d = 20; d <= 29; d++) codes.push(String(d));
  for (let d = 300; d <= 999; d++) codes.push(String(d));
  return codes;
}

// Codes the geocoding data gives one city for though several use them: all of 海南 dials 0898,
// 贵港 shares 0775 with 玉林, and 潜江 and 天门 share 0728 with 仙桃. Only the province is sure.
// 嘉峪关 dials 酒泉's 0937 too.
const SHARED_CODES: Readonly<Record<string, string>> = { '0898': '460000', '0775': '450000', '0728': '420000', '0937': '620000' };
// Codes of a provincial capital that neighbouring cities were merged into (沈阳 with 铁岭 and 抚顺,
// 成都 with 资阳 and 眉山, 西安 with 咸阳, 长沙 with 湘潭 and 株洲): the capital holds most of
// those who dial it, so a notice that names no city of its own is most likely the capital's.
// Any city a notice names still wins over it. 贵阳's 0851 is not one: 遵义 alone is as large.
const CAPITAL_CODES: Readonly<Record<string, string>> = { '024': '210100', '028': '510100', '029': '610100', '0731': '430100' };

// "西藏阿里地区、普兰县、扎达县": a prefecture followed by some of its counties is served whole; the
// counties only say where the exchanges are, and read together they would name one of them.
function prefectureOfList(place: string): string {
  const [first, ...rest] = place.split('、');
  const head = resolveRegion({ regionText: first });
  // A county the names do not know (扎达县 for 札达县) stops at the prefecture, which is as good.
  const inside = (name: string) => {
    const code = resolveRegion({ regionText: `${first}${name}` })?.code;
    return head !== null && code !== undefined && code.startsWith(head.code.replace(/0+$/u, ''));
  };
  return rest.length && head && head.path.length >= 2 && rest.every(inside) ? first : place;
}

function main(): void {
  const table: Record<string, string> = {};
  for (const code of candidateCodes()) {
    const local = code.length === 2 ? '12345678' : '1234567';
    const place = geocoder(parsePhoneNumberFromString(`+86${code}${local}`), 'zh');
    if (!place) continue;
    const region = resolveRegion({ regionText: prefectureOfList(place) });
    if (!region) continue;
    // A code shared by several cities ("辽宁省沈阳市、铁岭市、抚顺市") is only sure of the province.
    if (region.path.length < 2 && !place.includes('、') && !/^(?:北京|天津|上海|重庆)/u.test(place)) continue;
    table[`0${code}`] = CAPITAL_CODES[`0${code}`] ?? SHARED_CODES[`0${code}`] ?? region.code;
  }
  writeFileSync(OUTPUT, `${JSON.stringify(table, null, 0)}\n`);
  console.log(`Wrote ${Object.keys(table).length} area codes to ${OUTPUT}`);
}

main();
