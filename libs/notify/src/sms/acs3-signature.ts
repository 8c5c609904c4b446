import { createHash, createHmac } from 'node:crypto';

const ALGORITHM = 'ACS3-HMAC-SHA256';

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');

/** RFC 3986 percent-encoding as Alibaba Cloud specifies it (space → %20, * → %2A, ~ kept). */
export function acsPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface Acs3Request {
  method: string;
  host: string;
  /** CanonicalURI: "/" for RPC-style APIs such as Dysmsapi. */
  path: string;
  query: Record<string, string>;
  /** x-acs-action, x-acs-version, x-acs-date, x-acs-signature-nonce; content-type when there is a body. */
  headers: Record<string, string>;
  body: string;
}

/**
 * Alibaba Cloud V3 request signature (ACS3-HMAC-SHA256): canonical request of method, URI, sorted
 * encoded query, the signed headers (host, content-type, x-acs-*) lower-cased and sorted, and the
 * hex SHA-256 of the body; string to sign = algorithm + "\n" + hex SHA-256 of that; signature =
 * hex HMAC-SHA256 with the AccessKey secret. Returns every header to send, Authorization included.
 */
export function signAcs3(req: Acs3Request, accessKeyId: string, accessKeySecret: string): Record<string, string> {
  const hashedPayload = sha256Hex(req.body);
  const headers: Record<string, string> = { ...lowerKeys(req.headers), host: req.host, 'x-acs-content-sha256': hashedPayload };
  const signed = Object.keys(headers)
    .filter((k) => k === 'host' || k === 'content-type' || k.startsWith('x-acs-'))
    .sort();
  const canonicalHeaders = signed.map((k) => `${k}:${headers[k].trim()}\n`).join('');
  const canonicalQuery = Object.keys(req.query)
    .sort()
    .map((k) => `${acsPercentEncode(k)}=${acsPercentEncode(req.query[k])}`)
    .join('&');
  const canonicalRequest = [req.method.toUpperCase(), req.path, canonicalQuery, canonicalHeaders, signed.join(';'), hashedPayload].join(
    '\n',
  );
  const stringToSign = `${ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
  const signature = createHmac('sha256', accessKeySecret).update(stringToSign, 'utf8').digest('hex');
  headers.authorization = `${ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signed.join(';')},Signature=${signature}`;
  return headers;
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}
