import type { PersonRef, Role } from '@lotse/shared/contracts';
import { isOfficeStaff } from '@lotse/server/core';
import type { EntityManager } from 'typeorm';

/** Display names (and whether they are staff) of users by id: actors, uploaders, reviewers. */
export class People {
  constructor(
    readonly refs: Map<string, PersonRef>,
    readonly staff: Set<string>,
  ) {}

  static async load(m: EntityManager, ids: Array<string | null | undefined>): Promise<People> {
    const unique = [...new Set(ids.filter((x): x is string => !!x))];
    if (unique.length === 0) return new People(new Map(), new Set());
    const rows: Array<{ id: string; name: string; role: string }> = await m.query(
      `SELECT id, first_name || ' ' || last_name AS name, role FROM app_user WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new People(
      new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }])),
      new Set(rows.filter((r) => isOfficeStaff(r.role as Role)).map((r) => r.id)),
    );
  }

  ref(id: string | null): PersonRef | null {
    return id ? (this.refs.get(id) ?? { id, name: 'Unbekannt' }) : null;
  }
}
