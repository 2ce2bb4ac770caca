import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, RedisClient } from '@lotse/server/core';
import { createHash } from 'node:crypto';

// Before an attempt: refused while the account's delay runs; once past the free failures, the next
// failure's delay is set in advance, so parallel guesses cannot slip through one open window.
const ATTEMPT = `
local fails = tonumber(redis.call('HGET', KEYS[1], 'fails') or '0')
local untilMs = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
local now = tonumber(ARGV[1])
if now < untilMs then return untilMs - now end
local free = tonumber(ARGV[2])
if fails >= free then
  local d = math.min(tonumber(ARGV[4]), tonumber(ARGV[3]) * 2 ^ (fails - free))
  redis.call('HSET', KEYS[1], 'until', now + d)
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
end
return 0
`;

// After a failed attempt: one more failure; past the free ones, a delay that doubles each time.
const FAILURE = `
local fails = redis.call('HINCRBY', KEYS[1], 'fails', 1)
local free = tonumber(ARGV[2])
if fails > free then
  local d = math.min(tonumber(ARGV[4]), tonumber(ARGV[3]) * 2 ^ (fails - free - 1))
  redis.call('HSET', KEYS[1], 'until', tonumber(ARGV[1]) + d)
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return fails
`;

const BASE_DELAY_MS = 2000;
const FORGET_AFTER_MS = 24 * 3600 * 1000;

/**
 * Failed sign-ins counted per account (the e-mail as typed, known or not, so the answer reveals
 * nothing), whatever address they come from: rotating addresses or proxies gains nothing. The first
 * `LOGIN_ACCOUNT_FREE_FAILURES` failures cost nothing; each further one makes the account wait twice
 * as long as the one before (2 s, 4 s, 8 s … at most `LOGIN_ACCOUNT_MAX_DELAY_SECONDS`). It never
 * locks for good: the delay ends by itself, a successful sign-in clears it, and so does a password
 * reset through the mailed link, so the owner always has a way in. Failures are forgotten 24 h
 * after the last one. Delays follow the injectable clock (tests move it).
 */
@Injectable()
export class AccountLoginLimiter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly client: RedisClient,
    private readonly clock: Clock,
  ) {}

  /** 0 when the account may try now; otherwise the seconds to wait. */
  async secondsToWait(email: string): Promise<number> {
    const ms = (await this.client.redis.eval(ATTEMPT, 1, this.key(email), ...this.args())) as number;
    return Math.ceil(ms / 1000);
  }

  async recordFailure(email: string): Promise<void> {
    await this.client.redis.eval(FAILURE, 1, this.key(email), ...this.args());
  }

  async clear(email: string): Promise<void> {
    await this.client.redis.del(this.key(email));
  }

  private args(): Array<string | number> {
    return [
      this.clock.now().getTime(),
      this.config.LOGIN_ACCOUNT_FREE_FAILURES,
      BASE_DELAY_MS,
      this.config.LOGIN_ACCOUNT_MAX_DELAY_SECONDS * 1000,
      FORGET_AFTER_MS,
    ];
  }

  private key(email: string): string {
    const id = createHash('sha256').update(normalizeEmail(email)).digest('hex');
    return `${this.config.QUEUE_PREFIX}:login-account:${id}`;
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, 254);
}
