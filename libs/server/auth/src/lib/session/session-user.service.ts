import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionUser } from '@lotse/shared/contracts';
import { DataSource } from 'typeorm';

/** Loads the signed-in user fresh on each request: a deactivated account loses access at once. */
@Injectable()
export class SessionUserService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(userId: string): Promise<SessionUser | null> {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.locale, u.tenant_id, t.name AS tenant_name
         FROM app_user u JOIN tenant t ON t.id = u.tenant_id
        WHERE u.id = $1 AND u.active`,
      [userId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r['id'],
      email: r['email'],
      displayName: `${r['first_name']} ${r['last_name']}`,
      role: r['role'] as SessionUser['role'],
      locale: r['locale'] as SessionUser['locale'],
      tenantId: r['tenant_id'],
      tenantName: r['tenant_name'],
    };
  }
}
