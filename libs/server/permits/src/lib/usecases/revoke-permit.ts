import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RevokePermitDto } from '@lotse/shared/contracts';
import type { RequestUser } from '@lotse/server/core';
import { DataSource } from 'typeorm';
import { Permit } from '../entities';
import { PermitLifecycle } from '../lifecycle/permit-lifecycle';
import { PermitAccess } from '../shared/permit-access';

/** Revokes an issued permit (reason and date required; PermitLifecycle: 409 unless issued, the holder is paused). */
@Injectable()
export class RevokePermit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PermitAccess,
    private readonly lifecycle: PermitLifecycle,
  ) {}

  async execute(actor: RequestUser, id: string, dto: RevokePermitDto): Promise<{ id: string }> {
    return this.dataSource.transaction(async (m) => {
      const p = await m.getRepository(Permit).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!p || p.tenantId !== actor.tenantId) return this.access.denied(actor, 'permit', id, p ? 'other tenant' : 'unknown');
      await this.lifecycle.revoke(m, actor, p, { effectiveOn: dto.effectiveOn, reason: dto.reason });
      return { id: p.id };
    });
  }
}
