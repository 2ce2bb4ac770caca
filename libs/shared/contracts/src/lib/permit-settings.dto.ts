import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { PermitSettings } from '@lotse/shared/domain';
import { de } from './messages';
import { PERMIT_SETTINGS_LIMITS } from './permit-settings-limits';
import { MaxLengthIfString } from './validators';

export { PERMIT_SETTINGS_LIMITS } from './permit-settings-limits';

const NON_BLANK = /\S/;
const NUMBER_PREFIX = /^[A-Z]{2,6}$/;

type FieldDecorator = (target: object, propertyName: string) => void;
const all =
  (...decorators: FieldDecorator[]): FieldDecorator =>
  (target, propertyName) =>
    decorators.forEach((d) => d(target, propertyName));

/** A whole number in [min, max]. */
const IntIn = (min: number, max: number) =>
  all(IsInt({ message: de.int }), Min(min, { message: de.min(min) }), Max(max, { message: de.max(max) }));

/** A required text: not blank, at most `max` characters. */
const RequiredText = (max: number) =>
  all(IsString({ message: de.text }), Matches(NON_BLANK, { message: de.required }), MaxLengthIfString(max, { message: de.tooLong(max) }));

/** `settings.permit` of the tenant ("Regeln"). Field errors read e.g. `settings.maxChildren`. */
export class PermitRulesDto implements PermitSettings {
  /** Prefix of permit numbers (KAM → KAM-2026-0042): 2–6 capital letters. */
  @IsString({ message: de.text })
  @Matches(NUMBER_PREFIX, { message: de.numberPrefix })
  numberPrefix!: string;

  /** Years a permit is valid (§ 43 Abs. 3 S. 4 SGB VIII: five). */
  @IntIn(1, PERMIT_SETTINGS_LIMITS.validityYears)
  validityYears!: number;

  /** Simultaneously present children a permit may allow (§ 43 Abs. 3 SGB VIII: five). */
  @IntIn(1, PERMIT_SETTINGS_LIMITS.maxChildren)
  maxChildren!: number;

  /** Großtagespflege: childminders per site (NRW: three). */
  @IntIn(1, PERMIT_SETTINGS_LIMITS.siteMaxChildminders)
  siteMaxChildminders!: number;

  /** Großtagespflege: children present at the site (NRW: nine). */
  @IntIn(1, PERMIT_SETTINGS_LIMITS.siteMaxChildren)
  siteMaxChildren!: number;

  /** A second advisor approves each permit before it is issued. */
  @IsBoolean({ message: de.boolean })
  fourEyes!: boolean;

  /** Months before expiry when holder and advisor are reminded: 1–3 different whole months, 1–12. */
  @IsArray({ message: de.list })
  @ArrayMinSize(1, { message: de.minItems(1) })
  @ArrayMaxSize(PERMIT_SETTINGS_LIMITS.reminderMonths.maxItems, { message: de.maxItems(PERMIT_SETTINGS_LIMITS.reminderMonths.maxItems) })
  @ArrayUnique({ message: de.distinct })
  @IsInt({ each: true, message: de.int })
  @Min(PERMIT_SETTINGS_LIMITS.reminderMonths.min, { each: true, message: de.min(PERMIT_SETTINGS_LIMITS.reminderMonths.min) })
  @Max(PERMIT_SETTINGS_LIMITS.reminderMonths.max, { each: true, message: de.max(PERMIT_SETTINGS_LIMITS.reminderMonths.max) })
  reminderMonthsBeforeExpiry!: number[];
}

/** `settings.permitTexts` ("Bescheidtexte"): printed on every permit issued from now on. */
export class PermitTextsDto {
  @RequiredText(4000)
  legalBasis!: string;

  /** The holder's duties to inform (§ 43 Abs. 3 S. 6 SGB VIII), one list item each. */
  @IsArray({ message: de.list })
  @ArrayMinSize(1, { message: de.minItems(1) })
  @ArrayMaxSize(PERMIT_SETTINGS_LIMITS.dutiesToInform, { message: de.maxItems(PERMIT_SETTINGS_LIMITS.dutiesToInform) })
  @IsString({ each: true, message: de.text })
  @Matches(NON_BLANK, { each: true, message: de.required })
  @MaxLengthIfString(500, { each: true, message: de.tooLong(500) })
  dutiesToInform!: string[];

  /** Rechtsbehelfsbelehrung: confirmed by the office's legal department. */
  @RequiredText(4000)
  legalRemedy!: string;

  @RequiredText(200)
  department!: string;

  @RequiredText(100)
  place!: string;

  @RequiredText(200)
  signatoryTitle!: string;
}

/**
 * PUT /api/admin/permit-settings (admins): replaces rules and letter texts at once (the letterhead is
 * the office's contact, edited on "Amtsdaten", PUT /api/admin/office). `version` is the one
 * last read; a stale one gives 409. Applies to decisions and permits issued afterwards; issued
 * permits keep their snapshot.
 */
export class UpdatePermitSettingsDto {
  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => PermitRulesDto)
  settings!: PermitRulesDto;

  @IsDefined({ message: de.required })
  @IsObject({ message: de.object })
  @ValidateNested()
  @Type(() => PermitTextsDto)
  texts!: PermitTextsDto;

  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version!: number;
}

/** GET /api/admin/permit-settings: the stored values with the defaults filled in; `office` is read-only here. */
export interface PermitSettingsDto {
  settings: PermitSettings;
  texts: {
    legalBasis: string;
    dutiesToInform: string[];
    legalRemedy: string;
    department: string;
    place: string;
    signatoryTitle: string;
  };
  office: { name: string; street: string; postcode: string; city: string; phone: string; email: string };
  /** The tenant's version: send it back with the change. */
  version: number;
  updatedAt: string;
}
