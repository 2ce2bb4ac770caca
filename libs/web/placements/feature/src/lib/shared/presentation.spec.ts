import { CARE_REQUEST_STATUSES, PLACEMENT_STATES, PROPOSAL_STATUSES, VACANCY_STATES } from '@lotse/shared/contracts/values';
import {
  ageParts,
  placementStateBadge,
  proposalStatusBadge,
  requestStatusBadge,
  scheduleText,
  vacancyStateBadge,
  weekdayName,
} from './presentation';

describe('presentation', () => {
  it('has an icon, a text and a tone for every status (never colour alone)', () => {
    for (const s of CARE_REQUEST_STATUSES) expect(requestStatusBadge(s).labelKey).toBe(`placements.requestStatus.${s}`);
    for (const s of PROPOSAL_STATUSES) expect(proposalStatusBadge(s).icon).toBeTruthy();
    for (const s of PLACEMENT_STATES) expect(placementStateBadge(s).labelKey).toBe(`placements.placementState.${s}`);
    for (const s of VACANCY_STATES) expect(vacancyStateBadge(s).labelKey).toBe(`placements.vacancyState.${s}`);
    expect(requestStatusBadge('nonsense').labelKey).toBe('placements.common.unknown');
  });

  it('names weekdays and writes a schedule in reading order', () => {
    expect(weekdayName(1, 'de-DE')).toBe('Mo');
    expect(weekdayName(7, 'en-GB', 'long')).toBe('Sunday');
    expect(
      scheduleText(
        [
          { weekday: 2, from: '08:00', to: '12:00' },
          { weekday: 1, from: '13:00', to: '15:00' },
          { weekday: 1, from: '08:00', to: '12:00' },
        ],
        'de-DE',
      ),
    ).toBe('Mo 08:00–12:00, Mo 13:00–15:00, Di 08:00–12:00');
  });

  it('splits an age in months', () => {
    expect(ageParts(15)).toEqual({ years: 1, months: 3 });
  });
});
