import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { isBulletinStage, STAGE_CATEGORY } from '@app/parsing';
import { findUnstorableText } from '../shared/storable-text';
import { BulletinInput } from './bulletin-input';

export type FieldError = { field: string; message: string };

/** Validates one raw item; returns the typed input or the failing fields. */
export function validateBulletinInput(raw: unknown): { ok: true; value: BulletinInput } | { ok: false; errors: FieldError[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ field: '(item)', message: 'must be a JSON object' }] };
  }
  // Checked before anything reads the item: a NUL would fail the insert, and with it the batch.
  const unstorable = findUnstorableText(raw);
  if (unstorable.length) return { ok: false, errors: unstorable };
  // Dates arrive as strings; a bare date like 2026-03-16 means midnight in China, not UTC.
  const value = plainToInstance(BulletinInput, withChinaDates(raw as Record<string, unknown>));
  const errors = validateSync(value, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) return { ok: false, errors: flatten(errors) };
  if (value.category && isBulletinStage(value.stage) && STAGE_CATEGORY[value.stage] !== value.category) {
    return {
      ok: false,
      errors: [
        { field: 'stage', message: `stage ${value.stage} belongs to category ${STAGE_CATEGORY[value.stage]}, not ${value.category}` },
      ],
    };
  }
  return { ok: true, value };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Strict ISO 8601: 2026-02-30 is an error, not 2 March. No zone means China time (UTC+8). */
export function parseIsoDate(s: string): Date | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1, 6); // unmatched optional groups are undefined
  const check = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi));
  if (check.getUTCFullYear() !== +y || check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59) return null;
  const zone = m[7] ?? '+08:00';
  const date = new Date(
    `${y}-${mo}-${d}T${h.padStart(2, '0')}:${mi.padStart(2, '0')}:${(m[6] ?? '0').padStart(2, '0')}${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`,
  );
  return Number.isNaN(date.getTime()) ? null : date;
}

function withChinaDates(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  for (const key of ['publishedAt', 'deadlineAt']) {
    const v = out[key];
    if (v === undefined || v === null) delete out[key];
    else out[key] = (typeof v === 'string' && parseIsoDate(v)) || 'invalid';
  }
  return out;
}

function flatten(errors: ValidationError[]): FieldError[] {
  return errors.flatMap((e) =>
    Object.values(e.constraints ?? { invalid: `${e.property} is invalid` }).map((message) => ({ field: e.property, message })),
  );
}
