/** Deepest nesting of objects and arrays a JSON request body may have (our DTOs need 3). */
export const MAX_JSON_DEPTH = 32;

/** Thrown before parsing; body-parser hands it on with this status and type (see ApiExceptionFilter). */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor(readonly maxDepth: number) {
    super(`JSON body nested deeper than ${maxDepth} levels`);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);

/**
 * Counts `{`/`[` outside strings in the raw body, without recursion, and throws at the first level
 * past `max`. Deeply nested input (thousands of levels) would otherwise overflow the stack of the
 * recursive validation and transformation after parsing. UTF-8 multi-byte sequences never contain
 * ASCII bytes, so scanning bytes is exact; other charsets are decoded first.
 */
export function assertJsonDepth(body: Buffer, encoding: string | null = 'utf-8', max = MAX_JSON_DEPTH): void {
  const utf8 = !encoding || /^utf-?8$/i.test(encoding);
  let codes: ArrayLike<number> = body;
  if (!utf8) {
    try {
      const text = new TextDecoder(encoding).decode(body);
      codes = Array.from(text, (c) => c.charCodeAt(0));
    } catch {
      return; // an unsupported charset is refused by the parser itself (415)
    }
  }
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (OPEN.has(c)) {
      if (++depth > max) throw new JsonTooDeepError(max);
    } else if (CLOSE.has(c)) depth--;
  }
}
