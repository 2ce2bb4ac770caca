import { FormControl } from '@angular/forms';
import { LotseValidators } from './validators';

describe('LotseValidators', () => {
  it.each(['', '02307 123456', '+49 2307 123-456', '0171/1234567', '(02307) 12345'.slice(1)])('accepts phone "%s"', (value) => {
    expect(LotseValidators.phone(new FormControl(value))).toBeNull();
  });

  it.each(['abc', '12', '0171 abc 123', '++49 123456'])('rejects phone "%s"', (value) => {
    expect(LotseValidators.phone(new FormControl(value))).toEqual({ phone: true });
  });

  it('rejects dates in the future but accepts today', () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(LotseValidators.notInFuture(new FormControl(tomorrow))).toEqual({ dateNotFuture: true });
    expect(LotseValidators.notInFuture(new FormControl(new Date()))).toBeNull();
    expect(LotseValidators.notInFuture(new FormControl(null))).toBeNull();
  });
});
