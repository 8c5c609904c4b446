import { generateApiKey, parseApiKey, secretMatches } from './api-key-secret';

describe('API key secrets', () => {
  it('round-trips a generated key and rejects a tampered one', () => {
    const { key, prefix, secretHash } = generateApiKey();
    const parsed = parseApiKey(key)!;
    expect(parsed.prefix).toBe(prefix);
    expect(secretMatches(parsed.secret, secretHash)).toBe(true);
    const tampered = parsed.secret.slice(0, -1) + (parsed.secret.endsWith('A') ? 'B' : 'A');
    expect(secretMatches(tampered, secretHash)).toBe(false);
  });

  it('rejects keys of the wrong shape', () => {
    expect(parseApiKey('nonsense')).toBeNull();
    expect(parseApiKey('ta_zzzzzzzzzzzz_' + 'a'.repeat(43))).toBeNull();
  });
});
