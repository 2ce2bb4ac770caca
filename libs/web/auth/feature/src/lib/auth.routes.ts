import type { Route } from '@angular/router';
import { LoginPage } from './login/login.page';
import { ProfilePage } from './profile/profile.page';

/** Mounted at `/login` (signed-out users only). */
export const loginRoutes: Route[] = [{ path: '', component: LoginPage, title: 'auth.login.title' }];

/** Mounted at `/profile` (every role). */
export const profileRoutes: Route[] = [{ path: '', component: ProfilePage, title: 'profile.title' }];
