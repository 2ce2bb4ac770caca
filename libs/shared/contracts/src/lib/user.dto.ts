import { IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsNewPassword } from './auth.dto';
import { PageQueryDto } from './pagination';
import { de, PHONE_PATTERN } from './messages';
import { LOCALES, OFFICE_ROLES, type Locale, type OfficeRole, type Role } from './roles';

export interface UserDto {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  role: Role;
  locale: Locale;
  active: boolean;
  createdAt: string;
  version: number;
}

/** An admin creates accounts for staff and, on request, for childminders and parents. */
export class CreateUserDto {
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  firstName!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  lastName!: string;

  @IsOptional()
  @IsString({ message: de.text })
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone?: string;

  @IsIn(OFFICE_ROLES, { message: de.oneOf(OFFICE_ROLES) })
  role!: OfficeRole;

  @IsNewPassword()
  password!: string;
}

/** What a user may change about themselves. `version` guards against lost updates. */
export class UpdateProfileDto {
  @IsOptional()
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  firstName?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(100, { message: de.tooLong(100) })
  lastName?: string;

  @IsOptional()
  @IsString({ message: de.text })
  @Matches(PHONE_PATTERN, { message: de.phone })
  phone?: string;

  @IsOptional()
  @IsIn(LOCALES, { message: de.oneOf(LOCALES) })
  locale?: Locale;

  /** The version the client last read; a mismatch gives 409 instead of overwriting. */
  @IsOptional()
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  version?: number;
}

export class UsersQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(OFFICE_ROLES, { message: de.oneOf(OFFICE_ROLES) })
  role?: OfficeRole;
}
