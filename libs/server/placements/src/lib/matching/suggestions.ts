import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SuggestionEngine } from '@lotse/matching';
import type { SuggestionsDto } from '@lotse/shared/contracts';
import { todayIn } from '@lotse/shared/domain';
import { APP_CONFIG, apiError, type AppConfig, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { MatchingGeocoder } from './matching-geocoder';
import { buildInstance, type BuiltInstance } from './instance-builder';

/**
 * Suggestions for one request: every childminder passing every hard rule of the matching engine
 * (capacity in every slot, ages, start, permit, distance, pets, smoking), ranked by the
 * transparent score with the reason for each point, and the nearest near-misses with why not.
 */
/** The advisor sees the best ones; the rest are equally valid but lower in the ranking. */
export const MAX_SUGGESTIONS = 25;

interface CachedEngine {
  /** `matching_data_version.version` of the office when the instance was read (same snapshot) */
  version: string | null;
  /** the office's day the instance was built for (requests starting earlier start "today") */
  today: string;
  /** the first moment a vacancy in the instance is hidden as unconfirmed (40 days): rebuild then */
  expiresAt: number;
  built: BuiltInstance;
  engine: SuggestionEngine;
  /** childminder names and districts, read once per version (childminder writes bump it) */
  names: Map<string, { name: string; district: string }>;
}

/** Vacancies unconfirmed for 40 days are hidden (instance-builder.ts); the cache must notice the moment. */
const VACANCY_VISIBLE_MS = 40 * 86_400_000;

/** The request's office and status, and the office's matching data version, in one round trip. */
const LOOKUP = `
  SELECT r.tenant_id, r.status, (SELECT v.version::text FROM matching_data_version v WHERE v.tenant_id = r.tenant_id) AS version
    FROM care_request r WHERE r.id = $1`;

@Injectable()
export class Suggestions {
  /**
   * One engine per office and API process, with all its open requests (suggesting is then ~1 ms).
   * It is valid while the office's `matching_data_version` (bumped by database triggers in the
   * same transaction as every write to matching input, migration 1765300000000), the office's day
   * and the vacancies' 40-day visibility are unchanged.
   */
  private readonly cache = new Map<string, CachedEngine>();
  private readonly building = new Map<string, Promise<CachedEngine>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly geocoder: MatchingGeocoder,
    private readonly policy: AccessPolicy,
  ) {}

  async forRequest(actor: RequestUser, requestId: string): Promise<SuggestionsDto> {
    const [r]: Array<{ tenant_id: string; status: string; version: string | null }> = await this.dataSource.query(LOOKUP, [requestId]);
    await this.policy.requireRecord(
      actor,
      'matching.suggest',
      { type: 'care_request', id: requestId, notFound: 'Betreuungsanfrage nicht gefunden.' },
      r,
      (x) => ({
        tenantId: x.tenant_id,
        owners: [],
      }),
    );
    if (!['submitted', 'in_review', 'proposal'].includes(r.status))
      throw apiError(422, 'Für eine abgeschlossene Anfrage gibt es keine Vorschläge.');
    // The audit write runs while the engine answers (a failed write still fails the request).
    const audited = this.audit.record({ action: 'matching.suggest', actor, targetType: 'care_request', targetId: requestId });
    let dto: SuggestionsDto;
    try {
      dto = await this.suggest(actor.tenantId, requestId, r.version);
    } finally {
      await audited;
    }
    return dto;
  }

  private async suggest(tenantId: string, requestId: string, version: string | null): Promise<SuggestionsDto> {
    const entry = await this.engineFor(tenantId, version);
    const { built, engine } = entry;
    const skipped = built.skipped.find((s) => s.kind === 'request' && s.id === requestId);
    if (skipped || !engine.model.reqById.has(requestId))
      return { careRequestId: requestId, suggestions: [], nearMisses: [], problem: skipped?.reason ?? 'Die Anfrage ist nicht offen.' };
    const list = engine.suggest(requestId, { nearMisses: 10, limit: MAX_SUGGESTIONS });
    const ids = [...list.suggestions.map((s) => s.childminderId), ...list.nearMisses.map((n) => n.childminderId)];
    const missing = ids.filter((id) => !entry.names.has(id));
    if (missing.length) for (const [id, n] of await childminderNames(this.dataSource.manager, missing)) entry.names.set(id, n);
    const names = entry.names;
    return {
      careRequestId: requestId,
      suggestions: list.suggestions.map((s) => ({
        childminderId: s.childminderId,
        childminderName: names.get(s.childminderId)?.name ?? '',
        district: names.get(s.childminderId)?.district ?? '',
        score: s.score,
        distanceKm: round(s.distanceKm),
        reasons: s.reasons,
      })),
      nearMisses: list.nearMisses.map((n) => ({
        childminderId: n.childminderId,
        childminderName: names.get(n.childminderId)?.name ?? '',
        distanceKm: round(n.distanceKm),
        reasons: n.reasons,
        codes: n.codes,
      })),
      problem: null,
    };
  }

  private async engineFor(tenantId: string, version: string | null): Promise<CachedEngine> {
    const now = this.clock.now();
    const today = todayIn(this.config.TZ_OFFICE, now);
    // No version row (never expected: the tenant's insert creates it): no cache at all.
    if (version === null) return this.build(tenantId, today, now);
    // An engine read at this version or later holds every write the request could have seen.
    const fresh = (e: CachedEngine | undefined): e is CachedEngine =>
      !!e && e.version !== null && BigInt(e.version) >= BigInt(version) && e.today === today && now.getTime() < e.expiresAt;
    const hit = this.cache.get(tenantId);
    if (fresh(hit)) return hit;
    // One build per office at a time; a request that saw a newer version than that build makes its own.
    const pending = this.building.get(tenantId);
    if (pending) {
      const e = await pending;
      if (fresh(e)) return e;
    }
    const build = this.build(tenantId, today, now);
    this.building.set(tenantId, build);
    try {
      const entry = await build;
      const current = this.cache.get(tenantId);
      if (entry.version !== null && (!current?.version || BigInt(entry.version) >= BigInt(current.version)))
        this.cache.set(tenantId, entry);
      return entry;
    } finally {
      if (this.building.get(tenantId) === build) this.building.delete(tenantId);
    }
  }

  /** The instance and its version from one snapshot (REPEATABLE READ): the version names exactly this data. */
  private build(tenantId: string, today: string, now: Date): Promise<CachedEngine> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const [v]: Array<{ version: string | null; oldest: Date | null }> = await m.query(
        `SELECT (SELECT version::text FROM matching_data_version WHERE tenant_id = $1) AS version,
                (SELECT min(confirmed_at) FROM vacancy WHERE tenant_id = $1 AND withdrawn_at IS NULL AND confirmed_at > $2) AS oldest`,
        [tenantId, new Date(now.getTime() - VACANCY_VISIBLE_MS)],
      );
      // Requests with an open proposal are matched as if they were still in review.
      const built = await buildInstance(m, tenantId, today, 0, undefined, true, now, this.geocoder);
      return {
        version: v?.version ?? null,
        today,
        expiresAt: v?.oldest ? v.oldest.getTime() + VACANCY_VISIBLE_MS : Number.POSITIVE_INFINITY,
        built,
        engine: new SuggestionEngine(built.instance),
        names: new Map(),
      };
    });
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
