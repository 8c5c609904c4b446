import { decodeCursor, encodeCursor } from './inbox-cursor';

describe('inbox cursor', () => {
  const position = { at: '2026-11-27 00:10:01.123456+00', id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' };

  it('round-trips a position, keeping microseconds', () => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    '',
    'garbage',
    Buffer.from('2026-01-01|not-a-uuid').toString('base64url'),
    Buffer.from(`x|${position.id}`).toString('base64url'),
    Buffer.from(`${position.at}|${position.id}|1`).toString('base64url'),
  ])('rejects %p naming the cursor field', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({ code: 'invalid_cursor', errors: [expect.objectContaining({ field: 'cursor' })] }),
    );
  });
});
