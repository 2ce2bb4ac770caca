import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { de } from './messages';
import { LOCALES, type Locale, type Role } from './roles';

export class LoginDto {
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(200, { message: de.tooLong(200) })
  password!: string;
}

export class ChangePasswordDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(200, { message: de.tooLong(200) })
  currentPassword!: string;

  @IsString({ message: de.text })
  @MinLength(12, { message: de.password })
  @MaxLength(200, { message: de.tooLong(200) })
  newPassword!: string;
}

export class SetLocaleDto {
  @IsOptional()
  @IsIn(LOCALES, { message: de.oneOf(LOCALES) })
  locale?: Locale;
}

/** What the client knows about the signed-in user. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  tenantId: string;
  tenantName: string;
  locale: Locale;
}
