/** Texts of the permit letter; per tenant (`tenant.settings.permitTexts`), these are the NRW/Kamen defaults. */
export interface PermitTexts {
  legalBasis: string;
  dutiesToInform: string[];
  legalRemedy: string;
  department: string;
  place: string;
  signatoryTitle: string;
}

/**
 * In NRW the objection procedure (Widerspruch) is abolished for most decisions (§ 110 JustG NRW),
 * so the remedy is an action at the administrative court. The court for Kreis Unna is stored as
 * tenant data: the office's legal department confirms it before go-live.
 */
export const DEFAULT_PERMIT_TEXTS: PermitTexts = {
  legalBasis:
    '§ 43 Achtes Buch Sozialgesetzbuch (SGB VIII) in Verbindung mit §§ 21 und 22 Kinderbildungsgesetz Nordrhein-Westfalen (KiBiz). Die Erlaubnis befugt zur Betreuung von bis zu fünf gleichzeitig anwesenden fremden Kindern (§ 43 Abs. 3 SGB VIII).',
  dutiesToInform: [
    'einen Umzug oder eine Änderung der für die Betreuung genutzten Räume,',
    'Änderungen in der Zusammensetzung Ihres Haushalts (z. B. neue volljährige Haushaltsmitglieder),',
    'ernsthafte Erkrankungen oder Umstände, die die Betreuung beeinträchtigen können,',
    'meldepflichtige Infektionskrankheiten in Ihrem Haushalt,',
    'die Aufnahme oder das Ende der Betreuung eines Kindes sowie das Ende Ihrer Tätigkeit.',
  ],
  legalRemedy:
    'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage erhoben werden. Die Klage ist schriftlich oder zur Niederschrift der Urkundsbeamtin oder des Urkundsbeamten der Geschäftsstelle beim Verwaltungsgericht Arnsberg, Jägerstraße 1, 59821 Arnsberg, zu erheben. Die Klage kann auch durch Übertragung eines elektronischen Dokuments an die elektronische Poststelle des Gerichts erhoben werden; das Dokument muss für die Bearbeitung durch das Gericht geeignet sein und mit einer qualifizierten elektronischen Signatur der verantwortenden Person versehen sein oder von ihr signiert und auf einem sicheren Übermittlungsweg gemäß § 55a Abs. 4 VwGO eingereicht werden.',
  department: 'Familienbüro – Fachberatung Kindertagespflege',
  place: 'Kamen',
  signatoryTitle: 'Fachberatung Kindertagespflege',
};
