import { lookup } from 'node:dns/promises';
import { ipLiteral, isAllowedAddress, type OutboundPolicy } from './address-policy';
import { OutboundRefusedError } from './outbound.errors';

/** Parses and checks the scheme and literal host of an outbound URL (no DNS). */
export function parseOutboundUrl(raw: string, policy: OutboundPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefusedError('not a URL');
  }
  const schemes = policy.allowLoopback ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) throw new OutboundRefusedError('must be an https:// URL');
  if (url.username || url.password) throw new OutboundRefusedError('must not carry credentials');
  const literal = ipLiteral(url.hostname);
  if (literal && !isAllowedAddress(literal, policy)) throw new OutboundRefusedError(`address ${literal} is not public`);
  return url;
}

/**
 * Checks a URL at registration: scheme, literal host, and every address its name resolves to now.
 * The sender checks again at connect time (DNS can change), so this is the early, friendly answer.
 */
export async function checkOutboundUrl(raw: string, policy: OutboundPolicy): Promise<URL> {
  const url = parseOutboundUrl(raw, policy);
  if (ipLiteral(url.hostname)) return url;
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(url.hostname, { all: true, verbatim: true });
  } catch {
    throw new OutboundRefusedError(`host ${url.hostname} does not resolve`);
  }
  const bad = addresses.find((a) => !isAllowedAddress(a.address, policy));
  if (bad) throw new OutboundRefusedError(`host ${url.hostname} resolves to ${bad.address}, which is not public`);
  return url;
}
