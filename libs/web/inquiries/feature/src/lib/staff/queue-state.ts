import type { InquiryStatus } from '@lotse/shared/contracts';
import { HOUSE_SERVICES, INQUIRY_STATUSES } from '@lotse/shared/contracts/values';
import type { InquiryQuery } from '@lotse/web/inquiries/data-access';
import { listField, type ListValueOf } from '@lotse/web/ui';

export const DEFAULT_STATUSES: InquiryStatus[] = ['new', 'in_progress'];

/** The queue's URL state: a shared or reloaded link shows the same queue; unknown values fall back to defaults. */
export const INQUIRY_QUEUE_STATE = {
  fields: {
    status: listField.choices(INQUIRY_STATUSES, DEFAULT_STATUSES),
    service: listField.choice(HOUSE_SERVICES),
    overdue: listField.choice(['true', 'false'] as const),
    assignee: listField.optionalText({ pattern: /^(me|none|[0-9a-f-]{36})$/ }),
  },
};

export type InquiryQueueState = ListValueOf<typeof INQUIRY_QUEUE_STATE>;

export function inquiryQuery(s: InquiryQueueState): InquiryQuery {
  return { ...s };
}
