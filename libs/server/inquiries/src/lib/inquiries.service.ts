import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  de,
  INQUIRY_TRANSITIONS,
  OPEN_INQUIRY_STATUSES,
  type AddInquiryNoteDto,
  type ChangeInquiryStatusDto,
  type CreateInquiryDto,
  type HouseService,
  type InquiriesQueryDto,
  type InquiryChannel,
  type InquiryDto,
  type InquirySettingsDto,
  type InquirySettingsView,
  type Page,
  type PublicInquiryDto,
  type UpdateInquiryDto,
} from '@lotse/shared/contracts';
import { apiError, Clock, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { OfficeCalendar } from './office-calendar';
import { addEvent, INQUIRY_SELECT, loadEvents, staffMember, toInquiryDto, type InquiryRow } from './inquiry-row';

const NOT_FOUND = 'Anfrage nicht gefunden.';
const STALE = 'Die Anfrage wurde inzwischen geändert. Bitte laden Sie neu.';
const INVALID = 'Die Eingaben sind unvollständig oder ungültig.';
const NOT_STAFF = 'Bitte eine Mitarbeiterin oder einen Mitarbeiter des Familienbüros wählen.';
/** How far back staff may date an inquiry (e.g. an answering-machine message after a holiday). */
const MAX_BACKDATE_DAYS = 31;

interface NewInquiry {
  tenantId: string;
  channel: InquiryChannel;
  name: string;
  email: string | null;
  phone: string | null;
  service: HouseService;
  message: string;
  receivedAt: Date;
  assigneeId: string | null;
  enteredBy: string | null;
}

/**
 * The Familienbüro's inquiries: the public contact form and staff entry (phone, answering machine,
 * e-mail, visit) into one queue with a due date from the office's response target in working days.
 * Every read is audited (names, contact data and messages are personal data); every change is
 * audited in its own transaction with the inquiry row locked and its version checked.
 */
@Injectable()
export class InquiriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: OfficeCalendar,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  /** The contact form of the office `tenantId` (no session). */
  async receivePublic(tenantId: string, dto: PublicInquiryDto, ip: string | null): Promise<{ responseWorkingDays: number }> {
    return this.dataSource.transaction(async (m) => {
      const saved = await this.insert(m, {
        tenantId,
        channel: 'form',
        name: dto.name,
        email: dto.email ?? null,
        phone: dto.phone ?? null,
        service: dto.service ?? 'allgemein',
        message: dto.message,
        receivedAt: this.clock.now(),
        assigneeId: null,
        enteredBy: null,
      });
      await this.audit.record(
        { action: 'inquiry.create', actor: null, tenantId, targetType: 'inquiry', targetId: saved.id, details: { channel: 'form', ip } },
        m,
      );
      return { responseWorkingDays: saved.days };
    });
  }

  /** Staff enter a call, an answering-machine message, an e-mail or a visit. */
  async create(actor: RequestUser, dto: CreateInquiryDto): Promise<InquiryDto> {
    const now = this.clock.now();
    const receivedAt = dto.receivedAt ? new Date(dto.receivedAt) : now;
    if (Number.isNaN(receivedAt.getTime())) {
      throw apiError(400, INVALID, [{ field: 'receivedAt', message: 'Bitte Datum und Uhrzeit angeben.', code: 'isIso8601' }]);
    }
    if (receivedAt.getTime() > now.getTime() + 5 * 60_000) {
      throw apiError(400, INVALID, [{ field: 'receivedAt', message: 'Der Eingang darf nicht in der Zukunft liegen.', code: 'notFuture' }]);
    }
    if (receivedAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000) {
      throw apiError(400, INVALID, [
        { field: 'receivedAt', message: `Der Eingang darf höchstens ${MAX_BACKDATE_DAYS} Tage zurückliegen.`, code: 'tooOld' },
      ]);
    }
    return this.dataSource.transaction(async (m) => {
      if (dto.assigneeId && !(await staffMember(m, actor.tenantId, dto.assigneeId))) {
        throw apiError(400, INVALID, [{ field: 'assigneeId', message: NOT_STAFF, code: 'notStaff' }]);
      }
      const saved = await this.insert(m, {
        tenantId: actor.tenantId,
        channel: dto.channel,
        name: dto.name,
        email: dto.email ?? null,
        phone: dto.phone ?? null,
        service: dto.service,
        message: dto.message,
        receivedAt,
        assigneeId: dto.assigneeId ?? null,
        enteredBy: actor.id,
      });
      await this.audit.record(
        { action: 'inquiry.create', actor, targetType: 'inquiry', targetId: saved.id, details: { channel: dto.channel } },
        m,
      );
      return this.dto(m, saved.id, true);
    });
  }

  async list(actor: RequestUser, q: InquiriesQueryDto): Promise<Page<InquiryDto>> {
    const now = this.clock.now();
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const where = ['i.tenant_id = $1'];
    const params: unknown[] = [actor.tenantId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    add('i.status = ANY(?::text[])', q.status?.length ? q.status : [...OPEN_INQUIRY_STATUSES]);
    if (q.service) add('i.service = ?', q.service);
    if (q.assignee === 'none') where.push('i.assignee_id IS NULL');
    else if (q.assignee) add('i.assignee_id = ?', q.assignee === 'me' ? actor.id : q.assignee);
    if (q.overdue) {
      params.push(now);
      const overdue = `(i.status IN ('new', 'in_progress') AND i.due_at <= $${params.length})`;
      where.push(q.overdue === 'true' ? overdue : `NOT ${overdue}`);
    }
    const sqlWhere = where.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM inquiry i WHERE ${sqlWhere}`, params);
    const rows: InquiryRow[] = await this.dataSource.query(
      `${INQUIRY_SELECT} WHERE ${sqlWhere} ORDER BY i.due_at, i.received_at, i.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    await this.audit.record({ action: 'inquiry.list', actor, targetType: 'inquiry', details: { ids: rows.map((r) => r.id) } });
    return { items: rows.map((r) => toInquiryDto(r, now)), total, page, pageSize };
  }

  async get(actor: RequestUser, id: string): Promise<InquiryDto> {
    const m = this.dataSource.manager;
    await this.load(m, actor, id);
    await this.audit.record({ action: 'inquiry.read', actor, targetType: 'inquiry', targetId: id });
    return this.dto(m, id, true);
  }

  /** Another service or assignee. */
  async update(actor: RequestUser, id: string, dto: UpdateInquiryDto): Promise<InquiryDto> {
    return this.dataSource.transaction(async (m) => {
      const r = await this.load(m, actor, id, true);
      if (r.version !== dto.version) throw apiError(409, STALE);
      const now = this.clock.now();
      const changes: Record<string, unknown> = {};
      if (dto.service !== undefined && dto.service !== r.service) {
        await m.query(`UPDATE inquiry SET service = $2 WHERE id = $1`, [id, dto.service]);
        await addEvent(m, { tenantId: r.tenant_id, inquiryId: id, kind: 'service', actorId: actor.id, at: now, text: dto.service });
        changes['service'] = dto.service;
      }
      if (dto.assigneeId !== undefined && dto.assigneeId !== r.assignee_id) {
        const who = dto.assigneeId ? await staffMember(m, actor.tenantId, dto.assigneeId) : null;
        if (dto.assigneeId && !who) throw apiError(400, INVALID, [{ field: 'assigneeId', message: NOT_STAFF, code: 'notStaff' }]);
        await m.query(`UPDATE inquiry SET assignee_id = $2 WHERE id = $1`, [id, dto.assigneeId]);
        await addEvent(m, {
          tenantId: r.tenant_id,
          inquiryId: id,
          kind: 'assignment',
          actorId: actor.id,
          at: now,
          text: who?.name ?? null,
        });
        changes['assigneeId'] = dto.assigneeId;
      }
      if (Object.keys(changes).length) {
        await m.query(`UPDATE inquiry SET version = version + 1, updated_at = $2 WHERE id = $1`, [id, now]);
        await this.audit.record({ action: 'inquiry.update', actor, targetType: 'inquiry', targetId: id, details: changes }, m);
      }
      return this.dto(m, id, true);
    });
  }

  async changeStatus(actor: RequestUser, id: string, dto: ChangeInquiryStatusDto): Promise<InquiryDto> {
    return this.dataSource.transaction(async (m) => {
      const r = await this.load(m, actor, id, true);
      if (r.version !== dto.version) throw apiError(409, STALE);
      if (!INQUIRY_TRANSITIONS[r.status].includes(dto.status)) {
        throw apiError(
          422,
          r.status === dto.status
            ? 'Die Anfrage hat diesen Status bereits.'
            : 'Dieser Statuswechsel ist nicht möglich: die Anfrage ist abgeschlossen.',
          [{ field: 'status', message: 'Dieser Statuswechsel ist nicht möglich.', code: 'transition' }],
        );
      }
      const note = dto.note?.trim() || null;
      if ((dto.status === 'forwarded' || dto.status === 'closed') && !note) {
        const message = dto.status === 'forwarded' ? 'Bitte angeben, wohin die Anfrage weitergeleitet wurde.' : de.reasonRequired;
        throw apiError(400, INVALID, [{ field: 'note', message, code: 'isNotEmpty' }]);
      }
      const now = this.clock.now();
      const answered = dto.status === 'answered' || dto.status === 'forwarded';
      const ended = dto.status !== 'in_progress';
      await m.query(
        `UPDATE inquiry SET status = $2, answered_at = CASE WHEN $3 THEN $5::timestamptz ELSE answered_at END,
                closed_at = CASE WHEN $4 THEN $5::timestamptz ELSE closed_at END,
                assignee_id = CASE WHEN $2 = 'in_progress' THEN COALESCE(assignee_id, $6) ELSE assignee_id END,
                version = version + 1, updated_at = $5
          WHERE id = $1`,
        [id, dto.status, answered, ended, now, actor.id],
      );
      await addEvent(m, {
        tenantId: r.tenant_id,
        inquiryId: id,
        kind: 'status',
        actorId: actor.id,
        at: now,
        from: r.status,
        to: dto.status,
        text: note,
      });
      await this.audit.record(
        { action: 'inquiry.status', actor, targetType: 'inquiry', targetId: id, details: { from: r.status, to: dto.status } },
        m,
      );
      return this.dto(m, id, true);
    });
  }

  async addNote(actor: RequestUser, id: string, dto: AddInquiryNoteDto): Promise<InquiryDto> {
    return this.dataSource.transaction(async (m) => {
      const r = await this.load(m, actor, id, true);
      const now = this.clock.now();
      await addEvent(m, { tenantId: r.tenant_id, inquiryId: id, kind: 'note', actorId: actor.id, at: now, text: dto.text });
      await m.query(`UPDATE inquiry SET version = version + 1, updated_at = $2 WHERE id = $1`, [id, now]);
      await this.audit.record({ action: 'inquiry.note', actor, targetType: 'inquiry', targetId: id }, m);
      return this.dto(m, id, true);
    });
  }

  /** The response target only (the honeypot's answer: nothing stored). */
  publicTarget(tenantId: string): Promise<InquirySettingsView> {
    return this.calendar.settings(this.dataSource.manager, tenantId);
  }

  settings(actor: RequestUser): Promise<InquirySettingsView> {
    return this.calendar.settings(this.dataSource.manager, actor.tenantId);
  }

  /** The admin sets the response target; inquiries already received keep their due date. */
  async saveSettings(actor: RequestUser, dto: InquirySettingsDto): Promise<InquirySettingsView> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.calendar.settings(m, actor.tenantId);
      await m.query(`INSERT INTO inquiry_settings (tenant_id) VALUES ($1) ON CONFLICT (tenant_id) DO NOTHING`, [actor.tenantId]);
      // TypeORM answers an UPDATE with [rows, affected].
      const [, affected]: [unknown[], number] = await m.query(
        `UPDATE inquiry_settings SET response_working_days = $2, version = version + 1, updated_at = now() WHERE tenant_id = $1 AND version = $3`,
        [actor.tenantId, dto.responseWorkingDays, dto.version],
      );
      if (affected !== 1) throw apiError(409, 'Die Einstellungen wurden inzwischen geändert. Bitte laden Sie neu.');
      await this.audit.record(
        {
          action: 'tenant.inquiry_settings_changed',
          actor,
          targetType: 'tenant',
          targetId: actor.tenantId,
          details: { from: current.responseWorkingDays, to: dto.responseWorkingDays },
        },
        m,
      );
      return this.calendar.settings(m, actor.tenantId);
    });
  }

  private async insert(m: EntityManager, n: NewInquiry): Promise<{ id: string; days: number }> {
    const year = Number(this.calendar.today(n.receivedAt).slice(0, 4));
    const { reference, responseWorkingDays } = await this.calendar.nextReference(m, n.tenantId, year);
    const due = this.calendar.due(n.receivedAt, responseWorkingDays, await this.calendar.state(m, n.tenantId));
    const [{ id }]: Array<{ id: string }> = await m.query(
      `INSERT INTO inquiry (tenant_id, reference, channel, name, email, phone, service, message, status, assignee_id, received_at, due_on, due_at, entered_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,'new',$9,$10,$11,$12,$13) RETURNING id`,
      [
        n.tenantId,
        reference,
        n.channel,
        n.name,
        n.email,
        n.phone,
        n.service,
        n.message,
        n.assigneeId,
        n.receivedAt,
        due.dueOn,
        due.dueAt,
        n.enteredBy,
      ],
    );
    await addEvent(m, { tenantId: n.tenantId, inquiryId: id, kind: 'created', actorId: n.enteredBy, at: this.clock.now(), to: 'new' });
    return { id, days: responseWorkingDays };
  }

  /** Staff of the inquiry's office only; anyone else gets the 404 of a missing one (audited). */
  private async load(m: EntityManager, actor: RequestUser, id: string, lock = false): Promise<InquiryRow> {
    const [r]: Array<{
      id: string;
      tenant_id: string;
      status: InquiryRow['status'];
      service: HouseService;
      assignee_id: string | null;
      version: number;
    }> = await m.query(
      `SELECT id, tenant_id, status, service, assignee_id, version FROM inquiry WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return this.policy.requireRecord(
      actor,
      lock ? 'inquiry.write' : 'inquiry.read',
      { type: 'inquiry', id, notFound: NOT_FOUND },
      r as InquiryRow | undefined,
      (x) => ({
        tenantId: x.tenant_id,
        owners: [],
      }),
    );
  }

  private async dto(m: EntityManager, id: string, withEvents: boolean): Promise<InquiryDto> {
    const [row]: InquiryRow[] = await m.query(`${INQUIRY_SELECT} WHERE i.id = $1`, [id]);
    return toInquiryDto(row, this.clock.now(), withEvents ? await loadEvents(m, id) : undefined);
  }
}
