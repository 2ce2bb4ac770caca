import { type RequestUser } from '@lotse/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildminderProfileDto, SetQualificationVariantDto } from '@lotse/shared/contracts';
import { AuditService } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { Childminder } from '../entities';
import { ChildminderAccess } from '../shared/childminder-access.service';
import { EvidenceRulesService } from '../shared/evidence-rules.service';
import { refreshEvidenceSummary } from '../shared/evidence-store';
import { toProfileDto } from '../shared/mappers';
import { OfficeDay } from '../shared/office-day';
import { recomputeFileItems } from '../shared/person-evaluation';
import { TimelineService } from '../shared/timeline.service';

/**
 * The advisor records which qualification applies to her (standard QHB, pedagogical professional
 * 80 UE, older DJI curriculum) with a reason. Her qualification items are evaluated again at once,
 * in the same transaction, so checklist, list and permit decision follow.
 */
@Injectable()
export class SetQualificationVariant {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly rules: EvidenceRulesService,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly day: OfficeDay,
  ) {}

  async execute(actor: RequestUser, id: string, dto: SetQualificationVariantDto): Promise<ChildminderProfileDto> {
    await this.access.require(actor, 'childminder.qualify', 'Die Qualifizierung legt die Fachberatung fest.');
    return this.dataSource.transaction(async (m) => {
      const cm = await this.access.load(actor, id, { manager: m, lock: true, action: 'childminder.qualify' });
      const from = cm.qualificationVariant;
      cm.qualificationVariant = dto.variant;
      cm.qualificationVariantReason = dto.reason.trim();
      cm.qualificationVariantSetBy = actor.id;
      cm.qualificationVariantSetAt = this.day.now();
      const saved = await m.getRepository(Childminder).save(cm);
      const { rule } = await this.rules.one(cm.tenantId, 'qualification_course', m);
      await recomputeFileItems(m, cm.id, rule, dto.variant);
      await refreshEvidenceSummary(m, [cm.id]);
      await this.timeline.record(m, {
        tenantId: cm.tenantId,
        childminderId: cm.id,
        actorId: actor.id,
        type: 'qualification_variant_set',
        details: { from, to: dto.variant, reason: cm.qualificationVariantReason },
      });
      await this.audit.record(
        {
          action: 'childminder.qualification_variant',
          actor,
          targetType: 'childminder',
          targetId: cm.id,
          details: { from, to: dto.variant },
        },
        m,
      );
      return toProfileDto(saved);
    });
  }
}
