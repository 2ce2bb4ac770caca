import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_PERMIT_SETTINGS, formatDe, plusMonths } from '@lotse/shared/domain';
import { OutboxService } from '@lotse/server/core';
import { TimelineService } from '@lotse/server/childminders';
import { DataSource } from 'typeorm';
import { PermitLifecycle } from '../lifecycle/permit-lifecycle';
import { OfficeToday } from '../shared/office-today';
import { loadPermitConfig } from '../shared/permit-settings';

/**
 * Daily: issued permits past their last day become `expired` and their holders `paused` (PermitLifecycle.expireDue); holders and the deciding advisor
 * are reminded 6 and 1 months before expiry (tenant setting) — once per permit and threshold
 * (primary key of permit_reminder + fixed mail job ids), however often the scan runs.
 */
@Injectable()
export class ScanPermits {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly timeline: TimelineService,
    private readonly lifecycle: PermitLifecycle,
    private readonly day: OfficeToday,
  ) {}

  async run(): Promise<{ expired: number; reminders: number }> {
    const today = this.day.today();
    // One transaction: the permit expires and its holder stops being active together (a holder
    // without a valid permit may not care; her status shows it and she can apply again).
    const expired = await this.dataSource.transaction((m) => this.lifecycle.expireDue(m, today));
    const maxMonths = Math.max(...DEFAULT_PERMIT_SETTINGS.reminderMonthsBeforeExpiry, 12);
    const candidates: Array<{
      id: string;
      tenant_id: string;
      childminder_id: string;
      number: string;
      valid_until: string;
      holder: { firstName: string; lastName: string; email: string | null };
      advisor_email: string | null;
    }> = await this.dataSource.query(
      `SELECT p.id, p.tenant_id, p.childminder_id, p.number, to_char(p.valid_until, 'YYYY-MM-DD') AS valid_until, p.holder, u.email AS advisor_email
           FROM permit p LEFT JOIN app_user u ON u.id = p.decided_by AND u.active
          WHERE p.status = 'issued' AND p.valid_until >= $1 AND p.valid_until <= $2`,
      [today, plusMonths(today, maxMonths)],
    );
    let reminders = 0;
    const configs = new Map<string, number[]>();
    for (const p of candidates) {
      if (!configs.has(p.tenant_id))
        configs.set(p.tenant_id, (await loadPermitConfig(this.dataSource.manager, p.tenant_id)).settings.reminderMonthsBeforeExpiry);
      // The nearest threshold reached only: a permit found late gets one reminder, not two.
      const reached = configs
        .get(p.tenant_id)!
        .filter((months) => plusMonths(p.valid_until, -months) <= today)
        .sort((a, b) => a - b)[0];
      if (reached === undefined) continue;
      const threshold = `m${reached}`;
      reminders += await this.dataSource.transaction(async (m) => {
        const inserted = await m.query(
          `INSERT INTO permit_reminder (permit_id, threshold, tenant_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING permit_id`,
          [p.id, threshold, p.tenant_id],
        );
        if (inserted.length === 0) return 0;
        const text = (who: string) =>
          [
            `Guten Tag ${who},`,
            '',
            `die Pflegeerlaubnis ${p.number} von ${p.holder.firstName} ${p.holder.lastName} läuft am ${formatDe(p.valid_until)} ab.`,
            'Für eine weitere Tätigkeit ist rechtzeitig eine neue Erlaubnis (Verlängerung) mit erneuter Eignungsprüfung erforderlich.',
            '',
            'Ihr Familienbüro – Fachberatung Kindertagespflege',
          ].join('\n');
        const subject = `Pflegeerlaubnis ${p.number} läuft am ${formatDe(p.valid_until)} ab`;
        if (p.holder.email) {
          await this.outbox.plan(m, {
            name: 'mail.send',
            jobId: `permit-reminder.${p.id}.${threshold}.holder`,
            tenantId: p.tenant_id,
            data: { tenantId: p.tenant_id, to: p.holder.email, subject, text: text(`${p.holder.firstName} ${p.holder.lastName}`) },
          });
        }
        if (p.advisor_email) {
          await this.outbox.plan(m, {
            name: 'mail.send',
            jobId: `permit-reminder.${p.id}.${threshold}.advisor`,
            tenantId: p.tenant_id,
            data: { tenantId: p.tenant_id, to: p.advisor_email, subject, text: text('liebe Kollegin, lieber Kollege') },
          });
        }
        await this.timeline.record(m, {
          tenantId: p.tenant_id,
          childminderId: p.childminder_id,
          actorId: null,
          type: 'permit_reminder_sent',
          details: { permitId: p.id, number: p.number, threshold, validUntil: p.valid_until },
        });
        return 1;
      });
    }
    return { expired: expired.length, reminders };
  }
}
