import { ipLiteral, isAllowedAddress } from './address-policy';
import { guardedLookup } from './outbound-http';
import { checkOutboundUrl, parseOutboundUrl } from './outbound-url';
import { OutboundRefusedError } from './outbound.errors';

const strict = { allowLoopback: false };
const local = { allowLoopback: true };

describe('outbound address policy', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '127.0.0.1',
    '127.9.9.9',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.254',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.1',
    '198.18.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '2002:7f00:1::1',
    '64:ff9b::a00:1',
  ])('refuses %s', (ip) => {
    expect(isAllowedAddress(ip, strict)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '203.119.1.1', '2400:3200::1', '::ffff:8.8.8.8'])('allows the public address %s', (ip) => {
    expect(isAllowedAddress(ip, strict)).toBe(true);
  });

  it('lets only loopback through when the local-receiver flag is on, never private ranges', () => {
    expect(isAllowedAddress('127.0.0.1', local)).toBe(true);
    expect(isAllowedAddress('::1', local)).toBe(true);
    expect(isAllowedAddress('10.0.0.1', local)).toBe(false);
    expect(isAllowedAddress('169.254.169.254', local)).toBe(false);
  });

  it('reads IP literals out of URL host names, brackets and all', () => {
    expect(ipLiteral('[::1]')).toBe('::1');
    expect(ipLiteral('127.0.0.1')).toBe('127.0.0.1');
    expect(ipLiteral('hooks.example.com')).toBeNull();
  });

  it.each([
    'http://hooks.example.com/x',
    'https://127.0.0.1/x',
    'https://[::1]/x',
    'https://[::ffff:7f00:1]/x',
    'https://169.254.169.254/latest/meta-data',
    'https://10.0.0.5:8443/',
    'https://user:pw@hooks.example.com/',
    'ftp://hooks.example.com/',
    'https://2130706433/',
  ])('refuses the URL %s', (url) => {
    expect(() => parseOutboundUrl(url, strict)).toThrow(OutboundRefusedError);
  });

  it('refuses at registration a name that resolves to loopback (localhost), with the flag off', async () => {
    await expect(checkOutboundUrl('https://localhost/hook', strict)).rejects.toThrow(/not public/);
  });

  it('accepts a public https URL literal', async () => {
    await expect(checkOutboundUrl('https://8.8.8.8/hook', strict)).resolves.toBeInstanceOf(URL);
  });

  it('refuses at connect time, in the lookup the socket uses, a name resolving to loopback', async () => {
    const err = await new Promise<Error | null>((resolve) => guardedLookup(strict)('localhost', {}, (e) => resolve(e)));
    expect(err).toBeInstanceOf(OutboundRefusedError);
    const ok = await new Promise<string>((resolve) => guardedLookup(local)('localhost', {}, (_e, address) => resolve(address as string)));
    expect(['127.0.0.1', '::1']).toContain(ok);
  });
});
