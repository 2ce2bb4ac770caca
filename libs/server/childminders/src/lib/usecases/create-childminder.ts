import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildminderProfileDto, CreateChildminderDto } from '@lotse/shared/contracts';
import { type RequestUser } from '@lotse/server/core';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { Childminder } from '../entities';
import { toProfileDto } from '../shared/mappers';
import { OfficeDay } from '../shared/office-day';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { TimelineService } from '../shared/timeline.service';
import { openingState } from '../lifecycle/childminder-lifecycle';
import { applyProfile, blankProfile, checkIdentity, tenantDistricts } from './profile-input';

/** An advisor opens a file for a person without an account (status `interested`). */
@Injectable()
export class CreateChildminder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
    private readonly rules: EvidenceRulesService,
  ) {}

  async execute(actor: RequestUser, dto: CreateChildminderDto): Promise<ChildminderProfileDto> {
    checkIdentity(dto, await tenantDistricts(this.dataSource.manager, actor.tenantId), this.day.today());
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Childminder);
      const cm = repo.create({
        ...blankProfile(),
        tenantId: actor.tenantId,
        userId: null,
        createdBy: actor.id,
        ...openingState(this.day.now()),
      });
      applyProfile(cm, { ...dto, email: dto.email ?? undefined });
      const saved = await repo.save(cm);
      await this.rules.ensure(saved.tenantId, m);
      await refreshEvidenceSummary(m, [saved.id]);
      await this.timeline.record(m, { tenantId: actor.tenantId, childminderId: saved.id, actorId: actor.id, type: 'created' });
      await this.audit.record({ action: 'childminder.create', actor, targetType: 'childminder', targetId: saved.id }, m);
      return toProfileDto(saved);
    });
  }
}
