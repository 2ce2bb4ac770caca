export * from './lib/childminders.module';
export * from './lib/entities';
export { PermitStatusPort, NoPermitsYet } from './lib/shared/permit-status.port';
export {
  ChildminderLifecyclePort,
  type StatusActor,
  type StatusChangeRequest,
  type StatusChanged,
} from './lib/lifecycle/childminder-lifecycle.port';
export { EvidenceRulesService, seedEvidenceRules, toRuleDto } from './lib/shared/evidence-rules.service';
export { storedEvaluation, statusOf, personKey } from './lib/shared/evidence-evaluation';
export { refreshCurrent, refreshEvidenceSummary, refreshTenantEvidenceSummary } from './lib/shared/evidence-store';
export { BuildChecklist } from './lib/usecases/build-checklist';
export { ScanReminders, reminderMail } from './lib/usecases/scan-reminders';
export { PurgeGoodConduct, purgeGoodConduct } from './lib/usecases/purge-good-conduct';
export { ListChildminders } from './lib/usecases/list-childminders';
export { TransitionStatus } from './lib/usecases/transition-status';
export { TimelineService } from './lib/shared/timeline.service';
export { EvidenceJobsProcessor } from './lib/jobs/evidence-jobs.processor';
