/** BullMQ/ioredis connection options from REDIS_URL. */
export function redisConnection(url: string) {
  return { url, maxRetriesPerRequest: null, enableReadyCheck: true } as const;
}
