import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { LoginPage } from './login/login.page';
import { ProfilePage } from './profile/profile.page';

/** Mounted at `/login` (signed-out users only). `?returnUrl=` is bound to the page's input. */
export const loginRoutes: Route[] = [
  { path: '', providers: provideLotseMaterial(), component: LoginPage, title: 'auth.login.title' },
];

/** Mounted at `/profile` (every role). */
export const profileRoutes: Route[] = [
  { path: '', providers: provideLotseMaterial(), component: ProfilePage, title: 'profile.title' },
];
