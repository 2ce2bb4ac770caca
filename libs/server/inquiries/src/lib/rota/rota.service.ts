import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ROTA_MIN_STAFF,
  type AssignRotaDto,
  type HouseService,
  type RotaMonthDto,
  type RotaSessionDto,
  type RotaStaffDto,
  type StaffServiceDto,
  type Role,
} from '@lotse/shared/contracts';
import { consultationSessions, plusMonths, publicHoliday, type OpeningHour } from '@lotse/shared/domain';
import { apiError, Clock, type RequestUser, allows, rolesWith } from '@lotse/server/core';
import { OfficeSettings } from '@lotse/server/office';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { OfficeCalendar } from '../office-calendar';

const INVALID = 'Die Eingaben sind unvollständig oder ungültig.';

export interface MyTurnDto {
  date: string;
  from: string;
  to: string;
  holiday: string | null;
  colleagues: string[];
}

/**
 * The open-hours rota: the office's weekly opening hours (`office.openingHours`) laid onto a month's
 * calendar; the coordinator (admin) assigns staff (the office's advisors and admins, each with their
 * service) to each open consultation — at least ROTA_MIN_STAFF per session, nobody twice — and sees
 * the gaps. Sessions on a public holiday are marked, not gaps; nobody can be assigned to them.
 */
@Injectable()
export class RotaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: OfficeCalendar,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  private today(): string {
    return this.calendar.today(this.clock.now());
  }

  async month(actor: RequestUser, month: string | undefined): Promise<RotaMonthDto> {
    const m = this.dataSource.manager;
    const theMonth = month ?? this.today().slice(0, 7);
    const sessions = await this.sessions(m, actor.tenantId, theMonth);
    const staff = await this.staff(m, actor.tenantId);
    const rows: Array<{ id: string; date: string; starts_at: string; user_id: string }> = await m.query(
      `SELECT id, to_char(session_date, 'YYYY-MM-DD') AS date, starts_at, user_id FROM rota_assignment
        WHERE tenant_id = $1 AND to_char(session_date, 'YYYY-MM') = $2 ORDER BY created_at, id`,
      [actor.tenantId, theMonth],
    );
    const byUser = new Map(staff.map((s) => [s.userId, s]));
    const today = this.today();
    const out: RotaSessionDto[] = sessions.map((s) => {
      const assigned = rows
        .filter((r) => r.date === s.date && r.starts_at === s.from)
        .map((r) => ({
          ...(byUser.get(r.user_id) ?? { userId: r.user_id, name: '—', role: 'advisor' as const, service: null }),
          assignmentId: r.id,
        }));
      return { ...s, staff: assigned, gap: !s.holiday && assigned.length < ROTA_MIN_STAFF, past: s.date < today };
    });
    await this.audit.record({ action: 'rota.read', actor, targetType: 'rota', targetId: theMonth });
    return { month: theMonth, minStaff: ROTA_MIN_STAFF, sessions: out, gaps: out.filter((s) => s.gap && !s.past).length, staff };
  }

  /** "Meine Dienste": the signed-in staff member's turns from today, three months ahead. */
  async mine(actor: RequestUser): Promise<MyTurnDto[]> {
    const m = this.dataSource.manager;
    const today = this.today();
    const until = plusMonths(today, 3);
    const rows: Array<{ date: string; starts_at: string; ends_at: string; colleagues: string[] | null }> = await m.query(
      `SELECT to_char(r.session_date, 'YYYY-MM-DD') AS date, r.starts_at, r.ends_at,
              (SELECT array_agg(concat_ws(' ', u.first_name, u.last_name) ORDER BY u.last_name)
                 FROM rota_assignment o JOIN app_user u ON u.id = o.user_id
                WHERE o.tenant_id = r.tenant_id AND o.session_date = r.session_date AND o.starts_at = r.starts_at AND o.user_id <> r.user_id) AS colleagues
         FROM rota_assignment r
        WHERE r.tenant_id = $1 AND r.user_id = $2 AND r.session_date BETWEEN $3 AND $4
        ORDER BY r.session_date, r.starts_at`,
      [actor.tenantId, actor.id, today, until],
    );
    const state = await this.calendar.state(m, actor.tenantId);
    return rows.map((r) => ({
      date: r.date,
      from: r.starts_at,
      to: r.ends_at,
      holiday: publicHoliday(r.date, state)?.name ?? null,
      colleagues: r.colleagues ?? [],
    }));
  }

  async assign(actor: RequestUser, dto: AssignRotaDto): Promise<RotaMonthDto> {
    await this.dataSource.transaction(async (m) => {
      const session = (await this.sessions(m, actor.tenantId, dto.date.slice(0, 7))).find(
        (s) => s.date === dto.date && s.from === dto.from,
      );
      if (!session) {
        throw apiError(400, INVALID, [
          { field: 'from', message: 'An diesem Tag und zu dieser Zeit gibt es keine offene Sprechstunde.', code: 'noSession' },
        ]);
      }
      if (session.holiday) {
        throw apiError(422, `Feiertag (${session.holiday}) – keine Sprechstunde.`, [
          { field: 'date', message: `Feiertag (${session.holiday}) – keine Sprechstunde.`, code: 'holiday' },
        ]);
      }
      if (dto.date < this.today())
        throw apiError(422, 'Vergangene Sprechstunden können nicht mehr geändert werden.', [
          { field: 'date', message: 'Diese Sprechstunde liegt in der Vergangenheit.', code: 'past' },
        ]);
      const [user]: Array<{ id: string }> = await m.query(
        `SELECT id FROM app_user WHERE id = $1 AND tenant_id = $2 AND active AND role = ANY($3::text[])`,
        [dto.userId, actor.tenantId, rolesWith('rota.read')],
      );
      if (!user)
        throw apiError(400, INVALID, [
          { field: 'userId', message: 'Bitte eine Mitarbeiterin oder einen Mitarbeiter des Familienbüros wählen.', code: 'notStaff' },
        ]);
      const inserted: Array<{ id: string }> = await m.query(
        `INSERT INTO rota_assignment (tenant_id, session_date, starts_at, ends_at, user_id, created_by) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (tenant_id, session_date, starts_at, user_id) DO NOTHING RETURNING id`,
        [actor.tenantId, dto.date, dto.from, session.to, dto.userId, actor.id],
      );
      if (!inserted.length)
        throw apiError(409, 'Diese Person ist für diese Sprechstunde bereits eingeteilt.', [
          { field: 'userId', message: 'Bereits eingeteilt.', code: 'alreadyAssigned' },
        ]);
      await this.audit.record(
        {
          action: 'rota.assign',
          actor,
          targetType: 'rota_assignment',
          targetId: inserted[0].id,
          details: { date: dto.date, from: dto.from, userId: dto.userId },
        },
        m,
      );
    });
    return this.month(actor, dto.date.slice(0, 7));
  }

  async unassign(actor: RequestUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [row]: Array<{ tenant_id: string; date: string; starts_at: string; user_id: string }> = await m.query(
        `SELECT tenant_id, to_char(session_date, 'YYYY-MM-DD') AS date, starts_at, user_id FROM rota_assignment WHERE id = $1 FOR UPDATE`,
        [id],
      );
      await this.policy.requireRecord(
        actor,
        'rota.write',
        { type: 'rota_assignment', id, notFound: 'Einteilung nicht gefunden.' },
        row,
        (x) => ({
          tenantId: x.tenant_id,
          owners: [],
        }),
      );
      if (row.date < this.today()) throw apiError(422, 'Vergangene Sprechstunden können nicht mehr geändert werden.');
      await m.query(`DELETE FROM rota_assignment WHERE id = $1`, [id]);
      await this.audit.record(
        {
          action: 'rota.unassign',
          actor,
          targetType: 'rota_assignment',
          targetId: id,
          details: { date: row.date, from: row.starts_at, userId: row.user_id },
        },
        m,
      );
    });
  }

  staffList(actor: RequestUser): Promise<RotaStaffDto[]> {
    return this.staff(this.dataSource.manager, actor.tenantId);
  }

  /** The coordinator records which service a staff member belongs to. */
  async setService(actor: RequestUser, userId: string, dto: StaffServiceDto): Promise<RotaStaffDto> {
    return this.dataSource.transaction(async (m) => {
      const [user]: Array<{ tenant_id: string; role: string }> = await m.query(`SELECT tenant_id, role FROM app_user WHERE id = $1`, [
        userId,
      ]);
      const notFound = 'Mitarbeiterin oder Mitarbeiter nicht gefunden.';
      const staff = await this.policy.requireRecord(actor, 'rota.write', { type: 'user', id: userId, notFound }, user, (x) => ({
        tenantId: x.tenant_id,
        owners: [],
      }));
      // Only staff who see the rota are on it.
      if (!allows({ role: staff.role as Role }, 'rota.read')) throw apiError(404, notFound);
      await m.query(
        `INSERT INTO staff_service (user_id, tenant_id, service) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO UPDATE SET service = $3, updated_at = now()`,
        [userId, actor.tenantId, dto.service],
      );
      await this.audit.record(
        { action: 'rota.staff_service', actor, targetType: 'app_user', targetId: userId, details: { service: dto.service } },
        m,
      );
      return (await this.staff(m, actor.tenantId)).find((s) => s.userId === userId)!;
    });
  }

  private async sessions(m: EntityManager, tenantId: string, month: string) {
    const office = await OfficeSettings.office(m, tenantId);
    const hours = (office?.openingHours ?? []) as OpeningHour[];
    return consultationSessions(month, hours, await this.calendar.state(m, tenantId));
  }

  private async staff(m: EntityManager, tenantId: string): Promise<RotaStaffDto[]> {
    const rows: Array<{ id: string; name: string; role: RotaStaffDto['role']; service: HouseService | null }> = await m.query(
      `SELECT u.id, concat_ws(' ', u.first_name, u.last_name) AS name, u.role, s.service
         FROM app_user u LEFT JOIN staff_service s ON s.user_id = u.id
        WHERE u.tenant_id = $1 AND u.active AND u.role = ANY($2::text[])
        ORDER BY u.last_name, u.first_name, u.id`,
      [tenantId, rolesWith('rota.read')],
    );
    return rows.map((r) => ({ userId: r.id, name: r.name, role: r.role, service: r.service }));
  }
}
