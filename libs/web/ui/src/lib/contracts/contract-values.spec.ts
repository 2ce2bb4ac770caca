import 'reflect-metadata'; // the contracts' DTO decorators need it when loaded outside Nest
import { AUDIT_ACTIONS, LOCALES, PHONE_PATTERN, ROLES } from '@lotse/shared/contracts';
import { AUDIT_ACTION_VALUES, LOCALE_VALUES, PHONE_PATTERN_VALUE, ROLE_VALUES } from './contract-values';

describe('client copies of contract values', () => {
  it('match the roles', () => expect([...ROLE_VALUES]).toEqual([...ROLES]));
  it('match the locales', () => expect([...LOCALE_VALUES]).toEqual([...LOCALES]));
  it('match the audit actions', () => expect([...AUDIT_ACTION_VALUES]).toEqual([...AUDIT_ACTIONS]));
  it('match the phone pattern', () => {
    expect(PHONE_PATTERN_VALUE.source).toBe(PHONE_PATTERN.source);
    expect(PHONE_PATTERN_VALUE.flags).toBe(PHONE_PATTERN.flags);
  });
});
