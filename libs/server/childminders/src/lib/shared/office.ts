// The footer helpers moved to @lotse/server/core so that mails of other domains (e.g. password reset) use them too.
export { loadOffice, mailFooter, type Office } from '@lotse/server/core';
