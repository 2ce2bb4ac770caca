export * from './lib/childminders.routes';
// Shared with the parents' registration (placements): the public office and its privacy notice.
export { registrationOfficeResource } from './lib/shared/registration-office';
export { PrivacyNoticeDialog } from './lib/register/privacy-notice.dialog';
