import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for S3 requests, with node:crypto only (see docs/decisions.md: why not
 * `@aws-sdk/client-s3`). Checked against the example in the AWS documentation (sigv4.spec.ts) and,
 * in the integration tests, by an S3-compatible server that verifies every request.
 */
export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service?: string;
}

export interface SigV4Request {
  method: string;
  /** The path exactly as sent (already URI-encoded), e.g. `/bucket/tenant/id`. */
  path: string;
  /** Query parameters (none for the object operations we use). */
  query?: Record<string, string>;
  /** Headers to sign, names in any case; `host` must be among them. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body (`x-amz-content-sha256`). */
  payloadHash: string;
}

export const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding as S3 expects it (`encodeURIComponent` leaves `!'()*` alone). */
export function uriEncode(value: string, keepSlash = false): string {
  const encoded = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return keepSlash ? encoded.replace(/%2F/g, '/') : encoded;
}

/** `20130524T000000Z` */
export function amzDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function canonicalRequest(req: SigV4Request): { text: string; signedHeaders: string } {
  const headers = Object.entries(req.headers)
    .map(([k, v]) => [k.toLowerCase(), String(v).trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = headers.map(([k]) => k).join(';');
  const query = Object.entries(req.query ?? {})
    .map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`)
    .sort()
    .join('&');
  const text = [
    req.method.toUpperCase(),
    req.path,
    query,
    ...headers.map(([k, v]) => `${k}:${v}`),
    '',
    signedHeaders,
    req.payloadHash,
  ].join('\n');
  return { text, signedHeaders };
}

/** The `Authorization` header for a request made at `date` (which must also be its `x-amz-date`). */
export function authorization(req: SigV4Request, creds: SigV4Credentials, date: Date): string {
  const service = creds.service ?? 's3';
  const stamp = amzDate(date);
  const day = stamp.slice(0, 8);
  const scope = `${day}/${creds.region}/${service}/aws4_request`;
  const { text, signedHeaders } = canonicalRequest(req);
  const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(text)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, day), creds.region), service), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
}
