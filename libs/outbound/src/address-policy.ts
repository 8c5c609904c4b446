import ipaddr from 'ipaddr.js';

export interface OutboundPolicy {
  /** Lets loopback addresses and plain http through: local test receivers only, never production. */
  allowLoopback: boolean;
}

/**
 * Whether outbound HTTP may connect to this address. Only global unicast passes: ipaddr.js names
 * every special range (private, loopback, link-local, CGNAT, multicast, unique-local, reserved,
 * 6to4/Teredo tunnels…), and an IPv4-mapped IPv6 address is judged as the IPv4 address it carries.
 */
export function isAllowedAddress(address: string, policy: OutboundPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === 'unicast') return true;
  return policy.allowLoopback && range === 'loopback';
}

/** The address without the brackets a URL puts around IPv6 literals, or null for a host name. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}
