import { Migration } from '@mikro-orm/migrations';

// The documents as written: a risk rule gets clauses (its threshold becomes the first), how they
// join and a window of years; a roadmap gets its passport and whether the document states its
// period; a measure says whether its indicator links were inferred at load.
export class Migration20261126020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "risk_rule_clause" ("id" serial primary key, "rule_id" int not null, "position" int not null, "indicator_id" int null, "operator" text check ("operator" in ('GTE', 'GT', 'LTE', 'LT')) not null, "threshold" double precision not null);`);
    this.addSql(`alter table "risk_rule_clause" add constraint "risk_rule_clause_rule_id_foreign" foreign key ("rule_id") references "risk_rule" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "risk_rule_clause" add constraint "risk_rule_clause_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete set null;`);
    this.addSql(`insert into "risk_rule_clause" ("rule_id", "position", "indicator_id", "operator", "threshold") select "id", 0, "indicator_id", "operator", "threshold" from "risk_rule";`);

    this.addSql(`alter table "risk_rule" drop constraint "risk_rule_indicator_id_foreign";`);
    this.addSql(`alter table "risk_rule" drop column "indicator_id", drop column "operator", drop column "threshold";`);
    this.addSql(`alter table "risk_rule" add column "combinator" text check ("combinator" in ('OR', 'AND')) not null default 'OR', add column "window_years" int not null default 1, add column "min_years" int not null default 1, add column "window_includes_current" boolean not null default true;`);

    this.addSql(`alter table "roadmap" add column "is_period_stated" boolean not null default true, add column "parts" jsonb not null default '[]';`);
    this.addSql(`update "roadmap" set "is_period_stated" = false where "source_document" = '002_f27df71561c99712.txt';`);

    this.addSql(`alter table "measure" add column "is_indicator_link_inferred" boolean not null default false;`);
    // links no person has set (no audit entry of one) were placed by the seed
    this.addSql(`update "measure" set "is_indicator_link_inferred" = true where "id" in (select "measure_id" from "measure_indicator") and not exists (select 1 from "audit_entry" a where a."entity_type" = 'Measure' and a."entity_id" = "measure"."id" and a."new_value" like '%indicatorIds%');`);
  }

}
