import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, TimelineEventDto, TimelineEventType } from '@lotse/shared/contracts';
import {
  EVIDENCE_LABEL_DE,
  formatDe,
  QUALIFICATION_VARIANT_LABEL_DE,
  STATUS_LABEL_DE,
  type ChildminderStatus,
  type EvidenceType,
  type QualificationVariant,
} from '@lotse/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { OfficeDay } from './office-day';

export interface TimelineEntry {
  tenantId: string;
  childminderId: string;
  /** null = the system (reminder scan, scheduled deletion). */
  actorId: string | null;
  type: TimelineEventType;
  details?: Record<string, unknown>;
}

/** German labels of profile fields for "Profil geändert: …". */
const FIELD_LABEL: Record<string, string> = {
  firstName: 'Vorname',
  lastName: 'Nachname',
  dateOfBirth: 'Geburtsdatum',
  email: 'E-Mail',
  phone: 'Telefon',
  address: 'Adresse',
  district: 'Stadtteil',
  careLocation: 'Betreuungsort',
  languages: 'Sprachen',
  pets: 'Haustiere',
  smokingHousehold: 'Raucherhaushalt',
  nutrition: 'Verpflegung',
  pedagogicalFocus: 'Pädagogischer Schwerpunkt',
  agesAccepted: 'Altersspanne',
  weeklyTimes: 'Betreuungszeiten',
  adultHouseholdMembers: 'Erwachsene im Haushalt',
};

const label = (t: unknown) => EVIDENCE_LABEL_DE[t as EvidenceType] ?? String(t);
const forPerson = (d: Record<string, unknown>) => (d['personName'] ? ` (${String(d['personName'])})` : '');

/** One German line per event, for the file's timeline. */
export function summarize(type: TimelineEventType, d: Record<string, unknown>): string {
  switch (type) {
    case 'created':
      return 'Akte von der Fachberatung angelegt';
    case 'registered':
      return 'Selbst registriert (Interesse an der Kindertagespflege)';
    case 'profile_updated':
      return `Profil geändert: ${((d['fields'] as string[]) ?? []).map((f) => FIELD_LABEL[f] ?? f).join(', ')}`;
    case 'status_changed': {
      const from = STATUS_LABEL_DE[d['from'] as ChildminderStatus] ?? String(d['from']);
      const to = STATUS_LABEL_DE[d['to'] as ChildminderStatus] ?? String(d['to']);
      return `Status: ${from} → ${to}${d['note'] ? ` – ${String(d['note'])}` : ''}`;
    }
    case 'evidence_recorded':
      return `Nachweis erfasst: ${label(d['evidenceType'])}${forPerson(d)}`;
    case 'qualification_variant_set':
      return `Qualifizierung festgelegt: ${QUALIFICATION_VARIANT_LABEL_DE[d['to'] as QualificationVariant] ?? String(d['to'])} – Grund: ${String(d['reason'] ?? '')}`;
    case 'recheck_opened':
      return `Prüfaufgabe (§ 43 Abs. 3 SGB VIII) eröffnet: ${RECHECK_EVENT_DE[String(d['event'])] ?? String(d['event'])}${d['source'] === 'report' ? ' – gemeldet' : ' – aus Profiländerung'}${d['description'] ? `: ${String(d['description'])}` : ''}`;
    case 'recheck_closed':
      return `Prüfaufgabe abgeschlossen: ${RECHECK_OUTCOME_DE[String(d['outcome'])] ?? String(d['outcome'])}${d['note'] ? ` – ${String(d['note'])}` : ''}`;
    case 'evidence_confirmed':
      return `Nachweis bestätigt (Original eingesehen): ${label(d['evidenceType'])}`;
    case 'document_uploaded':
      return `Dokument hochgeladen: ${String(d['fileName'] ?? '')} (${label(d['evidenceType'])})`;
    case 'document_confirmed':
      return `Dokument bestätigt: ${String(d['fileName'] ?? '')} (${label(d['evidenceType'])})`;
    case 'document_rejected':
      return `Dokument abgelehnt: ${String(d['fileName'] ?? '')} (${label(d['evidenceType'])}) – Grund: ${String(d['reason'] ?? '')}`;
    case 'reminder_sent':
      return d['threshold'] === 'expired'
        ? `Erinnerung versandt: ${label(d['evidenceType'])}${forPerson(d)} ist am ${formatDe(String(d['expiresOn']))} abgelaufen`
        : `Erinnerung versandt: ${label(d['evidenceType'])}${forPerson(d)} läuft am ${formatDe(String(d['expiresOn']))} ab`;
    case 'evidence_deleted':
      return `Nachweis gelöscht: ${label(d['evidenceType'])}${forPerson(d)} vom ${formatDe(String(d['date']))}${d['reason'] ? ` – Grund: ${String(d['reason'])}` : ''}`;
    case 'good_conduct_deleted':
      return `Daten zum Führungszeugnis gelöscht (§ 72a Abs. 5 SGB VIII): ${String(d['count'] ?? 0)} Eintrag/Einträge`;
    case 'permit_applied':
      return `Antrag auf Pflegeerlaubnis gestellt (${APPLICATION_KIND_DE[String(d['kind'])] ?? String(d['kind'])}, ${String(d['requestedMaxChildren'] ?? '')} Kinder)`;
    case 'check_recorded':
      return `${d['kind'] === 'home_visit' ? 'Hausbesuch' : 'Eignungsgespräch'} am ${formatDe(String(d['date']))} erfasst – Empfehlung: ${RECOMMENDATION_DE[String(d['recommendation'])] ?? String(d['recommendation'])}`;
    case 'permit_decided':
      return `Entscheidung: ${RECOMMENDATION_DE[String(d['decision'])] ?? String(d['decision'])} (höchstens ${String(d['maxChildren'])} Kinder)${d['fourEyes'] ? ' – wartet auf Freigabe' : ''}`;
    case 'permit_refused':
      return `Pflegeerlaubnis abgelehnt – Grund: ${String(d['reason'] ?? '')}`;
    case 'permit_issued':
      return `Pflegeerlaubnis ${String(d['number'])} erteilt, gültig bis ${formatDe(String(d['validUntil']))}${d['replaces'] ? ` (ersetzt ${String(d['replaces'])})` : ''}`;
    case 'permit_revoked':
      return `Pflegeerlaubnis ${String(d['number'])} widerrufen zum ${formatDe(String(d['effectiveOn']))} – Grund: ${String(d['reason'] ?? '')}`;
    case 'permit_expired':
      return `Pflegeerlaubnis ${String(d['number'])} abgelaufen`;
    case 'permit_ended':
      return `Pflegeerlaubnis ${((d['numbers'] as string[]) ?? []).join(', ')} beendet zum ${formatDe(String(d['endedOn']))} (Akte beendet)`;
    case 'permit_withdrawn':
      return `Antrag auf Pflegeerlaubnis zurückgezogen (${APPLICATION_KIND_DE[String(d['kind'])] ?? String(d['kind'])})${d['reason'] ? ` – Grund: ${String(d['reason'])}` : ''}`;
    case 'permit_reminder_sent':
      return `Erinnerung versandt: Pflegeerlaubnis ${String(d['number'])} läuft am ${formatDe(String(d['validUntil']))} ab`;
  }
}

const RECHECK_EVENT_DE: Record<string, string> = {
  move: 'Umzug',
  care_location: 'Betreuungsort geändert',
  household: 'Änderung im Haushalt',
  illness: 'Erkrankung',
  end_of_care: 'Ende der Betreuung',
  other: 'Sonstiges',
};
const RECHECK_OUTCOME_DE: Record<string, string> = {
  amendment_started: 'Änderung der Pflegeerlaubnis eingeleitet',
  no_change_needed: 'keine Änderung nötig',
  permit_revoked: 'Pflegeerlaubnis widerrufen',
  other: 'Sonstiges',
};
const APPLICATION_KIND_DE: Record<string, string> = { initial: 'Erstantrag', renewal: 'Verlängerung', amendment: 'Änderung' };
const RECOMMENDATION_DE: Record<string, string> = {
  grant: 'Erteilen',
  grant_with_conditions: 'Erteilen mit Nebenbestimmungen',
  refuse: 'Ablehnen',
};

/** The file's history: every change, upload, review and reminder, with who did it. */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly day: OfficeDay,
  ) {}

  /** Written in the caller's transaction, so the event commits with the change. */
  async record(m: EntityManager, e: TimelineEntry): Promise<void> {
    await m.query(
      `INSERT INTO childminder_event (tenant_id, childminder_id, occurred_at, actor_id, type, details) VALUES ($1,$2,$3,$4,$5,$6)`,
      [e.tenantId, e.childminderId, this.day.now(), e.actorId, e.type, JSON.stringify(e.details ?? {})],
    );
  }

  async recordMany(m: EntityManager, entries: TimelineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await m.query(
      `INSERT INTO childminder_event (tenant_id, childminder_id, occurred_at, actor_id, type, details)
       SELECT t.tenant_id, t.childminder_id, $1, t.actor_id, t.type, t.details
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::jsonb[]) AS t(tenant_id, childminder_id, actor_id, type, details)`,
      [
        this.day.now(),
        entries.map((e) => e.tenantId),
        entries.map((e) => e.childminderId),
        entries.map((e) => e.actorId),
        entries.map((e) => e.type),
        entries.map((e) => JSON.stringify(e.details ?? {})),
      ],
    );
  }

  async list(childminderId: string, q: { page?: number; pageSize?: number }): Promise<Page<TimelineEventDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM childminder_event WHERE childminder_id = $1`, [
      childminderId,
    ]);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.type, e.details, e.actor_id, u.role AS actor_role,
              u.first_name || ' ' || u.last_name AS actor_name
         FROM childminder_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.childminder_id = $1
        ORDER BY e.occurred_at DESC, e.seq DESC
        LIMIT $2 OFFSET $3`,
      [childminderId, pageSize, (page - 1) * pageSize],
    );
    return {
      total,
      page,
      pageSize,
      items: rows.map((r) => {
        const details = (r['details'] as Record<string, unknown>) ?? {};
        const type = r['type'] as TimelineEventType;
        return {
          id: r['id'] as string,
          occurredAt: (r['occurred_at'] as Date).toISOString(),
          type,
          actor: r['actor_id']
            ? { id: r['actor_id'] as string, name: (r['actor_name'] as string) ?? 'Unbekannt', role: (r['actor_role'] as string) ?? null }
            : null,
          summary: summarize(type, details),
          details,
        };
      }),
    };
  }
}
