// The office's contact data and the mail footer come from @lotse/server/office (the one reader of tenant settings).
import { OfficeSettings } from '@lotse/server/office';
export { mailFooter, type Office } from '@lotse/server/office';

export const loadOffice = OfficeSettings.office;
