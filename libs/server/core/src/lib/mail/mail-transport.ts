export interface OutgoingAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: OutgoingAttachment[];
  /** Stable id so that receivers can de-duplicate (also written as Message-ID). */
  idempotencyKey: string;
}

/** The product sends mail only through this interface; SMTP is the driver (SMTP_URL). */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<{ messageId: string }>;
  abstract verify(): Promise<boolean>;
}

/** Loads stored documents (e.g. rendered permit PDFs) that a mail job attaches by id. */
export abstract class AttachmentResolver {
  abstract load(documentId: string, tenantId: string | null): Promise<Buffer | null>;
}
