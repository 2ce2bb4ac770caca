import type { PrivacyNoticeDto } from '@lotse/shared/contracts';

/**
 * The privacy notice for the registration of a prospective childminder (Art. 13 DSGVO). Purposes,
 * legal basis, retention and rights are the same for every youth welfare office under SGB VIII;
 * controller and data protection officer are the office's own. A tenant's `settings.privacy`
 * overrides field by field; the office's data protection officer confirms the text before go-live.
 */
export const REGISTRATION_PRIVACY_TEXTS: Omit<PrivacyNoticeDto, 'controller' | 'dataProtectionOfficer'> = {
  purposes: [
    'Beratung und Begleitung von Personen, die als Tagespflegeperson tätig werden möchten oder tätig sind (§ 23 Abs. 4 SGB VIII).',
    'Prüfung der Eignung sowie Erteilung, Verlängerung und Änderung der Pflegeerlaubnis (§ 43 SGB VIII).',
    'Prüfung des Tätigkeitsausschlusses einschlägig vorbestrafter Personen (§ 72a SGB VIII): Das erweiterte Führungszeugnis wird nur eingesehen, nicht kopiert oder gespeichert. Festgehalten werden nur die Einsichtnahme, das Datum des Zeugnisses und ob eine einschlägige Verurteilung vorliegt.',
    'Vermittlung von Kindern in Kindertagespflege (§ 23 Abs. 1 SGB VIII) und Erinnerung an ablaufende Nachweise (z. B. Erste-Hilfe-Kurs).',
  ],
  legalBasis:
    'Art. 6 Abs. 1 lit. c und e DSGVO in Verbindung mit §§ 43, 72a SGB VIII; Ihre Daten werden nach § 62 SGB VIII bei Ihnen erhoben, soweit sie für diese Aufgaben erforderlich sind. Angaben zur Gesundheit (ärztliche Bescheinigung) verarbeiten wir nach Art. 9 Abs. 2 lit. b DSGVO in Verbindung mit § 43 SGB VIII. Ohne die Pflichtangaben können wir Ihre Eignung nicht prüfen und keine Pflegeerlaubnis erteilen.',
  retention:
    'Ihre Daten werden gespeichert, solange Sie eine Tätigkeit in der Kindertagespflege anstreben oder ausüben, und danach nach den Aufbewahrungsfristen für Akten der Jugendhilfe gelöscht. Die Angaben zum erweiterten Führungszeugnis werden sofort gelöscht, wenn Sie die Tätigkeit nicht aufnehmen, spätestens drei Monate nach dem Ende Ihrer Tätigkeit (§ 72a Abs. 5 SGB VIII).',
  rights: [
    'Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO),',
    'Berichtigung unrichtiger Daten (Art. 16 DSGVO),',
    'Löschung (Art. 17 DSGVO), soweit keine gesetzliche Aufbewahrungspflicht entgegensteht,',
    'Einschränkung der Verarbeitung (Art. 18 DSGVO),',
    'Widerspruch gegen die Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben (Art. 21 DSGVO),',
  ],
};

/** The supervisory authority of North Rhine-Westphalia (Art. 77 DSGVO). */
export const COMPLAINT_LDI_NRW =
  'Beschwerde bei der Aufsichtsbehörde (Art. 77 DSGVO): Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, poststelle@ldi.nrw.de.';
