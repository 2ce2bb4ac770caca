import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { MeaslesProofStatus } from './care-values';
import { de } from './messages';

/** A child registered by its parent. Sensitive (DSGVO): every read is audited. */
export interface ChildDto {
  id: string;
  parentId: string;
  /** The parent's name (lists and reads of staff and of the parent herself). */
  parentName: string | null;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  notes: string | null;
  /** Proof of measles protection (§20 Abs. 8 IfSG): missing, declared by the parents, recorded by staff. */
  measlesProof: MeaslesProofStatus;
  measlesProofRecordedAt: string | null;
  createdAt: string;
  version: number;
}

export class CreateChildDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  firstName!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  lastName!: string;

  /** ISO date (YYYY-MM-DD); not in the future (checked by the server). */
  @IsISO8601({ strict: true, strictSeparator: true }, { message: de.date })
  dateOfBirth!: string;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(2000, { message: de.tooLong(2000) })
  notes?: string;
}
