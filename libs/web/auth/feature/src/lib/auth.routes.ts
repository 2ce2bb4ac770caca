import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ConfirmEmailPage } from './account-email/confirm-email.page';
import { VerifyEmailPage } from './account-email/verify-email.page';
import { ForgotPasswordPage } from './forgot-password/forgot-password.page';
import { LoginPage } from './login/login.page';
import { ProfilePage } from './profile/profile.page';
import { ResetPasswordPage } from './reset-password/reset-password.page';

/** Mounted at `/login` (signed-out users only). `?returnUrl=` is bound to the page's input. */
export const loginRoutes: Route[] = [{ path: '', providers: provideLotseMaterial(), component: LoginPage, title: 'auth.login.title' }];

/** Mounted at `/forgot-password` (signed-out users only). `?email=` prefills the field. */
export const forgotPasswordRoutes: Route[] = [
  { path: '', providers: provideLotseMaterial(), component: ForgotPasswordPage, title: 'auth.forgot.title' },
];

/** Mounted at `/reset-password` (signed-out users only): the link from the reset mail, `?token=`. */
export const resetPasswordRoutes: Route[] = [
  { path: '', providers: provideLotseMaterial(), component: ResetPasswordPage, title: 'auth.reset.title' },
];

/** Mounted at `/profile` (every role). */
export const profileRoutes: Route[] = [{ path: '', providers: provideLotseMaterial(), component: ProfilePage, title: 'profile.title' }];

/** Mounted at `/verify-email` (signed-out users only): the link in the welcome mail of a new account, `?token=`. */
export const verifyEmailRoutes: Route[] = [
  { path: '', providers: provideLotseMaterial(), component: VerifyEmailPage, title: 'auth.verify.title' },
];

/** Mounted at `/confirm-email` (signed in or not): the link sent to a new login e-mail, `?token=`. */
export const confirmEmailRoutes: Route[] = [
  { path: '', providers: provideLotseMaterial(), component: ConfirmEmailPage, title: 'auth.confirmEmail.title' },
];
