import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Familienbüro's staff of the other services (`staff`): inquiries, rota and referral guide only. */
export class StaffRole1765600000000 implements MigrationInterface {
  name = 'StaffRole1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin','advisor','staff','childminder','parent','operator'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE app_user SET active = false, role = 'parent' WHERE role = 'staff'`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin','advisor','childminder','parent','operator'))`,
    );
  }
}
