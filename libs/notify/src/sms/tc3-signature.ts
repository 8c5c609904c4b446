import { createHash, createHmac } from 'node:crypto';

const ALGORITHM = 'TC3-HMAC-SHA256';

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

export interface Tc3Request {
  host: string;
  /** Product name in the credential scope, e.g. "sms". */
  service: string;
  action: string;
  /** Unix seconds; also sent as X-TC-Timestamp, and its UTC date is in the scope. */
  timestamp: number;
  /** JSON body of a POST. */
  body: string;
  contentType?: string;
}

/**
 * Tencent Cloud API 3.0 signature v3 (TC3-HMAC-SHA256), for a JSON POST to "/": canonical request
 * with the signed headers content-type;host;x-tc-action (names and values lower-cased) and the hex
 * SHA-256 of the body; string to sign = algorithm, timestamp, "date/service/tc3_request" and the
 * hex SHA-256 of the canonical request; key derived as HMAC("TC3"+secret, date) → service →
 * "tc3_request". Returns the Authorization header value.
 */
export function signTc3(req: Tc3Request, secretId: string, secretKey: string): string {
  const contentType = req.contentType ?? 'application/json; charset=utf-8';
  const date = new Date(req.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host;x-tc-action';
  const canonicalHeaders = `content-type:${contentType.toLowerCase()}\nhost:${req.host.toLowerCase()}\nx-tc-action:${req.action.toLowerCase()}\n`;
  const canonicalRequest = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256Hex(req.body)].join('\n');
  const scope = `${date}/${req.service}/tc3_request`;
  const stringToSign = [ALGORITHM, String(req.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${secretKey}`, date), req.service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return `${ALGORITHM} Credential=${secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
