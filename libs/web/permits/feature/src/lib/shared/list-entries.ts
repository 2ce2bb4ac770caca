/** Why a new entry of a text list (persons, rooms, conditions) was not added. */
export type EntryProblem = 'empty' | 'duplicate' | 'tooMany' | 'tooLong';

export interface EntryLimits {
  max: number;
  maxLength: number;
}

/**
 * Adds a trimmed entry to a list of short texts, the way the DTOs accept them (`@ArrayMaxSize`,
 * `@MaxLength(each)`, no empty entries). Returns the new list, or the problem and the list unchanged.
 * Duplicates are refused case-insensitively (the same room twice says nothing new).
 */
export function addEntry(list: readonly string[], text: string, limits: EntryLimits): { list: string[]; problem: EntryProblem | null } {
  const entry = text.replace(/\s+/g, ' ').trim();
  const unchanged = [...list];
  if (!entry) return { list: unchanged, problem: 'empty' };
  if (entry.length > limits.maxLength) return { list: unchanged, problem: 'tooLong' };
  if (list.some((e) => e.toLocaleLowerCase('de') === entry.toLocaleLowerCase('de'))) return { list: unchanged, problem: 'duplicate' };
  if (list.length >= limits.max) return { list: unchanged, problem: 'tooMany' };
  return { list: [...list, entry], problem: null };
}

export function removeEntry(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}
