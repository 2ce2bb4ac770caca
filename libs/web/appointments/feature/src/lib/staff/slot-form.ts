import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { CreateSlotDto, CreateSlotSeriesDto } from '@lotse/shared/contracts';
import { SLOT_MAX_MINUTES, SLOT_MIN_MINUTES } from '@lotse/shared/contracts/values';

const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** The staff form for one slot or a series (times in Europe/Berlin as entered). */
export function createSlotForm(fb: NonNullableFormBuilder, date: string) {
  return fb.group({
    mode: fb.control<'single' | 'series'>('single'),
    date: [date, Validators.required],
    fromDate: [date, Validators.required],
    toDate: [date, Validators.required],
    weekdays: fb.control<number[]>([]),
    from: ['09:00', [Validators.required, Validators.pattern(HH_MM)]],
    to: ['12:00', [Validators.required, Validators.pattern(HH_MM)]],
    durationMinutes: [30, [Validators.required, Validators.min(SLOT_MIN_MINUTES), Validators.max(SLOT_MAX_MINUTES)]],
    location: ['', Validators.maxLength(200)],
    byPhone: [false],
  });
}

export type SlotForm = ReturnType<typeof createSlotForm>;

export function toCreateSlotDto(f: SlotForm): CreateSlotDto {
  const v = f.getRawValue();
  return {
    date: v.date,
    from: v.from,
    durationMinutes: Number(v.durationMinutes),
    location: v.location.trim() || undefined,
    byPhone: v.byPhone,
  };
}

export function toCreateSeriesDto(f: SlotForm): CreateSlotSeriesDto {
  const v = f.getRawValue();
  return {
    fromDate: v.fromDate,
    toDate: v.toDate,
    weekdays: [...v.weekdays].sort(),
    from: v.from,
    to: v.to,
    durationMinutes: Number(v.durationMinutes),
    location: v.location.trim() || undefined,
    byPhone: v.byPhone,
  };
}
