import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@lotse/shared/domain';
import { PermitStatusPort } from '@lotse/server/childminders';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { endPermitsOfFile } from '../lifecycle/permit-lifecycle';

/** Answers the childminder lifecycle's question: is there an issued permit valid on that day? */
@Injectable()
export class PermitStatusFromPermits extends PermitStatusPort {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async hasValidPermit(tenantId: string, childminderId: string, onDate: IsoDate, manager?: EntityManager): Promise<boolean> {
    const rows = await (manager ?? this.dataSource.manager).query(
      `SELECT 1 FROM permit WHERE tenant_id = $1 AND childminder_id = $2 AND status = 'issued' AND valid_from <= $3 AND valid_until >= $3 LIMIT 1`,
      [tenantId, childminderId, onDate],
    );
    return rows.length > 0;
  }

  /** Through the permit lifecycle's writer (drafts waiting for approval end too). */
  endPermits(m: EntityManager, tenantId: string, childminderId: string, onDate: IsoDate): Promise<string[]> {
    return endPermitsOfFile(m, tenantId, childminderId, onDate);
  }
}
