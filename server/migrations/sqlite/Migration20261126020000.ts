import { Migration } from '@mikro-orm/migrations';

// The documents as written: a risk rule gets clauses (its threshold becomes the first), how they
// join and a window of years; a roadmap gets its passport and whether the document states its
// period; a measure says whether its indicator links were inferred at load.
// SQLite cannot drop a column under a foreign key, so risk_rule is rebuilt before anything
// references it (dropping a referenced table would cascade into the new clauses).
export class Migration20261126020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`risk_rule_clause_old\` as select \`id\` as \`rule_id\`, \`indicator_id\`, \`operator\`, \`threshold\` from \`risk_rule\`;`);
    this.addSql(`create table \`risk_rule_new\` (\`id\` integer not null primary key autoincrement, \`roadmap_id\` integer not null, \`code\` text not null, \`title\` text not null, \`description\` text not null, \`combinator\` text check (\`combinator\` in ('OR', 'AND')) not null default 'OR', \`window_years\` integer not null default 1, \`min_years\` integer not null default 1, \`window_includes_current\` integer not null default true, constraint \`risk_rule_roadmap_id_foreign\` foreign key(\`roadmap_id\`) references \`roadmap\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`insert into \`risk_rule_new\` (\`id\`, \`roadmap_id\`, \`code\`, \`title\`, \`description\`) select \`id\`, \`roadmap_id\`, \`code\`, \`title\`, \`description\` from \`risk_rule\`;`);
    this.addSql(`drop table \`risk_rule\`;`);
    this.addSql(`alter table \`risk_rule_new\` rename to \`risk_rule\`;`);
    this.addSql(`create index \`risk_rule_roadmap_id_index\` on \`risk_rule\` (\`roadmap_id\`);`);

    this.addSql(`create table \`risk_rule_clause\` (\`id\` integer not null primary key autoincrement, \`rule_id\` integer not null, \`position\` integer not null, \`indicator_id\` integer null, \`operator\` text check (\`operator\` in ('GTE', 'GT', 'LTE', 'LT')) not null, \`threshold\` double not null, constraint \`risk_rule_clause_rule_id_foreign\` foreign key(\`rule_id\`) references \`risk_rule\`(\`id\`) on delete cascade on update cascade, constraint \`risk_rule_clause_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`risk_rule_clause_rule_id_index\` on \`risk_rule_clause\` (\`rule_id\`);`);
    this.addSql(`create index \`risk_rule_clause_indicator_id_index\` on \`risk_rule_clause\` (\`indicator_id\`);`);
    this.addSql(`insert into \`risk_rule_clause\` (\`rule_id\`, \`position\`, \`indicator_id\`, \`operator\`, \`threshold\`) select \`rule_id\`, 0, \`indicator_id\`, \`operator\`, \`threshold\` from \`risk_rule_clause_old\`;`);
    this.addSql(`drop table \`risk_rule_clause_old\`;`);

    this.addSql(`alter table \`roadmap\` add column \`is_period_stated\` integer not null default true;`);
    this.addSql(`alter table \`roadmap\` add column \`parts\` json not null default '[]';`);
    this.addSql(`update \`roadmap\` set \`is_period_stated\` = false where \`source_document\` = '002_f27df71561c99712.txt';`);

    this.addSql(`alter table \`measure\` add column \`is_indicator_link_inferred\` integer not null default false;`);
    // links no person has set (no audit entry of one) were placed by the seed
    this.addSql(`update \`measure\` set \`is_indicator_link_inferred\` = true where \`id\` in (select \`measure_id\` from \`measure_indicator\`) and not exists (select 1 from \`audit_entry\` a where a.\`entity_type\` = 'Measure' and a.\`entity_id\` = \`measure\`.\`id\` and a.\`new_value\` like '%indicatorIds%');`);
  }

}
