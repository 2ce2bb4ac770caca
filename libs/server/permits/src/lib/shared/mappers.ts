import type { PermitApplicationDto, PermitDto, SuitabilityCheckDto, BlockingItemDto } from '@lotse/shared/contracts';
import type { Permit, PermitApplication, SuitabilityCheck } from '../entities';

export type Names = Map<string, string>;
const name = (names: Names, id: string | null) => (id ? (names.get(id) ?? null) : null);

export function toCheckDto(c: SuitabilityCheck, names: Names): SuitabilityCheckDto {
  return {
    id: c.id,
    kind: c.kind,
    date: c.date,
    personsPresent: c.personsPresent,
    roomsChecked: c.roomsChecked,
    findings: c.findings,
    notes: c.notes,
    recommendation: c.recommendation,
    recordedBy: name(names, c.recordedBy),
    recordedAt: c.createdAt.toISOString(),
  };
}

export function toApplicationDto(
  a: PermitApplication,
  extra: { childminderName: string; blocking: BlockingItemDto[]; checks: SuitabilityCheck[]; permitId: string | null; names: Names },
): PermitApplicationDto {
  return {
    id: a.id,
    childminderId: a.childminderId,
    childminderName: extra.childminderName,
    kind: a.kind,
    status: a.status,
    requestedMaxChildren: a.requestedMaxChildren,
    note: a.note,
    submittedAt: a.submittedAt.toISOString(),
    blocking: extra.blocking,
    checks: extra.checks.map((c) => toCheckDto(c, extra.names)),
    decision: a.decision,
    refusalReason: a.refusalReason,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    decidedBy: name(extra.names, a.decidedBy),
    withdrawnAt: a.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: a.withdrawalReason,
    permitId: extra.permitId,
    version: a.version,
  };
}

export function careAddress(p: Pick<Permit, 'careLocation'>): string {
  const c = p.careLocation;
  return `${c.siteName ? `${c.siteName}, ` : ''}${c.street}, ${c.postcode} ${c.city}`;
}

export function toPermitDto(
  p: Permit,
  names: Names,
  doc: { id: string; sha256: string; sizeBytes: number; fileName: string } | null,
): PermitDto {
  return {
    id: p.id,
    childminderId: p.childminderId,
    applicationId: p.applicationId,
    number: p.number,
    status: p.status,
    kind: p.kind,
    holderName: `${p.holder.firstName} ${p.holder.lastName}`,
    careAddress: careAddress(p),
    maxChildren: p.maxChildren,
    reasonForFewerChildren: p.reasonForFewerChildren,
    rooms: p.rooms,
    conditions: p.conditions,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    decidedBy: name(names, p.decidedBy),
    decidedById: p.decidedBy,
    decidedAt: p.decidedAt.toISOString(),
    approvedBy: name(names, p.approvedBy),
    approvedAt: p.approvedAt?.toISOString() ?? null,
    issuedAt: p.issuedAt?.toISOString() ?? null,
    revokedAt: p.revokedAt?.toISOString() ?? null,
    revokedOn: p.revokedOn,
    revokedReason: p.revokedReason,
    supersededById: p.supersededById,
    replacesId: p.replacesId,
    document: doc,
    version: p.version,
  };
}

export async function loadNames(
  m: { query: (sql: string, params: unknown[]) => Promise<Array<{ id: string; n: string }>> },
  ids: Array<string | null>,
): Promise<Names> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (!unique.length) return new Map();
  const rows = await m.query(`SELECT id, first_name || ' ' || last_name AS n FROM app_user WHERE id = ANY($1)`, [unique]);
  return new Map(rows.map((r) => [r.id, r.n]));
}
