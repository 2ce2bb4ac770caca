import { Injectable } from '@nestjs/common';
import type {
  ChildminderProfileDto,
  EvidenceChecklistDto,
  Page,
  PermitPathDto,
  TimelineEventDto,
  TimelineQueryDto,
} from '@lotse/shared/contracts';
import type { RequestUser } from '@lotse/server/core';
import type { Childminder } from './entities';
import { ChildminderAccess } from './shared/childminder-access.service';
import { toProfileDto } from './shared/mappers';
import { TimelineService } from './shared/timeline.service';
import { BuildChecklist } from './usecases/build-checklist';
import { CreateChildminder } from './usecases/create-childminder';
import { ConfirmEvidenceItem } from './usecases/confirm-evidence-item';
import { SetQualificationVariant } from './usecases/set-qualification-variant';
import { RecheckTasks } from './usecases/recheck-tasks';
import { DeleteEvidenceItem } from './usecases/delete-evidence-item';
import { EvidenceDocuments } from './usecases/evidence-documents';
import { ListChildminders } from './usecases/list-childminders';
import { PermitPath } from './usecases/permit-path';
import { RecordEvidence } from './usecases/record-evidence';
import { TransitionStatus } from './usecases/transition-status';
import { UpdateProfile } from './usecases/update-profile';

/**
 * What the controllers call: the use cases, and the reads of one file (access check first, staff
 * reads audited). `id` is a file id, or 'me' for the signed-in childminder's own file.
 */
@Injectable()
export class ChildmindersFacade {
  constructor(
    private readonly access: ChildminderAccess,
    private readonly timelines: TimelineService,
    private readonly checklists: BuildChecklist,
    private readonly paths: PermitPath,
    readonly list: ListChildminders,
    readonly create: CreateChildminder,
    readonly update: UpdateProfile,
    readonly transition: TransitionStatus,
    readonly record: RecordEvidence,
    readonly deleteItem: DeleteEvidenceItem,
    readonly confirmItem: ConfirmEvidenceItem,
    readonly qualification: SetQualificationVariant,
    readonly rechecks: RecheckTasks,
    readonly documents: EvidenceDocuments,
  ) {}

  private async read(actor: RequestUser, id: string | 'me', view: string): Promise<Childminder> {
    const cm = id === 'me' ? await this.access.own(actor) : await this.access.load(actor, id);
    await this.access.auditRead(actor, cm, view);
    return cm;
  }

  async profile(actor: RequestUser, id: string | 'me'): Promise<ChildminderProfileDto> {
    return toProfileDto(await this.read(actor, id, 'profile'));
  }

  async checklist(actor: RequestUser, id: string | 'me'): Promise<EvidenceChecklistDto> {
    return this.checklists.execute(await this.read(actor, id, 'checklist'));
  }

  async path(actor: RequestUser, id: string | 'me'): Promise<PermitPathDto> {
    return this.paths.execute(await this.read(actor, id, 'path'));
  }

  async timeline(actor: RequestUser, id: string | 'me', q: TimelineQueryDto): Promise<Page<TimelineEventDto>> {
    const cm = await this.read(actor, id, 'timeline');
    return this.timelines.list(cm.id, q);
  }
}
