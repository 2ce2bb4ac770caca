import { amzDate, authorization, canonicalRequest, EMPTY_SHA256, uriEncode } from './sigv4';

describe('AWS Signature Version 4', () => {
  // The "GET Object" example of the AWS documentation (Signature Calculations for the
  // Authorization Header: Transferring Payload in a Single Chunk), with its published signature.
  const creds = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' };
  const date = new Date('2013-05-24T00:00:00Z');
  const req = {
    method: 'GET',
    path: '/test.txt',
    headers: {
      Host: 'examplebucket.s3.amazonaws.com',
      Range: 'bytes=0-9',
      'x-amz-content-sha256': EMPTY_SHA256,
      'x-amz-date': amzDate(date),
    },
    payloadHash: EMPTY_SHA256,
  };

  it('signs the documented example with the documented signature', () => {
    expect(amzDate(date)).toBe('20130524T000000Z');
    expect(canonicalRequest(req).text).toBe(
      [
        'GET',
        '/test.txt',
        '',
        'host:examplebucket.s3.amazonaws.com',
        'range:bytes=0-9',
        `x-amz-content-sha256:${EMPTY_SHA256}`,
        'x-amz-date:20130524T000000Z',
        '',
        'host;range;x-amz-content-sha256;x-amz-date',
        EMPTY_SHA256,
      ].join('\n'),
    );
    expect(authorization(req, creds, date)).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('changes the signature when anything signed changes', () => {
    const base = authorization(req, creds, date);
    expect(authorization({ ...req, method: 'DELETE' }, creds, date)).not.toBe(base);
    expect(authorization({ ...req, path: '/other.txt' }, creds, date)).not.toBe(base);
    expect(authorization(req, { ...creds, secretAccessKey: 'x' }, date)).not.toBe(base);
  });

  it('encodes like S3 (RFC 3986)', () => {
    expect(uriEncode("a b!'()*/c")).toBe('a%20b%21%27%28%29%2A%2Fc');
    expect(uriEncode('a/b c', true)).toBe('a/b%20c');
  });
});
