import { smallInstance } from '../testing/small-instances';
import { InstanceFormatError, parseInstance } from './validate';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutating raw JSON on purpose
type Raw = any;

function problemsOf(mutate: (i: Raw) => void): string[] {
  const inst = JSON.parse(JSON.stringify(smallInstance(3, 2, 3)));
  mutate(inst);
  try {
    parseInstance(inst);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(InstanceFormatError);
    return (e as InstanceFormatError).problems;
  }
}

describe('parseInstance', () => {
  it('accepts a valid instance', () => {
    expect(problemsOf(() => undefined)).toEqual([]);
  });

  it.each([
    [(i: Raw) => (i.requests[0].schedule[0].from = '12:10'), 'requests[0].schedule[0].from: "12:10" is not on the 15-minute grid'],
    [(i: Raw) => (i.requests[0].schedule[0].to = '07:00'), 'requests[0].schedule[0].to'],
    [(i: Raw) => (i.requests[0].schedule[0].day = 7), 'requests[0].schedule[0].day: 7 is outside 0 … 6'],
    [(i: Raw) => (i.format = 'x'), 'format: expected "lotse-matching/1"'],
    [(i: Raw) => delete i.requests[0].entitled, 'requests[0].entitled: is missing'],
    [(i: Raw) => (i.requests[0].start = '2027-02-30'), 'requests[0].start: expected a date "YYYY-MM-DD", got "2027-02-30"'],
    [(i: Raw) => (i.childminders[0].lat = 'north'), 'childminders[0].lat: expected a number'],
    [(i: Raw) => (i.childminders[0].siteId = 'nope'), 'childminders[0].siteId: unknown site "nope"'],
    [(i: Raw) => (i.childminders[0].maxPresent = 2.5), 'childminders[0].maxPresent: expected a whole number'],
    [(i: Raw) => i.requests.push({ ...i.requests[0] }), 'duplicate request id'],
    [(i: Raw) => (i.requests[0].requestedAt = 'yesterday'), 'requests[0].requestedAt: expected an ISO date-time'],
    [(i: Raw) => (i.childminders = {}), 'childminders: expected an array'],
  ])('names the field: %#', (mutate, message) => {
    const problems = problemsOf(mutate);
    expect(problems.join('\n')).toContain(message);
  });

  it('rejects something that is not an object', () => {
    expect(() => parseInstance([])).toThrow(InstanceFormatError);
  });
});
