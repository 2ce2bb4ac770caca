export * from './lib/auth.routes';
// The one new-password field (policy, show toggle, repetition), shared with the parents' registration.
export { NewPasswordFieldsComponent, newPasswordControls, type NewPasswordControls } from './lib/password-fields/new-password-fields';
