import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isAllowedAddress, type OutboundPolicy } from './address-policy';
import { parseOutboundUrl } from './outbound-url';
import { OutboundRefusedError, OutboundRequestError } from './outbound.errors';

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** At most `maxResponseBytes` of the body, as text. */
  body: string;
}

export interface OutboundRequest {
  method?: 'POST' | 'GET';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxResponseBytes?: number;
  /** Reuse connections (keep-alive) across requests; one agent per policy is enough. */
  agent?: http.Agent;
}

/**
 * The DNS step of every outbound connection: resolves the name and refuses it unless every address
 * is public, so the socket connects only to an address that was checked (no rebinding between a
 * check and the connect).
 */
export function guardedLookup(policy: OutboundPolicy): LookupFunction {
  return (
    hostname: string,
    options: object,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses;
      const bad = list.find((a) => !isAllowedAddress(a.address, policy));
      if (bad || !list.length)
        return callback(new OutboundRefusedError(`host ${hostname} resolves to ${bad?.address ?? 'nothing'}, which is not public`), '', 0);
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** Agents whose every connection goes through the guarded lookup. */
export function outboundAgents(policy: OutboundPolicy, maxSockets = 50): { http: http.Agent; https: https.Agent } {
  const lookup = guardedLookup(policy);
  return {
    http: new http.Agent({ keepAlive: true, maxSockets, lookup }),
    https: new https.Agent({ keepAlive: true, maxSockets, lookup }),
  };
}

/**
 * One HTTP request to a URL outbound traffic may reach. Redirects are never followed (a 3xx comes
 * back as the answer), so a public host cannot bounce the request inward.
 */
export async function outboundRequest(rawUrl: string, policy: OutboundPolicy, req: OutboundRequest): Promise<OutboundResponse> {
  const url = parseOutboundUrl(rawUrl, policy);
  const lib = url.protocol === 'https:' ? https : http;
  const maxBytes = req.maxResponseBytes ?? 64 * 1024;
  return new Promise((resolve, reject) => {
    let written = false;
    const r = lib.request(
      url,
      {
        method: req.method ?? 'POST',
        headers: { ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}), ...req.headers },
        agent: req.agent,
        lookup: req.agent ? undefined : guardedLookup(policy),
        timeout: req.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < maxBytes) chunks.push(c.subarray(0, maxBytes - size));
          size += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (err) => reject(new OutboundRequestError(err.message, true)));
      },
    );
    r.on('finish', () => (written = true));
    r.on('timeout', () => r.destroy(new OutboundRequestError(`no answer within ${req.timeoutMs} ms`, written)));
    r.on('error', (err) => {
      if (err instanceof OutboundRefusedError || err instanceof OutboundRequestError) return reject(err);
      reject(new OutboundRequestError(err.message, written));
    });
    r.end(req.body);
  });
}
