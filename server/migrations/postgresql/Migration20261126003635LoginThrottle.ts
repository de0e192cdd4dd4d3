import { Migration } from '@mikro-orm/migrations';

// Failed logins counted in the database (shared by all server processes); expired sessions found by index.
export class Migration20261126003635LoginThrottle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_failure" ("id" serial primary key, "subject" varchar(255) not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_failure_subject_at_index" on "login_failure" ("subject", "at");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "session_expires_at_index";`);
    this.addSql(`drop table if exists "login_failure" cascade;`);
  }

}
