import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { de } from './messages';
import { LOCALES, type Locale, type Role } from './roles';
import { PASSWORD_RULES } from './password-rules';

export class LoginDto {
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(200, { message: de.tooLong(200) })
  password!: string;
}

export { PASSWORD_RULES } from './password-rules';

/** Validates a new password against PASSWORD_RULES, with the German messages. */
export function IsNewPassword(): PropertyDecorator {
  return (target, key) => {
    IsString({ message: de.text })(target, key);
    MinLength(PASSWORD_RULES.minLength, { message: de.password })(target, key);
    MaxLength(PASSWORD_RULES.maxLength, { message: de.tooLong(PASSWORD_RULES.maxLength) })(target, key);
  };
}

export class ChangePasswordDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(200, { message: de.tooLong(200) })
  currentPassword!: string;

  @IsNewPassword()
  newPassword!: string;
}

/** "Passwort vergessen": asks for a reset link. The answer is the same whether or not the account exists. */
export class RequestPasswordResetDto {
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email!: string;
}

/** Sets a new password with the token from the reset link. */
export class ResetPasswordDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(200, { message: de.tooLong(200) })
  token!: string;

  @IsNewPassword()
  password!: string;
}

/** The neutral answer to a reset request (202). */
export interface PasswordResetRequestedDto {
  message: string;
}

/** A neutral answer (202) that tells nobody whether an account exists: registration, resending a link, e-mail change. */
export interface AcceptedMessageDto {
  message: string;
}

/** A one-time link's token (e-mail verification, e-mail change). */
export class LinkTokenDto {
  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(200, { message: de.tooLong(200) })
  token!: string;
}

/** Asks for a new verification link. The answer is the same whether or not such an account exists. */
export class ResendVerificationDto {
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  email!: string;
}

/** The signed-in user changes her login e-mail; it takes effect when she opens the link sent to the new address. */
export class ChangeEmailDto {
  @IsEmail({}, { message: de.email })
  @MaxLength(254, { message: de.tooLong(254) })
  newEmail!: string;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: de.required })
  @MaxLength(200, { message: de.tooLong(200) })
  currentPassword!: string;
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
