import { createHash } from 'node:crypto';
import { S3DocumentStorage, S3Error, s3Options } from './s3-document-storage';

const T = '11111111-2222-4333-8444-555555555555';
const D = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const creds = {
  S3_ACCESS_KEY_ID: 'AKID',
  S3_SECRET_ACCESS_KEY: 'secret',
  S3_BUCKET: 'lotse-docs',
  S3_REGION: 'eu-central-1',
  DATA_DIR: '.data',
  DOCUMENT_STORAGE: 's3' as const,
};

describe('S3DocumentStorage', () => {
  let calls: Array<{ url: string; init: RequestInit }>;
  let answer: Response;
  beforeEach(() => {
    calls = [];
    answer = new Response(null, { status: 200 });
    jest.spyOn(global, 'fetch').mockImplementation(async (url, init) => {
      calls.push({ url: String(url), init: init ?? {} });
      return answer;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('addresses AWS virtual-hosted style by default, and signs the payload hash', async () => {
    const storage = new S3DocumentStorage(s3Options({ ...creds, S3_FORCE_PATH_STYLE: false }));
    const data = Buffer.from('%PDF-1.7 bytes');
    await storage.put(T, D, data);
    expect(calls[0].url).toBe(`https://lotse-docs.s3.eu-central-1.amazonaws.com/${T}/${D}`);
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers['x-amz-content-sha256']).toBe(createHash('sha256').update(data).digest('hex'));
    expect(headers['authorization']).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-central-1\/s3\/aws4_request,SignedHeaders=host;x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}$/,
    );
    expect(calls[0].init.method).toBe('PUT');
  });

  it('addresses path style under the endpoint for MinIO and on-premises stores', async () => {
    const storage = new S3DocumentStorage(s3Options({ ...creds, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: true }));
    answer = new Response(Buffer.from('bytes'), { status: 200 });
    expect((await storage.get(T, D))?.toString()).toBe('bytes');
    expect(calls[0].url).toBe(`http://minio:9000/lotse-docs/${T}/${D}`);
  });

  it('answers null for a missing object and throws the store’s error code otherwise', async () => {
    const storage = new S3DocumentStorage(s3Options({ ...creds, S3_FORCE_PATH_STYLE: true, S3_ENDPOINT: 'http://minio:9000' }));
    answer = new Response('<Error><Code>NoSuchKey</Code></Error>', { status: 404 });
    expect(await storage.get(T, D)).toBeNull();
    answer = new Response('<Error><Code>AccessDenied</Code></Error>', { status: 403 });
    await expect(storage.get(T, D)).rejects.toThrow(new S3Error(403, 'AccessDenied', 'GET'));
    answer = new Response(null, { status: 404 });
    await expect(storage.delete(T, D)).resolves.toBeUndefined();
    expect(await storage.exists(T, D)).toBe(false);
  });

  it('refuses ids that are not uuids (no key outside <tenant>/<id>)', async () => {
    const storage = new S3DocumentStorage(s3Options({ ...creds, S3_FORCE_PATH_STYLE: true }));
    await expect(storage.get(T, '../other')).rejects.toThrow(/uuids/);
    expect(calls).toHaveLength(0);
  });
});
