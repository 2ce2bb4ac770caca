import { Injectable } from '@nestjs/common';
import type { EvidenceChecklistDto, NextStepDto, PermitPathDto } from '@lotse/shared/contracts';
import { formatDe, nextStatuses, REAPPLY_FROM, STATUS_LABEL_DE, type ChildminderStatus } from '@lotse/shared/domain';
import type { Childminder } from '../entities';
import { OfficeDay } from '../shared/office-day';
import { PermitStatusPort } from '../shared/permit-status.port';
import { BuildChecklist } from './build-checklist';

const STATUS_STEPS: Record<ChildminderStatus, NextStepDto[]> = {
  interested: [
    {
      code: 'status.apply',
      text: 'Bewerbung einreichen und ein Informationsgespräch mit der Fachberatung vereinbaren.',
      evidenceType: null,
    },
  ],
  applicant: [
    {
      code: 'status.start_qualification',
      text: 'Mit der Qualifizierung (QHB) beginnen – die Fachberatung nennt Ihnen Kurse und Termine.',
      evidenceType: null,
    },
  ],
  in_qualification: [
    {
      code: 'status.finish_qualification',
      text: 'Den ersten Teil der Qualifizierung und die Praktika abschließen und die Nachweise einreichen.',
      evidenceType: null,
    },
  ],
  suitability_check: [
    {
      code: 'status.home_visit',
      text: 'Hausbesuch und Eignungsgespräch mit der Fachberatung; danach entscheidet sie über die Pflegeerlaubnis.',
      evidenceType: null,
    },
  ],
  active: [
    {
      code: 'status.report_changes',
      text: 'Wichtige Änderungen (Umzug, Änderungen im Haushalt, Krankheit, Ende der Betreuung) der Fachberatung melden (§ 43 Abs. 3 SGB VIII).',
      evidenceType: null,
    },
  ],
  paused: [{ code: 'status.resume', text: 'Die Wiederaufnahme der Tätigkeit mit der Fachberatung abstimmen.', evidenceType: null }],
  ended: [],
};

/** Evidence steps from a checklist: what is missing, expired, expiring, or was rejected. */
export function evidenceSteps(checklist: EvidenceChecklistDto): NextStepDto[] {
  const steps: NextStepDto[] = [];
  for (const e of checklist.entries) {
    const who = e.personName ? ` (${e.personName})` : '';
    const goodConduct = e.type === 'good_conduct';
    const how = goodConduct
      ? ' Bitte das erweiterte Führungszeugnis beantragen und im Original bei der Fachberatung vorlegen (nicht hochladen).'
      : '';
    if (e.status === 'missing' && (e.rule.mandatory || e.current)) {
      const units = e.rule.unitsRequired ? ` (mindestens ${e.rule.unitsRequired} UE)` : '';
      const why = e.current && e.reason ? ` ${e.reason}` : '';
      steps.push({ code: `evidence.${e.type}`, text: `${e.label}${who} nachweisen${units}.${why}${how}`, evidenceType: e.type });
    } else if (e.status === 'expired' && e.expiresOn) {
      steps.push({
        code: `evidence.${e.type}`,
        text: `${e.label}${who} erneuern – abgelaufen am ${formatDe(e.expiresOn)}.${how}`,
        evidenceType: e.type,
      });
    } else if (e.status === 'expiring' && e.expiresOn) {
      steps.push({
        code: `evidence.${e.type}`,
        text: `${e.label}${who} rechtzeitig erneuern – gültig bis ${formatDe(e.expiresOn)}.${how}`,
        evidenceType: e.type,
      });
    }
    for (const d of e.documents.filter((x) => x.status === 'rejected')) {
      steps.push({
        code: 'document.rejected',
        text: `Dokument „${d.filename}“ (${e.label}) wurde abgelehnt: ${d.reviewReason ?? ''} Bitte ein neues Dokument hochladen.`,
        evidenceType: e.type,
      });
    }
  }
  return steps;
}

const APPLY_AGAIN: NextStepDto = {
  code: 'status.apply_again',
  text: 'Sie haben keine gültige Pflegeerlaubnis (abgelaufen, widerrufen oder mit dem Ende Ihrer Akte beendet). Sie können einen neuen Antrag auf Pflegeerlaubnis stellen; die Fachberatung prüft Ihre Eignung dann erneut (Hausbesuch und Gespräch).',
  evidenceType: null,
};

/** Status on the way to the permit, and the next steps, for the childminder and the advisor. */
@Injectable()
export class PermitPath {
  constructor(
    private readonly checklist: BuildChecklist,
    private readonly permits: PermitStatusPort,
    private readonly day: OfficeDay,
  ) {}

  async execute(cm: Childminder): Promise<PermitPathDto> {
    const checklist = await this.checklist.execute(cm);
    // Paused without a valid permit (lapsed, revoked) or ended: the way back is a new application.
    const canApplyAgain =
      (REAPPLY_FROM as readonly string[]).includes(cm.status) && !(await this.permits.hasValidPermit(cm.tenantId, cm.id, this.day.today()));
    const steps =
      cm.status === 'ended'
        ? canApplyAgain
          ? [APPLY_AGAIN]
          : []
        : [...(canApplyAgain ? [APPLY_AGAIN] : STATUS_STEPS[cm.status]), ...evidenceSteps(checklist)];
    return {
      childminderId: cm.id,
      status: cm.status,
      statusLabel: STATUS_LABEL_DE[cm.status],
      nextStatuses: [...nextStatuses(cm.status)],
      evidenceComplete: checklist.complete,
      steps,
    };
  }
}
