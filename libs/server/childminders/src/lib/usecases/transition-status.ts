import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildminderProfileDto, ChildminderStatus } from '@lotse/shared/contracts';
import { apiError, type RequestUser, allows } from '@lotse/server/core';
import { DataSource } from 'typeorm';
import { ChildminderLifecycle } from '../lifecycle/childminder-lifecycle';
import { ChildminderAccess } from '../shared/childminder-access.service';
import { toProfileDto } from '../shared/mappers';

const STALE = 'Die Daten wurden inzwischen geändert. Bitte laden Sie neu.';

/**
 * Explicit status changes along the path (POST /api/childminders/:id/transitions). Advisors move
 * files; a childminder may only hand in her application (interested → applicant). The change
 * itself (transition table, `active` only with a valid permit, timeline, audit, the consequences
 * of ending a file) is ChildminderLifecycle's.
 */
@Injectable()
export class TransitionStatus {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildminderAccess,
    private readonly lifecycle: ChildminderLifecycle,
  ) {}

  async execute(
    actor: RequestUser,
    id: string | 'me',
    input: { to: ChildminderStatus; note?: string; version?: number },
  ): Promise<ChildminderProfileDto> {
    return this.dataSource.transaction(async (m) => {
      const cm =
        id === 'me'
          ? await this.access.own(actor, { manager: m, lock: true })
          : await this.access.load(actor, id, { manager: m, lock: true });
      // Her own step from interested to applicant is the one transition without the action's grant
      // (the only route to it is her own `/me/application`); from any other status it is a conflict.
      if (!allows(actor, 'childminder.transition') && !(cm.status === 'interested' && input.to === 'applicant')) {
        throw apiError(409, 'Ihre Bewerbung liegt bereits vor. Den Status ändert jetzt die Fachberatung.');
      }
      if (input.version !== undefined && input.version !== cm.version) throw apiError(409, STALE);
      await this.lifecycle.apply(m, actor, cm, { to: input.to, note: input.note });
      return toProfileDto(cm);
    });
  }
}
