import type { CareRequestStatus } from '@lotse/shared/contracts';
import { CARE_REQUEST_SORT_KEYS, CARE_REQUEST_STATUSES } from '@lotse/shared/contracts/values';
import type { CareRequestQuery } from '@lotse/web/placements/data-access';
import { listField, type ListValueOf } from '@lotse/web/ui';

/** Without a status filter the queue shows the open requests. */
export const DEFAULT_STATUSES: CareRequestStatus[] = ['submitted', 'in_review', 'proposal'];

/** The queue's URL state: a shared or reloaded link shows the same queue. Unknown values fall back to defaults. */
export const REQUEST_QUEUE_STATE = {
  fields: {
    status: listField.choices(CARE_REQUEST_STATUSES, DEFAULT_STATUSES),
    district: listField.optionalText(),
    ageFromMonths: listField.int({ max: 168, param: 'ageFrom' }),
    ageToMonths: listField.int({ max: 168, param: 'ageTo' }),
    startMonth: listField.optionalText({ pattern: /^\d{4}-(0[1-9]|1[0-2])$/ }),
    entitled: listField.choice(['true', 'false'] as const),
    sort: listField.choice(CARE_REQUEST_SORT_KEYS, 'priority', { filter: false }),
    order: listField.choice(['asc', 'desc'] as const, 'asc', { filter: false }),
  },
};

export type QueueState = ListValueOf<typeof REQUEST_QUEUE_STATE>;

export function queueQuery(s: QueueState): CareRequestQuery {
  return { ...s };
}
