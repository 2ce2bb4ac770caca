import { rolesWith } from '@lotse/server/core';
import type { HouseService, InquiryChannel, InquiryDto, InquiryEventDto, InquiryStatus } from '@lotse/shared/contracts';
import { OPEN_INQUIRY_STATUSES } from '@lotse/shared/contracts';
import type { EntityManager } from 'typeorm';

export interface InquiryRow {
  id: string;
  tenant_id: string;
  reference: string;
  channel: InquiryChannel;
  name: string;
  email: string | null;
  phone: string | null;
  service: HouseService;
  message: string;
  status: InquiryStatus;
  assignee_id: string | null;
  assignee_name: string | null;
  received_at: Date;
  due_on: string;
  due_at: Date;
  answered_at: Date | null;
  entered_by_name: string | null;
  version: number;
}

/** Columns of an inquiry with the names of assignee and enterer (alias `i`). */
export const INQUIRY_SELECT = `
  SELECT i.id, i.tenant_id, i.reference, i.channel, i.name, i.email, i.phone, i.service, i.message, i.status, i.assignee_id,
         concat_ws(' ', a.first_name, a.last_name) AS assignee_name, i.received_at, to_char(i.due_on, 'YYYY-MM-DD') AS due_on,
         i.due_at, i.answered_at, concat_ws(' ', e.first_name, e.last_name) AS entered_by_name, i.version
    FROM inquiry i
    LEFT JOIN app_user a ON a.id = i.assignee_id
    LEFT JOIN app_user e ON e.id = i.entered_by`;

export function isOverdue(r: Pick<InquiryRow, 'status' | 'due_at'>, now: Date): boolean {
  return OPEN_INQUIRY_STATUSES.includes(r.status) && r.due_at.getTime() <= now.getTime();
}

export function toInquiryDto(r: InquiryRow, now: Date, events?: InquiryEventDto[]): InquiryDto {
  return {
    id: r.id,
    reference: r.reference,
    channel: r.channel,
    name: r.name,
    email: r.email,
    phone: r.phone,
    service: r.service,
    message: r.message,
    status: r.status,
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    receivedAt: r.received_at.toISOString(),
    dueDate: r.due_on,
    dueAt: r.due_at.toISOString(),
    overdue: isOverdue(r, now),
    answeredAt: r.answered_at?.toISOString() ?? null,
    enteredBy: r.entered_by_name || null,
    version: r.version,
    ...(events ? { events } : {}),
  };
}

export async function loadEvents(m: EntityManager, inquiryId: string): Promise<InquiryEventDto[]> {
  const rows: Array<{
    id: string;
    kind: InquiryEventDto['kind'];
    at: Date;
    actor: string | null;
    from_status: InquiryStatus | null;
    to_status: InquiryStatus | null;
    text: string | null;
  }> = await m.query(
    `SELECT ev.id, ev.kind, ev.at, concat_ws(' ', u.first_name, u.last_name) AS actor, ev.from_status, ev.to_status, ev.text
         FROM inquiry_event ev LEFT JOIN app_user u ON u.id = ev.actor_id
        WHERE ev.inquiry_id = $1 ORDER BY ev.seq`,
    [inquiryId],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    at: r.at.toISOString(),
    actorName: r.actor || null,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    text: r.text,
  }));
}

export async function addEvent(
  m: EntityManager,
  e: {
    tenantId: string;
    inquiryId: string;
    kind: InquiryEventDto['kind'];
    actorId: string | null;
    at: Date;
    from?: InquiryStatus | null;
    to?: InquiryStatus | null;
    text?: string | null;
  },
): Promise<void> {
  await m.query(
    `INSERT INTO inquiry_event (tenant_id, inquiry_id, kind, actor_id, from_status, to_status, text, at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [e.tenantId, e.inquiryId, e.kind, e.actorId, e.from ?? null, e.to ?? null, e.text ?? null, e.at],
  );
}

/** An active member of the Familienbüro's house (roles with `inquiry.write`: advisors, admins, staff), or null. */
export async function staffMember(m: EntityManager, tenantId: string, userId: string): Promise<{ id: string; name: string } | null> {
  const [u]: Array<{ id: string; name: string }> = await m.query(
    `SELECT id, concat_ws(' ', first_name, last_name) AS name FROM app_user WHERE id = $1 AND tenant_id = $2 AND active AND role = ANY($3::text[])`,
    [userId, tenantId, rolesWith('inquiry.write')],
  );
  return u ?? null;
}
