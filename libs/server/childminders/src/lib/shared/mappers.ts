import type { ChildminderProfileDto, EvidenceDocumentDto, EvidenceItemDto } from '@lotse/shared/contracts';
import type { StoredDocument } from '@lotse/server/documents';
import type { Childminder, EvidenceDocument, EvidenceItem } from '../entities';
import type { People } from './people';

export function toProfileDto(c: Childminder): ChildminderProfileDto {
  return {
    id: c.id,
    userId: c.userId,
    status: c.status,
    statusChangedAt: c.statusChangedAt.toISOString(),
    firstName: c.firstName,
    lastName: c.lastName,
    dateOfBirth: c.dateOfBirth,
    email: c.email,
    phone: c.phone,
    address: { street: c.street, postcode: c.postcode, city: c.city },
    district: c.district,
    careLocation: {
      type: c.careLocationType,
      siteName: c.careSiteName,
      address: c.careStreet && c.carePostcode && c.careCity ? { street: c.careStreet, postcode: c.carePostcode, city: c.careCity } : null,
    },
    languages: c.languages ?? [],
    pets: c.pets,
    smokingHousehold: c.smokingHousehold,
    nutrition: c.nutrition,
    pedagogicalFocus: c.pedagogicalFocus,
    agesAccepted: c.agesFromMonths !== null && c.agesToMonths !== null ? { fromMonths: c.agesFromMonths, toMonths: c.agesToMonths } : null,
    weeklyTimes: c.weeklyTimes ?? [],
    adultHouseholdMembers: c.adultHouseholdMembers ?? [],
    qualification: {
      variant: c.qualificationVariant ?? 'standard',
      reason: c.qualificationVariantReason ?? null,
      setAt: c.qualificationVariantSetAt?.toISOString() ?? null,
    },
    nextExpiry: c.nextExpiryOn,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

/** `verified`: checked by the office — recorded by staff, a document confirmed, or the original inspected. */
export function toItemDto(i: EvidenceItem, people: People, confirmedItemIds: ReadonlySet<string>): EvidenceItemDto {
  return {
    id: i.id,
    childminderId: i.childminderId,
    type: i.type,
    personName: i.personName,
    date: i.date,
    submittedOn: i.submittedOn,
    units: i.units,
    note: i.note,
    expiresOn: i.expiresOn,
    current: i.current,
    acceptable: i.acceptable,
    unacceptableReason: i.unacceptableReason,
    verified: i.checked || (i.recordedBy !== null && people.staff.has(i.recordedBy)) || confirmedItemIds.has(i.id),
    recordedBy: people.ref(i.recordedBy),
    recordedAt: i.createdAt.toISOString(),
    inspection:
      i.type === 'good_conduct' && i.inspectedAt
        ? {
            inspectedBy: people.ref(i.inspectedBy),
            inspectedAt: i.inspectedAt.toISOString(),
            relevantConviction: i.relevantConviction === true,
          }
        : null,
    version: i.version,
  };
}

export function toDocumentDto(
  link: EvidenceDocument,
  doc: StoredDocument,
  item: Pick<EvidenceItem, 'type'>,
  people: People,
): EvidenceDocumentDto {
  return {
    id: link.id,
    childminderId: link.childminderId,
    evidenceItemId: link.evidenceItemId,
    evidenceType: item.type,
    filename: doc.fileName,
    contentType: doc.contentType,
    sizeBytes: doc.sizeBytes,
    sha256: doc.sha256,
    uploadedBy: people.ref(link.uploadedBy),
    uploadedAt: link.createdAt.toISOString(),
    status: link.status,
    reviewReason: link.reviewReason,
    reviewedBy: people.ref(link.reviewedBy),
    reviewedAt: link.reviewedAt ? link.reviewedAt.toISOString() : null,
    version: link.version,
  };
}
