import { replaceSuffixFirst, type SuffixFirstScan, toMatchText } from '@app/text';
import { bodySections, type BodySections } from './body-sections';
import { divisionCodeText } from './division-code-text';
import { dropFirmHome } from './firm-home';
import { pinyinPlaces } from './pinyin-places';
import type { RegionSource, ResolveRegionInput } from './region.types';

/** One piece of bulletin text to look for places in, strongest first. */
export interface FieldText {
  source: RegionSource;
  text: string;
  /** Votes of this field when names disagree. */
  weight: number;
  /** Region text is a place by definition, so everyday-word short forms count there. */
  placeText: boolean;
  /** Body text: long and naming places in passing, so it must outvote the others clearly. */
  body: boolean;
  /** Only adds weight to a place other fields name: it never names the place on its own. */
  supportOnly: boolean;
  /** A title or an organisation's own name: a bare county-level city (义乌, 晋江) counts here. */
  bareCountyCities: boolean;
}

// Masked parts ("(略)", "***") are a boundary, never part of a name.
const MASK = /\(略\)|\*{2,}|×{2,}/g;
// An agency's company name says where the agency is registered, not where the work is
// (大连市XX招标有限公司 running a tender for a school in 丹东).
const COMPANY_FORM = '(?:有限责任公司|有限公司|公司)';
export const AGENCY_COMPANY: SuffixFirstScan = {
  name: new RegExp(
    `[\\p{Script=Han}()]{2,12}?(?:招标|代理|咨询|项目管理|工程管理|造价|监理)[\\p{Script=Han}()]{0,10}?${COMPANY_FORM}`,
    'uy',
  ),
  suffix: new RegExp(COMPANY_FORM, 'gu'),
  // 12 characters, a four-character word, 10 more
  reach: 26,
};

// A company is named after where it is registered (北京城建集团 building in 抚州), a government
// unit after where it governs: a company buyer is trusted after the title, a government one before.
const COMPANY = /(?:公司|集团|企业|合作社|商行)$/;

const NO_BODY: BodySections = { key: '', main: '', otherParties: '' };

/** The bulletin's fields, normalised, in the order they are trusted. */
export function fieldTexts(input: ResolveRegionInput): FieldText[] {
  const agency = input.agency ? toMatchText(input.agency) : '';
  const prepare = (s: string | null | undefined): string =>
    // Line breaks become a boundary before toMatchText joins the lines.
    s ? blank(toMatchText(s.replace(/\r?\n/g, '|')).replace(MASK, '|'), agency) : '';
  // A lookup by one name (a buyer's, an agency's) has no body to cut into sections.
  const body = input.body ? bodySections(replaceSuffixFirst(prepare(input.body), AGENCY_COMPANY, '|')) : NO_BODY;
  const field = (source: RegionSource, text: string, weight: number, supportOnly = false, bareCountyCities = false): FieldText => ({
    source,
    text,
    weight,
    placeText: source === 'region_text',
    body: source === 'body',
    supportOnly,
    bareCountyCities,
  });
  const buyer = prepare(input.buyer);
  const title = field('title', dropFirmHome(replaceSuffixFirst(prepare(input.title), AGENCY_COMPANY, '|')), 4, false, true);
  // A company's trade name (某某安达物流有限公司) may be a place's name without being there.
  const buyerAndTitle = COMPANY.test(buyer) ? [title, field('buyer', buyer, 3)] : [field('buyer', buyer, 8, false, true), title];
  return [
    field('region_text', prepare(pinyinPlaces(divisionCodeText(input.regionText))), 16),
    ...buyerAndTitle,
    field('body', body.key, 3),
    field('body', body.main, 2),
    field('body', body.otherParties, 1, true),
  ];
}

// The agency's own name says where the agency is, not where the work is.
function blank(text: string, agency: string): string {
  return agency.length >= 4 ? text.split(agency).join('|') : text;
}
