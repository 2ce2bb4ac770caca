import { createHash } from 'node:crypto';
import type { RedisClient } from '@lotse/server/core';

const HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('PTTL', KEYS[1])}
`;

/**
 * A fixed-window counter in Redis (shared by all API instances): `hit` counts one request under
 * `name`/`key` and answers how long to wait when more than `limit` came within the window. Keys are
 * hashed, so e-mail addresses do not appear in Redis.
 */
export async function hitWindow(
  client: RedisClient,
  prefix: string,
  name: string,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<number> {
  const id = createHash('sha256').update(key).digest('hex');
  const [hits, ttl] = (await client.redis.eval(HIT, 1, `${prefix}:window:${name}:${id}`, windowSeconds * 1000)) as number[];
  return hits > limit ? Math.max(1, Math.ceil(ttl / 1000)) : 0;
}
