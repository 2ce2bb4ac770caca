import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The referral guide (issue 14): the office's partner services, and the anonymous referral
 * figures. A `referral` row holds only the office, the partner (or its kind), the topic and the
 * first day of the month: no staff id, no time of day, no free text, so a row cannot be traced
 * back to a family or a conversation. A CHECK keeps the month on its first day.
 */
export class ReferralGuide1765500000000 implements MigrationInterface {
  name = 'ReferralGuide1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('educational_counselling', 'kita_family_centre', 'school_ogs', 'youth_work', 'midwife', 'refugee_counselling', 'other')),
        offer text NOT NULL,
        address text,
        phone text,
        email text,
        website text,
        opening_hours text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX partner_service_tenant ON partner_service (tenant_id, active, category, name)`);
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant(id),
        partner_service_id uuid REFERENCES partner_service(id),
        category text NOT NULL CHECK (category IN ('educational_counselling', 'kita_family_centre', 'school_ogs', 'youth_work', 'midwife', 'refugee_counselling', 'other')),
        topic text NOT NULL CHECK (topic IN ('parenting', 'childcare_place', 'birth_baby', 'school', 'financial_help', 'migration', 'health', 'other')),
        month date NOT NULL CHECK (extract(day FROM month) = 1)
      )`);
    await q.query(`CREATE INDEX referral_tenant_month ON referral (tenant_id, month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral`);
    await q.query(`DROP TABLE partner_service`);
  }
}
