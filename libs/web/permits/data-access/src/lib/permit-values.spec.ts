import 'reflect-metadata'; // the contracts' DTO decorators need it when loaded outside Nest
import {
  APPLICATION_KINDS,
  APPLICATION_STATUSES,
  CHECK_KINDS,
  CRITERIA,
  DECISIONS,
  FINDING_RATINGS,
  PERMIT_STATUSES,
  RECOMMENDATIONS,
} from '@lotse/shared/contracts';
import { DEFAULT_PERMIT_SETTINGS } from '@lotse/shared/domain';
import {
  APPLICATION_KIND_VALUES,
  APPLICATION_STATUS_VALUES,
  CHECK_KIND_VALUES,
  CRITERION_VALUES,
  DECISION_VALUES,
  FINDING_RATING_VALUES,
  PERMIT_MAX_CHILDREN,
  PERMIT_STATUS_VALUES,
  RECOMMENDATION_VALUES,
} from './permit-values';

describe('client copies of the permit values', () => {
  it.each([
    ['permit statuses', PERMIT_STATUS_VALUES, PERMIT_STATUSES],
    ['application kinds', APPLICATION_KIND_VALUES, APPLICATION_KINDS],
    ['application statuses', APPLICATION_STATUS_VALUES, APPLICATION_STATUSES],
    ['check kinds', CHECK_KIND_VALUES, CHECK_KINDS],
    ['criteria', CRITERION_VALUES, CRITERIA],
    ['finding ratings', FINDING_RATING_VALUES, FINDING_RATINGS],
    ['recommendations', RECOMMENDATION_VALUES, RECOMMENDATIONS],
    ['decisions', DECISION_VALUES, DECISIONS],
  ])('match the %s', (_name, copy, original) => expect([...copy]).toEqual([...original]));

  it('match the default maximum number of children', () => expect(PERMIT_MAX_CHILDREN).toBe(DEFAULT_PERMIT_SETTINGS.maxChildren));
});
