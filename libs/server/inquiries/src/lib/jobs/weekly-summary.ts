import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HOUSE_SERVICE_LABEL_DE, HOUSE_SERVICES, type HouseService, type InquiryChannel } from '@lotse/shared/contracts';
import { isoWeek, isoWeekRange, plusDays, startOfDayIn, todayIn, workingDaysBetween } from '@lotse/shared/domain';
import { APP_CONFIG, type AppConfig, Clock, OutboxService } from '@lotse/server/core';
import { mailFooter, OfficeSettings } from '@lotse/server/office';
import { DataSource, type EntityManager } from 'typeorm';

const CHANNEL_DE: Record<InquiryChannel, string> = {
  form: 'Kontaktformular',
  phone: 'Telefon',
  answering_machine: 'Anrufbeantworter',
  email: 'E-Mail',
  in_person: 'persönlich',
};

export interface WeeklySummaryFigures {
  week: string;
  from: string;
  to: string;
  received: number;
  answered: number;
  open: number;
  overdue: number;
  byService: Array<{ service: HouseService; received: number; open: number; overdue: number }>;
  overdueList: Array<{
    reference: string;
    service: HouseService;
    channel: InquiryChannel;
    receivedOn: string;
    dueOn: string;
    workingDaysLate: number;
    assignee: string | null;
  }>;
}

export interface WeeklySummaryResult {
  offices: number;
  mails: number;
  skipped: number;
}

const de = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The coordinators' weekly summary (Monday 07:00): inquiries of the ISO week before — received,
 * answered, open and overdue, by service, and the overdue ones by reference number, service,
 * dates and assignee. No names, contact data or messages of the people asking: the mail only
 * points into Lotse. Once per office and week: the week is stamped in `inquiry_weekly_summary` in
 * the transaction that plans the mails (job id per office, week and recipient).
 */
@Injectable()
export class WeeklySummary {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async execute(tenantId?: string | null): Promise<WeeklySummaryResult> {
    const now = this.clock.now();
    const lastWeekDay = plusDays(todayIn(this.config.TZ_OFFICE, now), -7);
    const week = isoWeek(lastWeekDay);
    const range = isoWeekRange(lastWeekDay);
    const tenants: Array<{ id: string; state: string }> = await this.dataSource.query(
      `SELECT id, state FROM tenant WHERE ($1::uuid IS NULL OR id = $1) ORDER BY id`,
      [tenantId ?? null],
    );
    const result: WeeklySummaryResult = { offices: 0, mails: 0, skipped: 0 };
    for (const t of tenants) {
      await this.dataSource.transaction(async (m) => {
        const stamped: unknown[] = await m.query(
          `INSERT INTO inquiry_weekly_summary (tenant_id, iso_week, sent_at, recipients) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING RETURNING tenant_id`,
          [t.id, week, now],
        );
        if (!stamped.length) {
          result.skipped++;
          return;
        }
        const figures = await this.figures(m, t.id, t.state, week, range, now);
        const admins: Array<{ id: string; email: string; name: string }> = await m.query(
          `SELECT id, email, concat_ws(' ', first_name, last_name) AS name FROM app_user WHERE tenant_id = $1 AND role = 'admin' AND active ORDER BY id`,
          [t.id],
        );
        const office = await OfficeSettings.office(m, t.id);
        for (const a of admins) {
          await this.outbox.plan(m, {
            name: 'mail.send',
            tenantId: t.id,
            jobId: `inquiry-summary.${t.id}.${week}.${a.id}`,
            data: {
              tenantId: t.id,
              to: a.email,
              subject: `Anfragen der Woche ${week.slice(-2)}/${week.slice(0, 4)}: ${figures.overdue} überfällig`,
              text: summaryText(a.name, figures, mailFooter(office)),
            },
          });
        }
        await m.query(`UPDATE inquiry_weekly_summary SET recipients = $3 WHERE tenant_id = $1 AND iso_week = $2`, [
          t.id,
          week,
          admins.length,
        ]);
        result.offices++;
        result.mails += admins.length;
      });
    }
    return result;
  }

  async figures(
    m: EntityManager,
    tenantId: string,
    state: string,
    week: string,
    range: { from: string; to: string },
    now: Date,
  ): Promise<WeeklySummaryFigures> {
    const tz = this.config.TZ_OFFICE;
    const start = startOfDayIn(range.from, tz);
    const end = startOfDayIn(plusDays(range.to, 1), tz);
    const rows: Array<{ service: HouseService; received: number; answered: number; open: number; overdue: number }> = await m.query(
      `SELECT service,
              count(*) FILTER (WHERE received_at >= $2 AND received_at < $3)::int AS received,
              count(*) FILTER (WHERE answered_at >= $2 AND answered_at < $3)::int AS answered,
              count(*) FILTER (WHERE status IN ('new', 'in_progress'))::int AS open,
              count(*) FILTER (WHERE status IN ('new', 'in_progress') AND due_at <= $4)::int AS overdue
         FROM inquiry WHERE tenant_id = $1 GROUP BY service`,
      [tenantId, start, end, now],
    );
    const byService = HOUSE_SERVICES.map((service) => {
      const r = rows.find((x) => x.service === service);
      return { service, received: r?.received ?? 0, open: r?.open ?? 0, overdue: r?.overdue ?? 0 };
    });
    const sum = (k: 'received' | 'answered' | 'open' | 'overdue') => rows.reduce((s, r) => s + r[k], 0);
    const overdue: Array<{
      reference: string;
      service: HouseService;
      channel: InquiryChannel;
      received_at: Date;
      due_on: string;
      assignee: string | null;
    }> = await m.query(
      `SELECT i.reference, i.service, i.channel, i.received_at, to_char(i.due_on, 'YYYY-MM-DD') AS due_on, nullif(concat_ws(' ', a.first_name, a.last_name), '') AS assignee
         FROM inquiry i LEFT JOIN app_user a ON a.id = i.assignee_id
        WHERE i.tenant_id = $1 AND i.status IN ('new', 'in_progress') AND i.due_at <= $2
        ORDER BY i.due_at, i.reference`,
      [tenantId, now],
    );
    const today = todayIn(tz, now);
    return {
      week,
      ...range,
      received: sum('received'),
      answered: sum('answered'),
      open: sum('open'),
      overdue: sum('overdue'),
      byService,
      overdueList: overdue.map((o) => ({
        reference: o.reference,
        service: o.service,
        channel: o.channel,
        receivedOn: todayIn(tz, o.received_at),
        dueOn: o.due_on,
        workingDaysLate: Math.max(1, workingDaysBetween(o.due_on, today, state)),
        assignee: o.assignee,
      })),
    };
  }
}

export function summaryText(name: string, f: WeeklySummaryFigures, footer: string): string {
  const lines = [
    `Guten Tag ${name},`,
    '',
    `hier die Anfragen an das Familienbüro in der Woche ${f.week.slice(-2)}/${f.week.slice(0, 4)} (${de(f.from)} bis ${de(f.to)}):`,
    '',
    `Eingegangen: ${f.received}`,
    `Beantwortet: ${f.answered}`,
    `Offen (heute): ${f.open}`,
    `Überfällig (heute): ${f.overdue}`,
    '',
    'Nach Dienst (eingegangen / offen / überfällig):',
    ...f.byService
      .filter((s) => s.received || s.open || s.overdue)
      .map((s) => `- ${HOUSE_SERVICE_LABEL_DE[s.service]}: ${s.received} / ${s.open} / ${s.overdue}`),
  ];
  if (f.byService.every((s) => !s.received && !s.open && !s.overdue)) lines.push('- keine');
  lines.push('', 'Überfällige Anfragen:');
  if (!f.overdueList.length) lines.push('- keine');
  for (const o of f.overdueList) {
    lines.push(
      `- ${o.reference} · ${HOUSE_SERVICE_LABEL_DE[o.service]} · ${CHANNEL_DE[o.channel]} · eingegangen ${de(o.receivedOn)} · fällig ${de(o.dueOn)} (${o.workingDaysLate} ${o.workingDaysLate === 1 ? 'Werktag' : 'Werktage'} überfällig) · ${o.assignee ?? 'nicht zugewiesen'}`,
    );
  }
  lines.push('', 'Die Einzelheiten sehen Sie in Lotse unter „Anfragen“ (Filter „Überfällig“).', '', footer);
  return lines.join('\n');
}
