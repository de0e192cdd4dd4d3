import { Migration } from '@mikro-orm/migrations';

// A measure's schedule is read from its deadline text whenever it is needed (Measure.schedule),
// so a better reading of the documents reaches every stored measure; the stored copy goes.

export class Migration20261126003840 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`measure\` drop column \`schedule_kind\`;`);
    this.addSql(`alter table \`measure\` drop column \`schedule\`;`);
  }

}
