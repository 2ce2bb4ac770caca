import { DEFAULT_PERMIT_SETTINGS } from '@lotse/shared/domain';
import { CRITERION_VALUES, PERMIT_MAX_CHILDREN } from './permit-values';

describe('permit values of the client', () => {
  it('allow at most the NRW default number of children', () => expect(PERMIT_MAX_CHILDREN).toBe(DEFAULT_PERMIT_SETTINGS.maxChildren));
  it('list the criteria in the order of the form', () =>
    expect([...CRITERION_VALUES]).toEqual(['personality', 'expertise', 'cooperation', 'rooms']));
});
