import { addEntry, removeEntry } from './list-entries';

const limits = { max: 3, maxLength: 20 };

describe('text list entries (persons, rooms, conditions)', () => {
  it('adds trimmed entries with single spaces', () => {
    expect(addEntry([], '  Spielzimmer   (EG) ', limits)).toEqual({ list: ['Spielzimmer (EG)'], problem: null });
  });

  it('refuses empty, duplicate (any case), too long and too many entries, leaving the list as it was', () => {
    const list = ['Küche', 'Bad'];
    expect(addEntry(list, '   ', limits)).toEqual({ list, problem: 'empty' });
    expect(addEntry(list, 'KÜCHE', limits)).toEqual({ list, problem: 'duplicate' });
    expect(addEntry(list, 'x'.repeat(21), limits)).toEqual({ list, problem: 'tooLong' });
    expect(addEntry(['a', 'b', 'c'], 'd', limits)).toEqual({ list: ['a', 'b', 'c'], problem: 'tooMany' });
  });

  it('removes by position', () => {
    expect(removeEntry(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeEntry(['a'], 5)).toEqual(['a']);
  });
});
