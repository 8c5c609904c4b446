import { t } from '../i18n/zh-CN';

/** Budgets are typed in 万元 (ten thousand yuan), as tenders state them, and sent to the API in yuan. */
export const YUAN_PER_WAN = 10_000;
/** The API's ceiling (a trillion yuan). */
export const BUDGET_MAX_YUAN = 1e12;

export type ParsedWan = { ok: true; yuan: number | null } | { ok: false; error: 'not_a_number' | 'negative' | 'too_large' };

/** '350' → 3,500,000 yuan; '0.5' → 5,000; '' → null (no bound). Full-width digits and thousands separators are accepted. */
export function wanToYuan(input: string): ParsedWan {
  const text = input
    .normalize('NFKC')
    .replace(/[,\s]/g, '')
    .replace(/万元?$/, '');
  if (text === '') return { ok: true, yuan: null };
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, error: 'not_a_number' };
  const wan = Number(text);
  if (wan < 0) return { ok: false, error: 'negative' };
  // Rounded to the fen (0.01 yuan): 0.1 万 is 1000 yuan, not 1000.0000000000001.
  const yuan = Math.round(wan * YUAN_PER_WAN * 100) / 100;
  if (yuan > BUDGET_MAX_YUAN) return { ok: false, error: 'too_large' };
  return { ok: true, yuan };
}

/** 3,500,000 yuan → '350'; 12,345 → '1.2345'; null → '' (for the form's input). */
export function yuanToWan(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return '';
  return String(Number((yuan / YUAN_PER_WAN).toFixed(6)));
}

export type BudgetRange =
  { ok: true; budgetMin: number | null; budgetMax: number | null } | { ok: false; field: 'budgetMin' | 'budgetMax'; error: string };

/** Both bounds in yuan, or the first problem. */
export function parseBudgetRange(minWan: string, maxWan: string): BudgetRange {
  const min = wanToYuan(minWan);
  if (!min.ok) return { ok: false, field: 'budgetMin', error: min.error };
  const max = wanToYuan(maxWan);
  if (!max.ok) return { ok: false, field: 'budgetMax', error: max.error };
  if (min.yuan !== null && max.yuan !== null && max.yuan < min.yuan) return { ok: false, field: 'budgetMax', error: 'below_min' };
  return { ok: true, budgetMin: min.yuan, budgetMax: max.yuan };
}

/** A yuan amount as people read it: '8,000元', '350万元', '1.25亿元'. */
export function formatYuan(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined) return '';
  const group = (n: number, digits: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: digits });
  if (yuan >= 1e8) return `${group(yuan / 1e8, 4)}${t.money.yi}`;
  if (yuan >= YUAN_PER_WAN) return `${group(yuan / YUAN_PER_WAN, 4)}${t.money.wan}`;
  return `${group(yuan, 2)}${t.money.yuan}`;
}
