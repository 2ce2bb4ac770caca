/** A mail as MailDev's HTTP API (`GET /email`) lists it. */
export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  to: Array<{ address: string }>;
}

const mailWebUrl = () => {
  const url = process.env['LOTSE_MAIL_WEB_URL'];
  if (!url) throw new Error('LOTSE_MAIL_WEB_URL not set (globalSetup)');
  return url;
};

/** The inbox of the MailDev instance the browser tests' product sends to. */
export const mailbox = {
  async list(): Promise<CaughtMail[]> {
    const res = await fetch(`${mailWebUrl()}/email`);
    if (!res.ok) throw new Error(`MailDev answered ${res.status}`);
    return (await res.json()) as CaughtMail[];
  },

  /** Ids of the mails there now, so that a later wait only accepts new ones. */
  async ids(): Promise<Set<string>> {
    return new Set((await this.list()).map((m) => m.id));
  },

  /** Waits for a new mail to `address` whose subject starts with `subject`. */
  async waitFor(address: string, subject: string, seen: Set<string>, timeoutMs = 30_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = (await this.list()).find(
        (m) => !seen.has(m.id) && m.subject.startsWith(subject) && m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()),
      );
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${address} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  },
};
