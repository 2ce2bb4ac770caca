import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type CareRequestEndedListener = (m: EntityManager, requestId: string, reason: string) => Promise<void>;

/**
 * Domains that build on care requests (placements: open proposals) react when a request ends
 * (withdrawn or closed), in the same transaction. They register here; care requests do not
 * depend on them.
 */
@Injectable()
export class CareRequestHooks {
  private readonly ended: CareRequestEndedListener[] = [];

  onEnded(listener: CareRequestEndedListener): void {
    this.ended.push(listener);
  }

  async notifyEnded(m: EntityManager, requestId: string, reason: string): Promise<void> {
    for (const l of this.ended) await l(m, requestId, reason);
  }
}
