import { ValidationError } from '../shared/domain.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// timestamptz as Postgres prints it: 2026-11-27 00:10:01.123456+00
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** Keyset position in a newest-first list: the row's timestamp as Postgres wrote it (microseconds kept) and its id. */
export interface InboxPosition {
  at: string;
  id: string;
}

export function encodeCursor(position: InboxPosition): string {
  return Buffer.from(`${position.at}|${position.id}`).toString('base64url');
}

/** Throws a 400 naming `cursor` for anything this API did not hand out. */
export function decodeCursor(cursor: string): InboxPosition {
  const [at, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (extra !== undefined || !at || !id || !UUID.test(id) || !TIMESTAMP.test(at)) {
    throw new ValidationError([{ field: 'cursor', message: 'is not a cursor from this list' }], 'invalid_cursor');
  }
  return { at, id };
}
