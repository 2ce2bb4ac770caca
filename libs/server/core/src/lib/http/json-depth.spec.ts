import { assertJsonDepth, JsonTooDeepError } from './json-depth';

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('assertJsonDepth', () => {
  it('accepts up to the limit and refuses one level more', () => {
    expect(() => assertJsonDepth(Buffer.from(deep(32)))).not.toThrow();
    expect(() => assertJsonDepth(Buffer.from(deep(33)))).toThrow(JsonTooDeepError);
    expect(() => assertJsonDepth(Buffer.from(`{"a":${deep(31)}}`))).not.toThrow();
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(() => assertJsonDepth(Buffer.from(JSON.stringify({ a: '['.repeat(100), b: '\\"{'.repeat(100) })))).not.toThrow();
  });

  it('carries status 400 and its own type for body-parser and the error filter', () => {
    const e = new JsonTooDeepError(32);
    expect({ status: e.status, type: e.type }).toEqual({ status: 400, type: 'entity.too.deep' });
  });

  it('decodes other charsets before counting', () => {
    expect(() => assertJsonDepth(Buffer.from(deep(40), 'utf16le'), 'utf-16le')).toThrow(JsonTooDeepError);
    expect(() => assertJsonDepth(Buffer.from(deep(3), 'utf16le'), 'utf-16le')).not.toThrow();
  });
});
