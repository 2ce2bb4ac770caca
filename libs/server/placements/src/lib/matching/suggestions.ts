import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SuggestionEngine } from '@lotse/matching';
import type { SuggestionsDto } from '@lotse/shared/contracts';
import { todayIn } from '@lotse/shared/domain';
import { CareRequestsPort } from '@lotse/server/care-requests';
import { APP_CONFIG, apiError, type AppConfig, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { buildInstance } from './instance-builder';

/**
 * Suggestions for one request: every childminder passing every hard rule of the matching engine
 * (capacity in every slot, ages, start, permit, distance, pets, smoking), ranked by the
 * transparent score with the reason for each point, and the nearest near-misses with why not.
 */
@Injectable()
export class Suggestions {
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
    const today = todayIn(this.config.TZ_OFFICE, this.clock.now());
    // A request with an open proposal is matched as if it were still in review.
    const built = await buildInstance(m, actor.tenantId, today, 0, [requestId], true);
    await this.audit.record({ action: 'matching.suggest', actor, targetType: 'care_request', targetId: requestId });
    const skipped = built.skipped.find((s) => s.kind === 'request' && s.id === requestId);
    if (skipped || built.instance.requests.length === 0) return { careRequestId: requestId, suggestions: [], nearMisses: [], problem: skipped?.reason ?? 'Die Anfrage ist nicht offen.' };
    const list = new SuggestionEngine(built.instance).suggest(requestId, { nearMisses: 10 });
    const names = await childminderNames(m, [...list.suggestions.map((s) => s.childminderId), ...list.nearMisses.map((n) => n.childminderId)]);
    return {
      careRequestId: requestId,
      suggestions: list.suggestions.map((s) => ({ childminderId: s.childminderId, childminderName: names.get(s.childminderId)?.name ?? '', district: names.get(s.childminderId)?.district ?? '', score: s.score, distanceKm: round(s.distanceKm), reasons: s.reasons })),
      nearMisses: list.nearMisses.map((n) => ({ childminderId: n.childminderId, childminderName: names.get(n.childminderId)?.name ?? '', distanceKm: round(n.distanceKm), reasons: n.reasons })),
      problem: null,
    };
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
