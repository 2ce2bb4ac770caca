import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReminderThreshold } from '@lotse/shared/contracts';
import { EVIDENCE_LABEL_DE, formatDe, type EvidenceType } from '@lotse/shared/domain';
import { OutboxService, type PlannedJob } from '@lotse/server/core';
import { DataSource, type EntityManager } from 'typeorm';
import { loadOffice, mailFooter, type Office } from '../shared/office';
import { OfficeDay } from '../shared/office-day';
import { TimelineService } from '../shared/timeline.service';

interface Candidate {
  item_id: string;
  tenant_id: string;
  childminder_id: string;
  type: EvidenceType;
  person_name: string | null;
  expires_on: string;
  threshold: ReminderThreshold;
  email: string | null;
  first_name: string;
  last_name: string;
  office: Office | null;
}

const CHUNK = 1000;

/** The reminder mail (German). Pure, so a spec can read it. */
export function reminderMail(
  c: Pick<Candidate, 'type' | 'person_name' | 'expires_on' | 'threshold' | 'first_name' | 'last_name' | 'office'>,
): { subject: string; text: string } {
  const label = EVIDENCE_LABEL_DE[c.type];
  const date = formatDe(c.expires_on);
  const who = c.person_name ? ` für ${c.person_name}` : '';
  const expired = c.threshold === 'expired';
  const subject = expired ? `Ihr Nachweis „${label}“ ist abgelaufen` : `Erinnerung: Ihr Nachweis „${label}“ läuft am ${date} ab`;
  const renew =
    c.type === 'good_conduct'
      ? 'Bitte beantragen Sie ein neues erweitertes Führungszeugnis und legen Sie es der Fachberatung im Original vor. Bitte laden Sie es nicht hoch.'
      : 'Bitte reichen Sie den neuen Nachweis in Lotse unter „Meine Nachweise“ ein oder bringen Sie ihn zur Fachberatung.';
  const text = [
    `Guten Tag ${c.first_name} ${c.last_name},`,
    '',
    expired
      ? `Ihr Nachweis „${label}“${who} ist am ${date} abgelaufen. Ohne gültigen Nachweis kann die Pflegeerlaubnis nicht erteilt oder verlängert werden.`
      : `Ihr Nachweis „${label}“${who} ist noch bis zum ${date} gültig. Bitte denken Sie rechtzeitig an die Erneuerung.`,
    renew,
    '',
    mailFooter(c.office),
  ].join('\n');
  return { subject, text };
}

/**
 * The daily reminder scan. Finds current, acceptable items whose warning window has begun
 * (threshold `expiring`) or that have expired (`expired`), and mails the childminder ONCE per item
 * and threshold: the unique row (item, threshold) in `evidence_reminder` decides who sends, and the
 * mail is planned in the same transaction with the job id `reminder.<item>.<threshold>`. Repeated
 * or concurrent scans (several workers) therefore never send twice. An item found already expired
 * gets only the `expired` mail. Files in status `ended` get none.
 */
@Injectable()
export class ScanReminders {
  private readonly logger = new Logger(ScanReminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
  ) {}

  async run(opts: { tenantId?: string | null } = {}): Promise<{ reminders: number; mails: number }> {
    const today = this.day.today();
    let reminders = 0;
    let mails = 0;
    for (let round = 0; round < 10_000; round++) {
      const r = await this.withRetry(() => this.dataSource.transaction((m) => this.chunk(m, today, opts.tenantId ?? null)));
      if (r === null) break;
      reminders += r.reminders;
      mails += r.mails;
    }
    if (reminders > 0) this.logger.log(`reminder scan ${today}: ${reminders} reminder(s), ${mails} mail(s)`);
    return { reminders, mails };
  }

  /** One chunk; null when there was nothing left to remind. */
  private async chunk(m: EntityManager, today: string, tenantId: string | null): Promise<{ reminders: number; mails: number } | null> {
    const candidates: Candidate[] = await m.query(
      `SELECT i.id AS item_id, i.tenant_id, i.childminder_id, i.type, i.person_name, to_char(i.expires_on, 'YYYY-MM-DD') AS expires_on,
              CASE WHEN i.expires_on < $1::date THEN 'expired' ELSE 'expiring' END AS threshold,
              c.email, c.first_name, c.last_name
         FROM evidence_item i
         JOIN childminder c ON c.id = i.childminder_id
        WHERE i.current AND i.acceptable AND i.warn_from IS NOT NULL AND i.warn_from <= $1::date
          AND c.status <> 'ended'
          AND ($2::uuid IS NULL OR i.tenant_id = $2)
          AND NOT EXISTS (SELECT 1 FROM evidence_reminder r
                           WHERE r.evidence_item_id = i.id
                             AND r.threshold = CASE WHEN i.expires_on < $1::date THEN 'expired' ELSE 'expiring' END)
        ORDER BY i.id
        LIMIT ${CHUNK}`,
      [today, tenantId],
    );
    if (candidates.length === 0) return null;
    // The mail footer: each office's contact data, read once per tenant of the chunk.
    const offices = new Map<string, Office | null>();
    for (const c of candidates) {
      if (!offices.has(c.tenant_id)) offices.set(c.tenant_id, await loadOffice(m, c.tenant_id));
      c.office = offices.get(c.tenant_id) ?? null;
    }
    // Whoever inserts the row sends; a concurrent scan waits on the unique key and then skips.
    const won: Array<{ evidence_item_id: string; threshold: ReminderThreshold }> = await m.query(
      `INSERT INTO evidence_reminder (tenant_id, childminder_id, evidence_item_id, threshold, expires_on, recipient, evidence_type)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::text[], $7::text[])
       ON CONFLICT (evidence_item_id, threshold) DO NOTHING
       RETURNING evidence_item_id, threshold`,
      [
        candidates.map((c) => c.tenant_id),
        candidates.map((c) => c.childminder_id),
        candidates.map((c) => c.item_id),
        candidates.map((c) => c.threshold),
        candidates.map((c) => c.expires_on),
        candidates.map((c) => c.email),
        candidates.map((c) => c.type),
      ],
    );
    const wonKeys = new Set(won.map((w) => `${w.evidence_item_id}.${w.threshold}`));
    const mine = candidates.filter((c) => wonKeys.has(`${c.item_id}.${c.threshold}`));
    const jobs: PlannedJob[] = mine
      .filter((c) => c.email)
      .map((c) => ({
        name: 'mail.send' as const,
        tenantId: c.tenant_id,
        jobId: `reminder.${c.item_id}.${c.threshold}`,
        data: { tenantId: c.tenant_id, to: c.email!, ...reminderMail(c) },
      }));
    await this.outbox.planMany(m, jobs);
    await this.timeline.recordMany(
      m,
      mine.map((c) => ({
        tenantId: c.tenant_id,
        childminderId: c.childminder_id,
        actorId: null,
        type: 'reminder_sent' as const,
        details: {
          itemId: c.item_id,
          evidenceType: c.type,
          threshold: c.threshold,
          expiresOn: c.expires_on,
          mailed: !!c.email,
          ...(c.person_name ? { personName: c.person_name } : {}),
        },
      })),
    );
    return { reminders: mine.length, mails: jobs.length };
  }

  /** Two scans meeting on the same rows may deadlock or conflict; the chunk is simply run again. */
  private async withRetry<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        const code = (e as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (e as { code?: string }).code;
        if (attempt >= 5 || (code !== '40P01' && code !== '40001')) throw e;
        await new Promise((r) => setTimeout(r, 20 * attempt));
      }
    }
  }
}
