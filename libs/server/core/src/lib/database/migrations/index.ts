import { Foundation1764000000000 } from './1764000000000-foundation';
import { Childminders1764100000000 } from './1764100000000-childminders';
import { Permits1764200000000 } from './1764200000000-permits';
import { WithdrawAndCorrect1764300000000 } from './1764300000000-withdraw-and-correct';
import { PasswordReset1764400000000 } from './1764400000000-password-reset';
import { PrivacyNotice1764500000000 } from './1764500000000-privacy-notice';
import { DocumentContent1764610000000 } from './1764610000000-document-content';
import { OneTimeLinks1764650000000 } from './1764650000000-one-time-links';
import { AuditNoTruncate1764660000000 } from './1764660000000-audit-no-truncate';
import { PermitRules1764700000000 } from './1764700000000-permit-rules';
import { QualificationVariant1764700000001 } from './1764700000001-qualification-variant';
import { RecheckTasks1764700000002 } from './1764700000002-recheck-tasks';
import { HouseholdMemberLeft1764700000003 } from './1764700000003-household-member-left';
import { CareAndPlacements1764800000000 } from './1764800000000-care-and-placements';
import { Appointments1765100000000 } from './1765100000000-appointments';
import { InquiriesAndRota1765200000000 } from './1765200000000-inquiries-and-rota';
import { MatchingDataVersion1765300000000 } from './1765300000000-matching-data-version';
import { ReferralGuide1765500000000 } from './1765500000000-referral-guide';
import { StaffRole1765600000000 } from './1765600000000-staff-role';

/** Ordered list of all migrations (explicit, because the apps are bundled by webpack). */
export const MIGRATIONS = [
  Foundation1764000000000,
  Childminders1764100000000,
  Permits1764200000000,
  WithdrawAndCorrect1764300000000,
  PasswordReset1764400000000,
  PrivacyNotice1764500000000,
  DocumentContent1764610000000,
  OneTimeLinks1764650000000,
  AuditNoTruncate1764660000000,
  PermitRules1764700000000,
  QualificationVariant1764700000001,
  RecheckTasks1764700000002,
  HouseholdMemberLeft1764700000003,
  CareAndPlacements1764800000000,
  Appointments1765100000000,
  InquiriesAndRota1765200000000,
  MatchingDataVersion1765300000000,
  ReferralGuide1765500000000,
  StaffRole1765600000000,
];
