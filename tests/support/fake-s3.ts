import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small S3-compatible object store in the test process: PUT, GET, HEAD and DELETE object,
 * path-style (`/<bucket>/<key>`). Every request must carry a valid AWS Signature Version 4
 * (checked here with its own implementation, not the product's) over a signed payload hash that
 * matches the body; anything else is refused with S3's error codes and counted in `refused`.
 */
export class FakeS3 {
  readonly objects = new Map<string, Buffer>();
  readonly requests: Array<{ method: string; path: string; status: number }> = [];
  refused: string[] = [];
  url = '';
  private server?: Server;

  constructor(
    readonly bucket = 'lotse-documents',
    readonly creds = { accessKeyId: 'LOTSETESTACCESSKEY', secretAccessKey: 'lotse-test-secret/0123456789abcdef', region: 'eu-central-1' },
  ) {}

  static async start(): Promise<FakeS3> {
    const s3 = new FakeS3();
    s3.server = createServer((req, res) => void s3.handle(req, res).catch(() => res.writeHead(500).end()));
    await new Promise<void>((resolve) => s3.server!.listen(0, '127.0.0.1', resolve));
    s3.url = `http://127.0.0.1:${(s3.server.address() as AddressInfo).port}`;
    return s3;
  }

  /** The configuration that points Lotse's S3 driver here. */
  env(over: Record<string, string> = {}): Record<string, string> {
    return {
      DOCUMENT_STORAGE: 's3',
      S3_ENDPOINT: this.url,
      S3_BUCKET: this.bucket,
      S3_REGION: this.creds.region,
      S3_ACCESS_KEY_ID: this.creds.accessKeyId,
      S3_SECRET_ACCESS_KEY: this.creds.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
      ...over,
    };
  }

  object(tenantId: string, documentId: string): Buffer | undefined {
    return this.objects.get(`${tenantId}/${documentId}`);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    const [rawPath] = (req.url ?? '/').split('?');
    const answer = (status: number, code?: string, data?: Buffer) => {
      this.requests.push({ method, path: rawPath, status });
      const xml = code ? Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`) : data;
      res.writeHead(status, {
        'content-type': code ? 'application/xml' : 'application/octet-stream',
        ...(xml ? { 'content-length': String(xml.length) } : {}),
      });
      res.end(method === 'HEAD' ? undefined : xml);
    };
    const denied = this.verify(req, method, rawPath, body);
    if (denied) {
      this.refused.push(denied);
      return answer(403, denied);
    }
    const [, bucket, ...rest] = rawPath.split('/').map(decodeURIComponent);
    const key = rest.join('/');
    if (bucket !== this.bucket) return answer(404, 'NoSuchBucket');
    if (!key) return answer(400, 'InvalidRequest');
    if (method === 'PUT') {
      this.objects.set(key, body);
      return answer(200);
    }
    if (method === 'GET' || method === 'HEAD') {
      const data = this.objects.get(key);
      return data ? answer(200, undefined, data) : answer(404, 'NoSuchKey');
    }
    if (method === 'DELETE') {
      this.objects.delete(key);
      return answer(204);
    }
    return answer(405, 'MethodNotAllowed');
  }

  /** null when the request is signed right; else the S3 error code. */
  private verify(req: IncomingMessage, method: string, rawPath: string, body: Buffer): string | null {
    const m =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
        String(req.headers.authorization ?? ''),
      );
    if (!m) return 'AccessDenied';
    const [, accessKey, day, region, signedHeaders, signature] = m;
    if (accessKey !== this.creds.accessKeyId) return 'InvalidAccessKeyId';
    if (region !== this.creds.region) return 'AuthorizationHeaderMalformed';
    const signed = signedHeaders.split(';');
    if (!['host', 'x-amz-date', 'x-amz-content-sha256'].every((h) => signed.includes(h))) return 'AccessDenied';
    const date = String(req.headers['x-amz-date'] ?? '');
    const when = Date.parse(date.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!date.startsWith(day) || Number.isNaN(when) || Math.abs(Date.now() - when) > 15 * 60_000) return 'RequestTimeTooSkewed';
    const payloadHash = createHash('sha256').update(body).digest('hex');
    if (req.headers['x-amz-content-sha256'] !== payloadHash) return 'XAmzContentSHA256Mismatch';
    const canonical = [
      method,
      rawPath,
      '',
      ...signed.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}`),
      '',
      signedHeaders,
      payloadHash,
    ].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', date, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
    let key: Buffer = createHmac('sha256', `AWS4${this.creds.secretAccessKey}`).update(day).digest();
    for (const part of [region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
    const expected = createHmac('sha256', key).update(toSign).digest();
    return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? null : 'SignatureDoesNotMatch';
  }
}
