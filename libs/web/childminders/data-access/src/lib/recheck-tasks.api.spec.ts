import type { TimelineEventDto } from '@lotse/shared/contracts';
import { reportsFromTimeline } from './recheck-tasks.api';

const ev = (id: string, type: string, occurredAt: string, details: Record<string, unknown>): TimelineEventDto =>
  ({ id, type, occurredAt, actor: null, summary: '', details }) as unknown as TimelineEventDto;

describe('reportsFromTimeline', () => {
  it('lists her reports newest first, closed when a recheck_closed event names the task; profile changes are left out', () => {
    const reports = reportsFromTimeline([
      ev('1', 'recheck_opened', '2026-03-01T10:00:00Z', { taskId: 't1', event: 'illness', source: 'report', description: 'Krank ab 2.3.' }),
      ev('2', 'recheck_opened', '2026-03-05T10:00:00Z', {
        taskId: 't2',
        event: 'move',
        source: 'profile_change',
        description: 'Neue Anschrift',
      }),
      ev('3', 'recheck_opened', '2026-03-07T10:00:00Z', { taskId: 't3', event: 'other', source: 'report', description: 'Anbau' }),
      ev('4', 'recheck_closed', '2026-03-08T10:00:00Z', { taskId: 't1', outcome: 'no_change_needed' }),
      ev('5', 'status_changed', '2026-03-09T10:00:00Z', { from: 'active', to: 'paused' }),
    ]);
    expect(reports).toEqual([
      { taskId: 't3', event: 'other', description: 'Anbau', reportedAt: '2026-03-07T10:00:00Z', closed: false },
      { taskId: 't1', event: 'illness', description: 'Krank ab 2.3.', reportedAt: '2026-03-01T10:00:00Z', closed: true },
    ]);
  });
});
