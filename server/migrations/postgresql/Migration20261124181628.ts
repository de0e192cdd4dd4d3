import { Migration } from '@mikro-orm/migrations';

export class Migration20261124181628 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "municipality" ("id" serial primary key, "name" varchar(255) not null, "region" varchar(255) not null, "is_synthetic" boolean not null default false);`);
    this.addSql(`alter table "municipality" add constraint "municipality_name_unique" unique ("name");`);

    this.addSql(`create table "organization" ("id" serial primary key, "municipality_id" int not null, "name" varchar(255) not null, "short_name" varchar(255) not null, "kind" text check ("kind" in ('SCHOOL', 'KINDERGARTEN', 'OTHER')) not null, "aliases" jsonb not null);`);
    this.addSql(`create index "organization_municipality_id_name_index" on "organization" ("municipality_id", "name");`);

    this.addSql(`create table "roadmap" ("id" serial primary key, "municipality_id" int not null, "title" text not null, "period_from" int not null, "period_to" int not null, "baseline_from" int null, "baseline_to" int null, "approval_number" varchar(255) null, "approval_date" varchar(255) null, "approval_body" text null, "source_document" varchar(255) null, "locked_years" jsonb not null);`);

    this.addSql(`create table "direction" ("id" serial primary key, "roadmap_id" int not null, "parent_id" int null, "kind" text check ("kind" in ('GROUP', 'DIRECTION', 'SECTION')) not null, "code" varchar(255) not null, "title" text not null, "position" int not null, "parts" jsonb not null);`);
    this.addSql(`create index "direction_roadmap_id_position_index" on "direction" ("roadmap_id", "position");`);

    this.addSql(`create table "measure" ("id" serial primary key, "roadmap_id" int not null, "direction_id" int not null, "code" varchar(255) not null, "text" text not null, "deadline_text" text not null, "schedule_kind" text check ("schedule_kind" in ('ONCE', 'YEARS', 'ANNUAL', 'PERMANENT', 'EVENT', 'UNKNOWN')) not null, "schedule" jsonb not null, "responsible_text" text not null, "responsible_parties" jsonb not null, "expected_result" text null, "position" int not null);`);
    this.addSql(`create index "measure_roadmap_id_position_index" on "measure" ("roadmap_id", "position");`);

    this.addSql(`create table "indicator" ("id" serial primary key, "roadmap_id" int not null, "direction_id" int not null, "code" varchar(255) not null, "name" text not null, "unit" varchar(255) not null, "value_type" text check ("value_type" in ('PERCENT', 'COUNT', 'SCORE', 'MARK', 'BOOLEAN', 'TEXT')) not null, "decimals" int not null default 0, "good_direction" text check ("good_direction" in ('UP', 'DOWN', 'HOLD')) not null, "tolerance" double precision null, "level" text check ("level" in ('MUNICIPALITY', 'ORGANIZATION')) not null, "rollup" text check ("rollup" in ('SUM', 'MEAN', 'RATIO', 'NONE')) not null, "formula" text null, "numerator" text null, "denominator" text null, "source" text null, "periodicity" varchar(255) null, "notes" text null, "position" int not null);`);
    this.addSql(`create index "indicator_direction_id_position_index" on "indicator" ("direction_id", "position");`);

    this.addSql(`create table "risk_rule" ("id" serial primary key, "roadmap_id" int not null, "indicator_id" int null, "code" varchar(255) not null, "title" text not null, "description" text not null, "operator" text check ("operator" in ('GTE', 'GT', 'LTE', 'LT')) not null, "threshold" double precision not null);`);

    this.addSql(`create table "measure_indicator" ("measure_id" int not null, "indicator_id" int not null, constraint "measure_indicator_pkey" primary key ("measure_id", "indicator_id"));`);

    this.addSql(`create table "expected_result" ("id" serial primary key, "direction_id" int not null, "row_no" int not null, "year" int not null, "text" text not null);`);

    this.addSql(`create table "app_user" ("id" serial primary key, "login" varchar(255) not null, "name" varchar(255) not null, "password_hash" varchar(255) not null, "role" text check ("role" in ('ADMIN', 'SPECIALIST', 'SCHOOL', 'MANAGER', 'BI')) not null, "municipality_id" int null, "organization_id" int null, "is_active" boolean not null default true, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);

    this.addSql(`create table "session" ("token_hash" varchar(255) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`);

    this.addSql(`create table "measure_status" ("id" serial primary key, "measure_id" int not null, "year" int not null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'CANCELLED')) not null, "note" text null, "evidence" text null, "version" int not null default 1, "updated_by_id" int null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "measure_status" add constraint "measure_status_measure_id_year_unique" unique ("measure_id", "year");`);

    this.addSql(`create table "indicator_value" ("id" serial primary key, "indicator_id" int not null, "municipality_id" int not null, "organization_id" int null, "scope_id" int not null, "year" int not null, "target" double precision null, "actual" double precision null, "note" text null, "version" int not null default 1, "updated_by_id" int null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "indicator_value_municipality_id_year_index" on "indicator_value" ("municipality_id", "year");`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_indicator_id_scope_id_year_unique" unique ("indicator_id", "scope_id", "year");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "name" varchar(255) not null, "token_hash" varchar(255) not null, "prefix" varchar(255) not null, "role" text check ("role" in ('ADMIN', 'SPECIALIST', 'SCHOOL', 'MANAGER', 'BI')) not null, "municipality_id" int null, "created_by_id" int null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "user_id" int null, "api_token_id" int null, "actor_name" varchar(255) not null, "source" text check ("source" in ('WEB', 'API', 'IMPORT', 'SEED', 'SYSTEM')) not null, "entity_type" varchar(255) not null, "entity_id" int null, "action" varchar(255) not null, "indicator_id" int null, "scope_id" int null, "year" int null, "old_value" text null, "new_value" text null);`);
    this.addSql(`create index "audit_entry_indicator_id_scope_id_year_index" on "audit_entry" ("indicator_id", "scope_id", "year");`);

    this.addSql(`alter table "organization" add constraint "organization_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "roadmap" add constraint "roadmap_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "direction" add constraint "direction_roadmap_id_foreign" foreign key ("roadmap_id") references "roadmap" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "direction" add constraint "direction_parent_id_foreign" foreign key ("parent_id") references "direction" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "measure" add constraint "measure_roadmap_id_foreign" foreign key ("roadmap_id") references "roadmap" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measure" add constraint "measure_direction_id_foreign" foreign key ("direction_id") references "direction" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator" add constraint "indicator_roadmap_id_foreign" foreign key ("roadmap_id") references "roadmap" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator" add constraint "indicator_direction_id_foreign" foreign key ("direction_id") references "direction" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "risk_rule" add constraint "risk_rule_roadmap_id_foreign" foreign key ("roadmap_id") references "roadmap" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "risk_rule" add constraint "risk_rule_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "measure_indicator" add constraint "measure_indicator_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measure_indicator" add constraint "measure_indicator_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "expected_result" add constraint "expected_result_direction_id_foreign" foreign key ("direction_id") references "direction" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "measure_status" add constraint "measure_status_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measure_status" add constraint "measure_status_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "indicator_value" add constraint "indicator_value_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_token" add constraint "api_token_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_api_token_id_foreign" foreign key ("api_token_id") references "api_token" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization" drop constraint "organization_municipality_id_foreign";`);

    this.addSql(`alter table "roadmap" drop constraint "roadmap_municipality_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_municipality_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_municipality_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_municipality_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_organization_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_organization_id_foreign";`);

    this.addSql(`alter table "direction" drop constraint "direction_roadmap_id_foreign";`);

    this.addSql(`alter table "measure" drop constraint "measure_roadmap_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_roadmap_id_foreign";`);

    this.addSql(`alter table "risk_rule" drop constraint "risk_rule_roadmap_id_foreign";`);

    this.addSql(`alter table "direction" drop constraint "direction_parent_id_foreign";`);

    this.addSql(`alter table "measure" drop constraint "measure_direction_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_direction_id_foreign";`);

    this.addSql(`alter table "expected_result" drop constraint "expected_result_direction_id_foreign";`);

    this.addSql(`alter table "measure_indicator" drop constraint "measure_indicator_measure_id_foreign";`);

    this.addSql(`alter table "measure_status" drop constraint "measure_status_measure_id_foreign";`);

    this.addSql(`alter table "risk_rule" drop constraint "risk_rule_indicator_id_foreign";`);

    this.addSql(`alter table "measure_indicator" drop constraint "measure_indicator_indicator_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_indicator_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "measure_status" drop constraint "measure_status_updated_by_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_updated_by_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_user_id_foreign";`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_api_token_id_foreign";`);

    this.addSql(`drop table if exists "municipality" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "roadmap" cascade;`);

    this.addSql(`drop table if exists "direction" cascade;`);

    this.addSql(`drop table if exists "measure" cascade;`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "risk_rule" cascade;`);

    this.addSql(`drop table if exists "measure_indicator" cascade;`);

    this.addSql(`drop table if exists "expected_result" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "measure_status" cascade;`);

    this.addSql(`drop table if exists "indicator_value" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }

}
