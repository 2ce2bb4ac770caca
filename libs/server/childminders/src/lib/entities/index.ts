import { Childminder } from './childminder.entity';
import { EvidenceDocument } from './evidence-document.entity';
import { EvidenceItem } from './evidence-item.entity';
import { EvidenceRuleEntity } from './evidence-rule.entity';

export { Childminder, EvidenceDocument, EvidenceItem, EvidenceRuleEntity };
export { toDomainRule } from './evidence-rule.entity';

/** Entities with a class; the timeline and reminders tables are written with plain SQL. */
export const CHILDMINDER_ENTITIES = [Childminder, EvidenceItem, EvidenceRuleEntity, EvidenceDocument];
