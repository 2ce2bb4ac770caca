import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { VACANCY_CONFIRM_AFTER_DAYS, VACANCY_HIDE_AFTER_DAYS } from '@lotse/shared/contracts/values';
import { plusDays, todayIn } from '@lotse/shared/domain';
import { APP_CONFIG, type AppConfig, Clock, OutboxService } from '@lotse/server/core';
import { DataSource } from 'typeorm';
import { childminderRecipient, deDate, planMail, userRecipient } from '../placement-mails';

/** How many days before the start parents and advisors are reminded of a missing measles proof. */
export const MEASLES_REMINDER_DAYS = 14;

export interface PlacementScanResult {
  vacancyReminders: number;
  vacancyHidden: number;
  measlesReminders: number;
}

/**
 * Daily: asks childminders to confirm vacancies unconfirmed for 30 days and tells them when one is
 * hidden at 40 days; reminds parents and the proposing advisor of a missing measles proof from
 * 14 days before the start. Each mail once (its job id names the vacancy's confirmation or the
 * placement, stamped on the row), however often the scan runs and however long ago old
 * outbox rows were pruned.
 */
@Injectable()
export class ScanPlacements {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async execute(tenantId?: string | null): Promise<PlacementScanResult> {
    const today = todayIn(this.config.TZ_OFFICE, this.clock.now());
    const result: PlacementScanResult = { vacancyReminders: 0, vacancyHidden: 0, measlesReminders: 0 };
    await this.dataSource.transaction(async (m) => {
      // Rows are claimed with SKIP LOCKED and stamped in the same transaction as the mail is planned:
      // once per confirmation (vacancies) or per placement (measles), also with two scans at once.
      const vacancies: Array<{
        id: string;
        tenant_id: string;
        childminder_id: string;
        age: number;
        from_date: string;
        reminded: boolean;
        notified: boolean;
      }> = await m.query(
        `SELECT id, tenant_id, childminder_id, ($2::date - (confirmed_at AT TIME ZONE $3)::date) AS age, to_char(from_date, 'YYYY-MM-DD') AS from_date,
                confirm_reminded_at IS NOT NULL AS reminded, hidden_notified_at IS NOT NULL AS notified
           FROM vacancy
          WHERE withdrawn_at IS NULL AND ($1::uuid IS NULL OR tenant_id = $1) AND ($2::date - (confirmed_at AT TIME ZONE $3)::date) >= $4
            AND (confirm_reminded_at IS NULL OR hidden_notified_at IS NULL)
          FOR UPDATE SKIP LOCKED`,
        [tenantId ?? null, today, this.config.TZ_OFFICE, VACANCY_CONFIRM_AFTER_DAYS],
      );
      const now = this.clock.now();
      for (const v of vacancies) {
        const to = await childminderRecipient(m, v.childminder_id);
        const hidden = v.age >= VACANCY_HIDE_AFTER_DAYS;
        if (hidden && !v.notified) {
          await planMail(
            this.outbox,
            m,
            v.tenant_id,
            to,
            `vacancy.hidden.${v.id}.${now.getTime()}`,
            'Ihr freier Platz wird nicht mehr angezeigt',
            [
              `Ihr freier Platz ab ${deDate(v.from_date)} wurde seit ${VACANCY_HIDE_AFTER_DAYS} Tagen nicht bestätigt und wird der Fachberatung nicht mehr angezeigt.`,
              'Mit „Noch frei“ in Lotse ist er sofort wieder sichtbar.',
            ],
          );
          // The notice includes the reminder: no separate reminder afterwards.
          await m.query(
            `UPDATE vacancy SET hidden_notified_at = $2, confirm_reminded_at = COALESCE(confirm_reminded_at, $2) WHERE id = $1`,
            [v.id, now],
          );
          result.vacancyHidden++;
        } else if (!hidden && !v.reminded) {
          await planMail(this.outbox, m, v.tenant_id, to, `vacancy.confirm.${v.id}.${now.getTime()}`, 'Ist Ihr freier Platz noch frei?', [
            `Ihr freier Platz ab ${deDate(v.from_date)} wurde seit ${VACANCY_CONFIRM_AFTER_DAYS} Tagen nicht bestätigt.`,
            `Bitte bestätigen Sie ihn in Lotse unter „Freie Plätze“ oder nehmen Sie ihn zurück. Nach ${VACANCY_HIDE_AFTER_DAYS} Tagen ohne Bestätigung sieht die Fachberatung ihn nicht mehr.`,
          ]);
          await m.query(`UPDATE vacancy SET confirm_reminded_at = $2 WHERE id = $1`, [v.id, now]);
          result.vacancyReminders++;
        }
      }

      const placements: Array<{
        id: string;
        tenant_id: string;
        parent_id: string;
        advisor_id: string | null;
        first_name: string;
        start_on: string;
      }> = await m.query(
        `SELECT p.id, p.tenant_id, c.parent_id, pr.proposed_by AS advisor_id, c.first_name, to_char(p.start_on, 'YYYY-MM-DD') AS start_on
           FROM placement p JOIN child c ON c.id = p.child_id LEFT JOIN proposal pr ON pr.id = p.proposal_id
          WHERE c.measles_proof <> 'recorded' AND p.measles_reminded_at IS NULL AND p.end_reason IS NULL AND p.start_on <= $2
            AND (p.end_on IS NULL OR p.end_on >= $3) AND ($1::uuid IS NULL OR p.tenant_id = $1)
          FOR UPDATE OF p SKIP LOCKED`,
        [tenantId ?? null, plusDays(today, MEASLES_REMINDER_DAYS), today],
      );
      for (const p of placements) {
        await planMail(
          this.outbox,
          m,
          p.tenant_id,
          await userRecipient(m, p.parent_id),
          `measles.parent.${p.id}`,
          `Masernschutz für ${p.first_name} fehlt`,
          [
            `für ${p.first_name} liegt noch kein Nachweis über den Masernschutz vor (§ 20 Abs. 8 IfSG). Die Betreuung ab ${deDate(p.start_on)} kann ohne ihn nicht beginnen.`,
            'Bitte legen Sie den Impfpass oder ein ärztliches Zeugnis der Fachberatung vor.',
          ],
        );
        await planMail(
          this.outbox,
          m,
          p.tenant_id,
          await userRecipient(m, p.advisor_id),
          `measles.advisor.${p.id}`,
          `Masernschutz fehlt: ${p.first_name}`,
          [`für ${p.first_name} (Betreuungsbeginn ${deDate(p.start_on)}) ist der Masernschutz noch nicht erfasst.`],
        );
        await m.query(`UPDATE placement SET measles_reminded_at = $2 WHERE id = $1`, [p.id, now]);
        result.measlesReminders++;
      }
    });
    return result;
  }
}
