import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SuggestionEngine } from '@lotse/matching';
import type { SuggestionsDto } from '@lotse/shared/contracts';
import { todayIn } from '@lotse/shared/domain';
import { CareRequestsPort } from '@lotse/server/care-requests';
import { APP_CONFIG, apiError, type AppConfig, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { buildInstance, type BuiltInstance } from './instance-builder';

/**
 * Suggestions for one request: every childminder passing every hard rule of the matching engine
 * (capacity in every slot, ages, start, permit, distance, pets, smoking), ranked by the
 * transparent score with the reason for each point, and the nearest near-misses with why not.
 */
/** The advisor sees the best ones; the rest are equally valid but lower in the ranking. */
export const MAX_SUGGESTIONS = 25;

interface CachedEngine {
  stamp: string;
  built: BuiltInstance;
  engine: SuggestionEngine;
}

/**
 * What the office's matching instance depends on, in one cheap query: when any of it changes
 * (a vacancy, a placement, a permit, a childminder, a request, a qualification, the limits, the
 * date), the cached engine is built again.
 */
const STAMP = `
  SELECT concat_ws('|', $2::text,
    (SELECT max(updated_at) || '#' || count(*) FROM vacancy WHERE tenant_id = $1),
    (SELECT max(updated_at) || '#' || count(*) FROM placement WHERE tenant_id = $1),
    (SELECT max(updated_at) || '#' || count(*) FROM permit WHERE tenant_id = $1),
    (SELECT max(updated_at) FROM childminder WHERE tenant_id = $1),
    (SELECT max(updated_at) || '#' || count(*) FROM care_request WHERE tenant_id = $1),
    (SELECT max(updated_at) || '#' || count(*) FROM evidence_item WHERE tenant_id = $1 AND type = 'qualification_course'),
    (SELECT version FROM tenant WHERE id = $1)) AS stamp`;

@Injectable()
export class Suggestions {
  /** One engine per office and API process, with all its open requests (suggesting is then ~1 ms). */
  private readonly cache = new Map<string, CachedEngine>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly requests: CareRequestsPort,
    private readonly audit: AuditService,
  ) {}

  async forRequest(actor: RequestUser, requestId: string): Promise<SuggestionsDto> {
    const m = this.dataSource.manager;
    const r = (await this.requests.read(m, [requestId])).get(requestId);
    if (!r || r.tenantId !== actor.tenantId) {
      if (r) await this.audit.denied(actor, 'care_request', requestId, 'other tenant');
      throw apiError(404, 'Betreuungsanfrage nicht gefunden.');
    }
    if (!['submitted', 'in_review', 'proposal'].includes(r.status)) throw apiError(422, 'Für eine abgeschlossene Anfrage gibt es keine Vorschläge.');
    const { built, engine } = await this.engineFor(actor.tenantId);
    await this.audit.record({ action: 'matching.suggest', actor, targetType: 'care_request', targetId: requestId });
    const skipped = built.skipped.find((s) => s.kind === 'request' && s.id === requestId);
    if (skipped || !engine.model.reqById.has(requestId)) return { careRequestId: requestId, suggestions: [], nearMisses: [], problem: skipped?.reason ?? 'Die Anfrage ist nicht offen.' };
    const list = engine.suggest(requestId, { nearMisses: 10, limit: MAX_SUGGESTIONS });
    const names = await childminderNames(m, [...list.suggestions.map((s) => s.childminderId), ...list.nearMisses.map((n) => n.childminderId)]);
    return {
      careRequestId: requestId,
      suggestions: list.suggestions.map((s) => ({ childminderId: s.childminderId, childminderName: names.get(s.childminderId)?.name ?? '', district: names.get(s.childminderId)?.district ?? '', score: s.score, distanceKm: round(s.distanceKm), reasons: s.reasons })),
      nearMisses: list.nearMisses.map((n) => ({ childminderId: n.childminderId, childminderName: names.get(n.childminderId)?.name ?? '', distanceKm: round(n.distanceKm), reasons: n.reasons })),
      problem: null,
    };
  }

  private async engineFor(tenantId: string): Promise<CachedEngine> {
    const now = this.clock.now();
    const today = todayIn(this.config.TZ_OFFICE, now);
    const [{ stamp }]: Array<{ stamp: string }> = await this.dataSource.query(STAMP, [tenantId, today]);
    const hit = this.cache.get(tenantId);
    if (hit && hit.stamp === stamp) return hit;
    // Requests with an open proposal are matched as if they were still in review.
    const built = await buildInstance(this.dataSource.manager, tenantId, today, 0, undefined, true, now);
    const entry = { stamp, built, engine: new SuggestionEngine(built.instance) };
    this.cache.set(tenantId, entry);
    return entry;
  }
}

export const round = (km: number) => Math.round(km * 10) / 10;

export async function childminderNames(m: DataSource['manager'], ids: string[]): Promise<Map<string, { name: string; district: string }>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string; name: string; district: string }> = await m.query(
    `SELECT id, concat_ws(' ', first_name, last_name) AS name, district FROM childminder WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { name: r.name, district: r.district }]));
}
