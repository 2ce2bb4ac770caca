import type { StorageConfig } from '@lotse/server/core';
import { assertDocumentIds, DocumentStorage } from '../document-storage';
import { amzDate, authorization, EMPTY_SHA256, sha256Hex, uriEncode } from './sigv4';

export interface S3Options {
  /** e.g. `https://s3.eu-central-1.amazonaws.com`, `http://minio:9000`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>` instead of `<bucket>.<endpoint host>/<key>`. */
  forcePathStyle: boolean;
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

export function s3Options(cfg: StorageConfig): S3Options {
  if (!cfg.S3_BUCKET || !cfg.S3_ACCESS_KEY_ID || !cfg.S3_SECRET_ACCESS_KEY)
    throw new Error('DOCUMENT_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  return {
    endpoint: cfg.S3_ENDPOINT ?? `https://s3.${cfg.S3_REGION}.amazonaws.com`,
    bucket: cfg.S3_BUCKET,
    region: cfg.S3_REGION,
    accessKeyId: cfg.S3_ACCESS_KEY_ID,
    secretAccessKey: cfg.S3_SECRET_ACCESS_KEY,
    forcePathStyle: cfg.S3_FORCE_PATH_STYLE,
  };
}

export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    operation: string,
  ) {
    super(`S3 ${operation} failed: HTTP ${status} ${code}`);
  }
}

/**
 * S3-compatible driver: object `<tenant>/<id>` in `S3_BUCKET`, one signed HTTP request per
 * operation (PUT, GET, DELETE, HEAD object) over Node's fetch. The payload's SHA-256 is signed,
 * so the store refuses bytes changed on the way. Not transactional: `DocumentsService` writes the
 * object right before the commit and deletes it again when the transaction fails; deleted
 * documents' objects are removed after the commit (at worst an unreferenced object remains).
 */
export class S3DocumentStorage extends DocumentStorage {
  readonly kind = 's3';
  readonly transactional = false;
  private readonly base: URL;

  constructor(private readonly opts: S3Options) {
    super();
    const endpoint = new URL(opts.endpoint);
    if (!opts.forcePathStyle) endpoint.hostname = `${opts.bucket}.${endpoint.hostname}`;
    this.base = endpoint;
  }

  private url(tenantId: string, documentId: string): URL {
    assertDocumentIds(tenantId, documentId);
    const prefix = this.base.pathname.replace(/\/+$/, '');
    const key = `${tenantId.toLowerCase()}/${documentId.toLowerCase()}`;
    const path = this.opts.forcePathStyle
      ? `${prefix}/${uriEncode(this.opts.bucket)}/${uriEncode(key, true)}`
      : `${prefix}/${uriEncode(key, true)}`;
    return new URL(path, this.base);
  }

  private async request(method: 'PUT' | 'GET' | 'DELETE' | 'HEAD', url: URL, body?: Buffer): Promise<Response> {
    const now = new Date();
    const payloadHash = body ? sha256Hex(body) : EMPTY_SHA256;
    // fetch sends `host` from the URL: sign exactly that value.
    const headers: Record<string, string> = { host: url.host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDate(now) };
    const auth = authorization({ method, path: url.pathname, headers, payloadHash }, this.opts, now);
    const { host: _host, ...sent } = headers;
    return fetch(url, {
      method,
      headers: { ...sent, authorization: auth, ...(body ? { 'content-type': 'application/octet-stream' } : {}) },
      body: body ? new Uint8Array(body) : undefined,
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
    });
  }

  private async fail(res: Response, operation: string): Promise<never> {
    const text = await res.text().catch(() => '');
    throw new S3Error(res.status, /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? res.statusText, operation);
  }

  async put(tenantId: string, documentId: string, data: Buffer): Promise<void> {
    const res = await this.request('PUT', this.url(tenantId, documentId), data);
    if (!res.ok) await this.fail(res, 'PUT');
    await res.body?.cancel();
  }

  async get(tenantId: string, documentId: string): Promise<Buffer | null> {
    const res = await this.request('GET', this.url(tenantId, documentId));
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok) await this.fail(res, 'GET');
    return Buffer.from(await res.arrayBuffer());
  }

  async delete(tenantId: string, documentId: string): Promise<void> {
    const res = await this.request('DELETE', this.url(tenantId, documentId));
    // S3 answers 204 also for a missing key; some compatible stores answer 404.
    if (!res.ok && res.status !== 404) await this.fail(res, 'DELETE');
    await res.body?.cancel();
  }

  async exists(tenantId: string, documentId: string): Promise<boolean> {
    const res = await this.request('HEAD', this.url(tenantId, documentId));
    await res.body?.cancel();
    if (res.status === 404) return false;
    if (!res.ok) throw new S3Error(res.status, res.statusText, 'HEAD');
    return true;
  }
}
