import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PARTNER_CATEGORY_LABELS_DE,
  REFERRAL_TOPIC_LABELS_DE,
  type DemandFiguresDto,
  type DemandFiguresQueryDto,
  type PartnerCategory,
  type RecordReferralDto,
  type ReferralRecordedDto,
} from '@lotse/shared/contracts';
import { todayIn } from '@lotse/shared/domain';
import { APP_CONFIG, apiError, Clock, type AppConfig, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { buildDemandFigures, resolveRange, type FigureCount } from '../demand-figures';
import { PartnerService, Referral } from '../entities';

/**
 * Two-click referrals and the anonymous demand figures (Bedarfsermittlung). A referral row holds
 * office, partner (or only its kind), topic and month — never who recorded it, when exactly, or
 * for whom. The audit log notes that staff recorded a referral, without naming the row or topic,
 * so the log cannot be joined back to a figure.
 */
@Injectable()
export class Referrals {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  private currentMonth(): string {
    return todayIn(this.config.TZ_OFFICE, this.clock.now()).slice(0, 7);
  }

  async record(actor: RequestUser, dto: RecordReferralDto): Promise<ReferralRecordedDto> {
    if (!dto.partnerServiceId === !dto.category) {
      throw apiError(400, 'Bitte einen Partner oder eine Art von Angebot wählen.', [
        { field: 'partnerServiceId', message: 'Bitte genau einen Partner oder eine Art von Angebot angeben.', code: 'required' },
      ]);
    }
    return this.dataSource.transaction(async (m) => {
      let category: PartnerCategory;
      let partnerServiceId: string | null = null;
      if (dto.partnerServiceId) {
        const p = await this.policy.requireRecord(
          actor,
          'referral.record',
          { type: 'partner_service', id: dto.partnerServiceId, notFound: 'Partner nicht gefunden.' },
          await m.getRepository(PartnerService).findOne({ where: { id: dto.partnerServiceId } }),
          (x) => ({ tenantId: x.tenantId, owners: [] }),
        );
        if (!p.active)
          throw apiError(422, 'Dieser Partner ist nicht mehr im Wegweiser.', [
            { field: 'partnerServiceId', message: 'Dieser Partner ist deaktiviert.', code: 'inactive' },
          ]);
        category = p.category;
        partnerServiceId = p.id;
      } else {
        category = dto.category as PartnerCategory;
      }
      const month = `${this.currentMonth()}-01`;
      const saved = await m
        .getRepository(Referral)
        .save(m.getRepository(Referral).create({ tenantId: actor.tenantId, partnerServiceId, category, topic: dto.topic, month }));
      // No target id and no topic: the log says that a referral was counted, not which one.
      await this.audit.record({ action: 'referral.record', actor, targetType: 'referral' }, m);
      return { id: saved.id, month: month.slice(0, 7), partnerServiceId, category, topic: dto.topic };
    });
  }

  async figures(actor: RequestUser, q: DemandFiguresQueryDto): Promise<DemandFiguresDto> {
    const { from, to } = this.range(q);
    return buildDemandFigures(await this.counts(actor.tenantId, from, to), from, to);
  }

  /** The aggregates as CSV (semicolon, UTF-8 with BOM: opens in a German spreadsheet as is). */
  async figuresCsv(actor: RequestUser, q: DemandFiguresQueryDto): Promise<{ filename: string; body: string }> {
    const { from, to } = this.range(q);
    const lines = [['Monat', 'Art', 'Thema', 'Anzahl'].join(';')];
    for (const r of await this.counts(actor.tenantId, from, to)) {
      lines.push(
        [r.month, PARTNER_CATEGORY_LABELS_DE[r.category], REFERRAL_TOPIC_LABELS_DE[r.topic], String(r.count)].map(csvCell).join(';'),
      );
    }
    return { filename: `bedarfsermittlung-${from}-bis-${to}.csv`, body: `\uFEFF${lines.join('\r\n')}\r\n` };
  }

  private range(q: DemandFiguresQueryDto): { from: string; to: string } {
    const range = resolveRange(q, this.currentMonth());
    if (Array.isArray(range)) throw apiError(400, 'Der Zeitraum ist ungültig.', range);
    return range;
  }

  /** Referrals grouped by month, topic and category: the only shape in which figures leave the table. */
  private counts(tenantId: string, from: string, to: string): Promise<FigureCount[]> {
    return this.dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, topic, category, count(*)::int AS count
         FROM referral
        WHERE tenant_id = $1 AND month BETWEEN $2::date AND $3::date
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [tenantId, `${from}-01`, `${to}-01`],
    );
  }
}

/** Labels are fixed German texts; quote anyway so a future label with `;` or `"` stays one cell. */
function csvCell(v: string): string {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
