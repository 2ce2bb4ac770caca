import { BOOKING_HOLD_MINUTES, type BookingLocale } from '@lotse/shared/contracts';
import { LINK_PLACEHOLDER, type OutboxService } from '@lotse/server/core';
import { mailFooter, OfficeSettings, type Office } from '@lotse/server/office';
import type { EntityManager } from 'typeorm';
import { appointmentIcs } from './appointment-ics';
import { localDateLabel, localTimeLabel } from './slot-times';

/** The booking and its slot as the mails need them. */
export interface BookingMailFacts {
  id: string;
  tenant_id: string;
  name: string;
  email: string;
  locale: BookingLocale;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  by_phone: boolean;
  advisor: string;
}

type MailKind = 'confirm' | 'booked' | 'reminder' | 'cancelled' | 'cancelledByAdvisor';

/**
 * One line in the booker's page language above the German text (cheap, and enough to tell her
 * what the mail is about); German stays the binding text.
 */
const INTRO: Record<Exclude<BookingLocale, 'de'>, Record<MailKind, string>> = {
  en: {
    confirm: 'Please confirm your appointment with the link below (details in German).',
    booked: 'Your appointment is confirmed; the calendar file is attached (details in German).',
    reminder: 'Reminder: your appointment is tomorrow (details in German).',
    cancelled: 'Your appointment has been cancelled (details in German).',
    cancelledByAdvisor: 'The advisory service had to cancel your appointment (details in German).',
  },
  tr: {
    confirm: 'Lütfen randevunuzu aşağıdaki bağlantı ile onaylayın (ayrıntılar Almanca).',
    booked: 'Randevunuz onaylandı; takvim dosyası ektedir (ayrıntılar Almanca).',
    reminder: 'Hatırlatma: randevunuz yarın (ayrıntılar Almanca).',
    cancelled: 'Randevunuz iptal edildi (ayrıntılar Almanca).',
    cancelledByAdvisor: 'Danışma servisi randevunuzu iptal etmek zorunda kaldı (ayrıntılar Almanca).',
  },
  ar: {
    confirm: 'يرجى تأكيد موعدك عبر الرابط أدناه (التفاصيل باللغة الألمانية).',
    booked: 'تم تأكيد موعدك؛ ملف التقويم مرفق (التفاصيل باللغة الألمانية).',
    reminder: 'تذكير: موعدك غدًا (التفاصيل باللغة الألمانية).',
    cancelled: 'تم إلغاء موعدك (التفاصيل باللغة الألمانية).',
    cancelledByAdvisor: 'اضطرت خدمة الاستشارة إلى إلغاء موعدك (التفاصيل باللغة الألمانية).',
  },
  uk: {
    confirm: 'Будь ласка, підтвердьте запис за посиланням нижче (деталі німецькою).',
    booked: 'Ваш запис підтверджено; файл календаря додано (деталі німецькою).',
    reminder: 'Нагадування: ваш запис завтра (деталі німецькою).',
    cancelled: 'Ваш запис скасовано (деталі німецькою).',
    cancelledByAdvisor: 'Консультаційна служба змушена скасувати ваш запис (деталі німецькою).',
  },
};

function intro(locale: BookingLocale, kind: MailKind): string[] {
  return locale === 'de' ? [] : [INTRO[locale][kind], ''];
}

export function officeAddress(office: Office | null): string {
  if (!office) return '';
  return [office.name, office.street, [office.postcode, office.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** Where the appointment takes place, in one line. */
export function placeLine(b: Pick<BookingMailFacts, 'location' | 'by_phone'>, office: Office | null): string {
  if (b.by_phone) return 'Telefonisch – wir rufen Sie unter der angegebenen Nummer an.';
  return b.location ? `${b.location}${office ? ` (${officeAddress(office)})` : ''}` : officeAddress(office);
}

function when(b: BookingMailFacts, tz: string): string {
  return `${localDateLabel(b.starts_at, tz)}, ${localTimeLabel(b.starts_at, tz)}–${localTimeLabel(b.ends_at, tz)} Uhr`;
}

function details(b: BookingMailFacts, office: Office | null, tz: string): string[] {
  return [`Termin: ${when(b, tz)}`, `Ort: ${placeLine(b, office)}`, `Beratung: ${b.advisor}`];
}

export interface MailContext {
  outbox: OutboxService;
  m: EntityManager;
  tz: string;
  publicHost: string;
  now: Date;
}

async function plan(
  ctx: MailContext,
  b: BookingMailFacts,
  jobId: string,
  subject: string,
  lines: string[],
  extra: { tokenId?: string; purpose?: 'appointment-confirm' | 'appointment-cancel'; ics?: string },
): Promise<void> {
  const office = await OfficeSettings.office(ctx.m, b.tenant_id);
  await ctx.outbox.plan(ctx.m, {
    name: 'mail.send',
    tenantId: b.tenant_id,
    jobId,
    data: {
      tenantId: b.tenant_id,
      to: b.email,
      subject,
      text: [`Guten Tag ${b.name},`, '', ...lines.map((l) => l.replace('{{office}}', officeAddress(office))), '', mailFooter(office)].join(
        '\n',
      ),
      ...(extra.tokenId && extra.purpose ? { link: { purpose: extra.purpose, tokenId: extra.tokenId } } : {}),
      ...(extra.ics
        ? { attachments: [{ filename: 'termin.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', text: extra.ics }] }
        : {}),
    },
  });
}

/** A guest's hold: the link confirms it within BOOKING_HOLD_MINUTES. */
export async function planConfirmMail(ctx: MailContext, b: BookingMailFacts, tokenId: string): Promise<void> {
  const office = await OfficeSettings.office(ctx.m, b.tenant_id);
  await plan(
    ctx,
    b,
    `appointment-confirm.${tokenId}`,
    `Bitte bestätigen Sie Ihren Termin am ${localDateLabel(b.starts_at, ctx.tz)}`,
    [
      ...intro(b.locale, 'confirm'),
      'vielen Dank für Ihre Terminanfrage. Bitte bestätigen Sie den Termin über diesen Link:',
      '',
      LINK_PLACEHOLDER,
      '',
      ...details(b, office, ctx.tz),
      '',
      `Wir halten den Termin ${BOOKING_HOLD_MINUTES} Minuten für Sie frei. Ohne Bestätigung wird er danach wieder freigegeben.`,
    ],
    { tokenId, purpose: 'appointment-confirm' },
  );
}

/** The confirmation with the .ics and the cancel link. */
export async function planBookedMail(ctx: MailContext, b: BookingMailFacts, cancelTokenId: string): Promise<void> {
  const office = await OfficeSettings.office(ctx.m, b.tenant_id);
  const ics = appointmentIcs({
    bookingId: b.id,
    startsAt: b.starts_at,
    endsAt: b.ends_at,
    officeName: office?.name ?? 'Familienbüro',
    location: placeLine(b, office),
    summary: `Beratungstermin${office?.name ? ` – ${office.name}` : ''}`,
    description: `Beratung: ${b.advisor}${office?.phone ? `\nTelefon: ${office.phone}` : ''}`,
    host: ctx.publicHost,
    stamp: ctx.now,
  });
  await plan(
    ctx,
    b,
    `appointment-booked.${b.id}`,
    `Ihr Termin am ${localDateLabel(b.starts_at, ctx.tz)} um ${localTimeLabel(b.starts_at, ctx.tz)} Uhr ist bestätigt`,
    [
      ...intro(b.locale, 'booked'),
      'Ihr Termin ist bestätigt. Die Datei im Anhang (termin.ics) trägt ihn in Ihren Kalender ein.',
      '',
      ...details(b, office, ctx.tz),
      '',
      'Falls Sie nicht kommen können, sagen Sie den Termin bitte hier ab, damit jemand anderes ihn nutzen kann:',
      LINK_PLACEHOLDER,
    ],
    { tokenId: cancelTokenId, purpose: 'appointment-cancel', ics },
  );
}

export async function planReminderMail(ctx: MailContext, b: BookingMailFacts, cancelTokenId: string | null): Promise<void> {
  const office = await OfficeSettings.office(ctx.m, b.tenant_id);
  await plan(
    ctx,
    b,
    `appointment-reminder.${b.id}`,
    `Erinnerung: Ihr Termin morgen um ${localTimeLabel(b.starts_at, ctx.tz)} Uhr`,
    [
      ...intro(b.locale, 'reminder'),
      'wir erinnern Sie an Ihren Termin morgen:',
      '',
      ...details(b, office, ctx.tz),
      ...(cancelTokenId ? ['', 'Falls Sie nicht kommen können, sagen Sie bitte hier ab:', LINK_PLACEHOLDER] : []),
    ],
    cancelTokenId ? { tokenId: cancelTokenId, purpose: 'appointment-cancel' } : {},
  );
}

export async function planCancelledMail(
  ctx: MailContext,
  b: BookingMailFacts,
  by: 'booker' | 'advisor',
  reason: string | null,
): Promise<void> {
  const office = await OfficeSettings.office(ctx.m, b.tenant_id);
  await plan(
    ctx,
    b,
    `appointment-cancelled.${b.id}`,
    `Ihr Termin am ${localDateLabel(b.starts_at, ctx.tz)} ist abgesagt`,
    by === 'booker'
      ? [
          ...intro(b.locale, 'cancelled'),
          'Sie haben diesen Termin abgesagt:',
          '',
          ...details(b, office, ctx.tz),
          '',
          'Einen neuen Termin können Sie jederzeit online buchen.',
        ]
      : [
          ...intro(b.locale, 'cancelledByAdvisor'),
          'leider müssen wir diesen Termin absagen:',
          '',
          ...details(b, office, ctx.tz),
          ...(reason ? ['', `Grund: ${reason}`] : []),
          '',
          'Bitte buchen Sie online einen neuen Termin oder rufen Sie uns an. Wir bitten um Entschuldigung.',
        ],
    {},
  );
}
