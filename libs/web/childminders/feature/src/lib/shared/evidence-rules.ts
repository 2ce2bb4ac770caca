import type { ChecklistEntryDto, EvidenceRuleDto } from '@lotse/shared/contracts';

/** May this viewer record an item of this entry? Advisors: all; childminders: what the server marks self-recordable. */
export function canRecord(entry: ChecklistEntryDto, role: 'advisor' | 'childminder'): boolean {
  return role === 'advisor' || entry.selfRecordable;
}

/** Documents go to the current item; never for the certificate of good conduct (§ 72a Abs. 5 SGB VIII). */
export function canUpload(entry: ChecklistEntryDto): boolean {
  return !!entry.current && entry.rule.uploadAllowed && entry.type !== 'good_conduct';
}

/**
 * May this viewer delete the current item? Advisors: any (with a reason); the childminder: only
 * while the advisory service has not confirmed it (`verified`: recorded by staff or a confirmed document).
 */
export function canDelete(entry: ChecklistEntryDto, role: 'advisor' | 'childminder'): boolean {
  return !!entry.current && (role === 'advisor' || !entry.current.verified);
}

export interface RuleFact {
  key: string;
  params?: Record<string, unknown>;
}

/** The rule in words: "mindestens 9 UE", "gilt 24 Monate", "bei Vorlage höchstens 92 Tage alt", "Pflicht". */
export function ruleFacts(rule: EvidenceRuleDto): RuleFact[] {
  const facts: RuleFact[] = [{ key: rule.mandatory ? 'evidence.rule.mandatory' : 'evidence.rule.optional' }];
  if (rule.appliesTo === 'born_after_1970') facts.push({ key: 'evidence.rule.born1970' });
  if (rule.unitsRequired !== null) facts.push({ key: 'evidence.rule.units', params: { units: rule.unitsRequired } });
  facts.push(
    rule.validityMonths !== null
      ? { key: 'evidence.rule.validity', params: { months: rule.validityMonths } }
      : { key: 'evidence.rule.once' },
  );
  if (rule.maxAgeMonthsAtSubmission !== null)
    facts.push({ key: 'evidence.rule.maxAge', params: { months: rule.maxAgeMonthsAtSubmission } });
  if (rule.perHouseholdMember) facts.push({ key: 'evidence.rule.household' });
  return facts;
}
