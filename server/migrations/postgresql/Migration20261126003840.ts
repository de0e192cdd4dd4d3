import { Migration } from '@mikro-orm/migrations';

// A measure's schedule is read from its deadline text whenever it is needed (Measure.schedule),
// so a better reading of the documents reaches every stored measure; the stored copy goes.

export class Migration20261126003840 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "measure" drop column "schedule_kind", drop column "schedule";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "measure" add column "schedule_kind" text check ("schedule_kind" in ('ONCE', 'YEARS', 'ANNUAL', 'PERMANENT', 'EVENT', 'UNKNOWN')) not null, add column "schedule" jsonb not null;`);
  }

}
