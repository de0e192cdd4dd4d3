import { Migration } from '@mikro-orm/migrations';

// BI pages and CSV exports of one municipality (or one of its roadmaps) read `municipality_id = ?
// and id > ? order by id limit ?`: this index answers it as one range, without a sort.
export class Migration20261126040000BiPaging extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`indicator_value_municipality_id_id_index\` on \`indicator_value\` (\`municipality_id\`, \`id\`);`);
  }

}
