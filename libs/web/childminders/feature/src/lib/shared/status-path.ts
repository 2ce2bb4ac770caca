import type { ChildminderStatus } from '@lotse/shared/contracts';

/** The way to the permit as a sequence (paused and ended are side states, not steps). */
export const PATH_STEPS: readonly ChildminderStatus[] = ['interested', 'applicant', 'in_qualification', 'suitability_check', 'active'];

export type StepState = 'done' | 'current' | 'todo';

export interface PathStep {
  status: ChildminderStatus;
  state: StepState;
}

/**
 * Steps with their state for a status. `paused` sits after `active` (the permit was reached);
 * `ended` marks nothing as current: the path stopped where it was.
 */
export function pathSteps(status: ChildminderStatus): PathStep[] {
  const reached = status === 'paused' ? PATH_STEPS.length : PATH_STEPS.indexOf(status);
  return PATH_STEPS.map((s, i) => ({
    status: s,
    state: status === 'ended' ? 'todo' : i < reached ? 'done' : i === reached ? 'current' : 'todo',
  }));
}
