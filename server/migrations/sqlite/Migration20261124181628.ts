import { Migration } from '@mikro-orm/migrations';

export class Migration20261124181628 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`municipality\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`region\` text not null, \`is_synthetic\` integer not null default false);`);
    this.addSql(`create unique index \`municipality_name_unique\` on \`municipality\` (\`name\`);`);

    this.addSql(`create table \`organization\` (\`id\` integer not null primary key autoincrement, \`municipality_id\` integer not null, \`name\` text not null, \`short_name\` text not null, \`kind\` text check (\`kind\` in ('SCHOOL', 'KINDERGARTEN', 'OTHER')) not null, \`aliases\` json not null, constraint \`organization_municipality_id_foreign\` foreign key(\`municipality_id\`) references \`municipality\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`organization_municipality_id_index\` on \`organization\` (\`municipality_id\`);`);
    this.addSql(`create index \`organization_municipality_id_name_index\` on \`organization\` (\`municipality_id\`, \`name\`);`);

    this.addSql(`create table \`roadmap\` (\`id\` integer not null primary key autoincrement, \`municipality_id\` integer not null, \`title\` text not null, \`period_from\` integer not null, \`period_to\` integer not null, \`baseline_from\` integer null, \`baseline_to\` integer null, \`approval_number\` text null, \`approval_date\` text null, \`approval_body\` text null, \`source_document\` text null, \`locked_years\` json not null, constraint \`roadmap_municipality_id_foreign\` foreign key(\`municipality_id\`) references \`municipality\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`roadmap_municipality_id_index\` on \`roadmap\` (\`municipality_id\`);`);

    this.addSql(`create table \`direction\` (\`id\` integer not null primary key autoincrement, \`roadmap_id\` integer not null, \`parent_id\` integer null, \`kind\` text check (\`kind\` in ('GROUP', 'DIRECTION', 'SECTION')) not null, \`code\` text not null, \`title\` text not null, \`position\` integer not null, \`parts\` json not null, constraint \`direction_roadmap_id_foreign\` foreign key(\`roadmap_id\`) references \`roadmap\`(\`id\`) on delete cascade on update cascade, constraint \`direction_parent_id_foreign\` foreign key(\`parent_id\`) references \`direction\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`direction_roadmap_id_index\` on \`direction\` (\`roadmap_id\`);`);
    this.addSql(`create index \`direction_parent_id_index\` on \`direction\` (\`parent_id\`);`);
    this.addSql(`create index \`direction_roadmap_id_position_index\` on \`direction\` (\`roadmap_id\`, \`position\`);`);

    this.addSql(`create table \`measure\` (\`id\` integer not null primary key autoincrement, \`roadmap_id\` integer not null, \`direction_id\` integer not null, \`code\` text not null, \`text\` text not null, \`deadline_text\` text not null, \`schedule_kind\` text check (\`schedule_kind\` in ('ONCE', 'YEARS', 'ANNUAL', 'PERMANENT', 'EVENT', 'UNKNOWN')) not null, \`schedule\` json not null, \`responsible_text\` text not null, \`responsible_parties\` json not null, \`expected_result\` text null, \`position\` integer not null, constraint \`measure_roadmap_id_foreign\` foreign key(\`roadmap_id\`) references \`roadmap\`(\`id\`) on delete cascade on update cascade, constraint \`measure_direction_id_foreign\` foreign key(\`direction_id\`) references \`direction\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`measure_roadmap_id_index\` on \`measure\` (\`roadmap_id\`);`);
    this.addSql(`create index \`measure_direction_id_index\` on \`measure\` (\`direction_id\`);`);
    this.addSql(`create index \`measure_roadmap_id_position_index\` on \`measure\` (\`roadmap_id\`, \`position\`);`);

    this.addSql(`create table \`indicator\` (\`id\` integer not null primary key autoincrement, \`roadmap_id\` integer not null, \`direction_id\` integer not null, \`code\` text not null, \`name\` text not null, \`unit\` text not null, \`value_type\` text check (\`value_type\` in ('PERCENT', 'COUNT', 'SCORE', 'MARK', 'BOOLEAN', 'TEXT')) not null, \`decimals\` integer not null default 0, \`good_direction\` text check (\`good_direction\` in ('UP', 'DOWN', 'HOLD')) not null, \`tolerance\` double null, \`level\` text check (\`level\` in ('MUNICIPALITY', 'ORGANIZATION')) not null, \`rollup\` text check (\`rollup\` in ('SUM', 'MEAN', 'RATIO', 'NONE')) not null, \`formula\` text null, \`numerator\` text null, \`denominator\` text null, \`source\` text null, \`periodicity\` text null, \`notes\` text null, \`position\` integer not null, constraint \`indicator_roadmap_id_foreign\` foreign key(\`roadmap_id\`) references \`roadmap\`(\`id\`) on delete cascade on update cascade, constraint \`indicator_direction_id_foreign\` foreign key(\`direction_id\`) references \`direction\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`indicator_roadmap_id_index\` on \`indicator\` (\`roadmap_id\`);`);
    this.addSql(`create index \`indicator_direction_id_index\` on \`indicator\` (\`direction_id\`);`);
    this.addSql(`create index \`indicator_direction_id_position_index\` on \`indicator\` (\`direction_id\`, \`position\`);`);

    this.addSql(`create table \`risk_rule\` (\`id\` integer not null primary key autoincrement, \`roadmap_id\` integer not null, \`indicator_id\` integer null, \`code\` text not null, \`title\` text not null, \`description\` text not null, \`operator\` text check (\`operator\` in ('GTE', 'GT', 'LTE', 'LT')) not null, \`threshold\` double not null, constraint \`risk_rule_roadmap_id_foreign\` foreign key(\`roadmap_id\`) references \`roadmap\`(\`id\`) on delete cascade on update cascade, constraint \`risk_rule_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`risk_rule_roadmap_id_index\` on \`risk_rule\` (\`roadmap_id\`);`);
    this.addSql(`create index \`risk_rule_indicator_id_index\` on \`risk_rule\` (\`indicator_id\`);`);

    this.addSql(`create table \`measure_indicator\` (\`measure_id\` integer not null, \`indicator_id\` integer not null, constraint \`measure_indicator_measure_id_foreign\` foreign key(\`measure_id\`) references \`measure\`(\`id\`) on delete cascade on update cascade, constraint \`measure_indicator_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete cascade on update cascade, primary key (\`measure_id\`, \`indicator_id\`));`);
    this.addSql(`create index \`measure_indicator_measure_id_index\` on \`measure_indicator\` (\`measure_id\`);`);
    this.addSql(`create index \`measure_indicator_indicator_id_index\` on \`measure_indicator\` (\`indicator_id\`);`);

    this.addSql(`create table \`expected_result\` (\`id\` integer not null primary key autoincrement, \`direction_id\` integer not null, \`row_no\` integer not null, \`year\` integer not null, \`text\` text not null, constraint \`expected_result_direction_id_foreign\` foreign key(\`direction_id\`) references \`direction\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`expected_result_direction_id_index\` on \`expected_result\` (\`direction_id\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`login\` text not null, \`name\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'SPECIALIST', 'SCHOOL', 'MANAGER', 'BI')) not null, \`municipality_id\` integer null, \`organization_id\` integer null, \`is_active\` integer not null default true, \`created_at\` datetime not null, constraint \`app_user_municipality_id_foreign\` foreign key(\`municipality_id\`) references \`municipality\`(\`id\`) on delete cascade on update cascade, constraint \`app_user_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`app_user_login_unique\` on \`app_user\` (\`login\`);`);
    this.addSql(`create index \`app_user_municipality_id_index\` on \`app_user\` (\`municipality_id\`);`);
    this.addSql(`create index \`app_user_organization_id_index\` on \`app_user\` (\`organization_id\`);`);

    this.addSql(`create table \`session\` (\`token_hash\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`token_hash\`));`);
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);

    this.addSql(`create table \`measure_status\` (\`id\` integer not null primary key autoincrement, \`measure_id\` integer not null, \`year\` integer not null, \`status\` text check (\`status\` in ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'CANCELLED')) not null, \`note\` text null, \`evidence\` text null, \`version\` integer not null default 1, \`updated_by_id\` integer null, \`updated_at\` datetime not null, constraint \`measure_status_measure_id_foreign\` foreign key(\`measure_id\`) references \`measure\`(\`id\`) on delete cascade on update cascade, constraint \`measure_status_updated_by_id_foreign\` foreign key(\`updated_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`measure_status_measure_id_index\` on \`measure_status\` (\`measure_id\`);`);
    this.addSql(`create index \`measure_status_updated_by_id_index\` on \`measure_status\` (\`updated_by_id\`);`);
    this.addSql(`create unique index \`measure_status_measure_id_year_unique\` on \`measure_status\` (\`measure_id\`, \`year\`);`);

    this.addSql(`create table \`indicator_value\` (\`id\` integer not null primary key autoincrement, \`indicator_id\` integer not null, \`municipality_id\` integer not null, \`organization_id\` integer null, \`scope_id\` integer not null, \`year\` integer not null, \`target\` double null, \`actual\` double null, \`note\` text null, \`version\` integer not null default 1, \`updated_by_id\` integer null, \`updated_at\` datetime not null, constraint \`indicator_value_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete cascade on update cascade, constraint \`indicator_value_municipality_id_foreign\` foreign key(\`municipality_id\`) references \`municipality\`(\`id\`) on delete cascade on update cascade, constraint \`indicator_value_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade, constraint \`indicator_value_updated_by_id_foreign\` foreign key(\`updated_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`indicator_value_indicator_id_index\` on \`indicator_value\` (\`indicator_id\`);`);
    this.addSql(`create index \`indicator_value_municipality_id_index\` on \`indicator_value\` (\`municipality_id\`);`);
    this.addSql(`create index \`indicator_value_organization_id_index\` on \`indicator_value\` (\`organization_id\`);`);
    this.addSql(`create index \`indicator_value_updated_by_id_index\` on \`indicator_value\` (\`updated_by_id\`);`);
    this.addSql(`create index \`indicator_value_municipality_id_year_index\` on \`indicator_value\` (\`municipality_id\`, \`year\`);`);
    this.addSql(`create unique index \`indicator_value_indicator_id_scope_id_year_unique\` on \`indicator_value\` (\`indicator_id\`, \`scope_id\`, \`year\`);`);

    this.addSql(`create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'SPECIALIST', 'SCHOOL', 'MANAGER', 'BI')) not null, \`municipality_id\` integer null, \`created_by_id\` integer null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_token_municipality_id_foreign\` foreign key(\`municipality_id\`) references \`municipality\`(\`id\`) on delete cascade on update cascade, constraint \`api_token_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);
    this.addSql(`create index \`api_token_municipality_id_index\` on \`api_token\` (\`municipality_id\`);`);
    this.addSql(`create index \`api_token_created_by_id_index\` on \`api_token\` (\`created_by_id\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`user_id\` integer null, \`api_token_id\` integer null, \`actor_name\` text not null, \`source\` text check (\`source\` in ('WEB', 'API', 'IMPORT', 'SEED', 'SYSTEM')) not null, \`entity_type\` text not null, \`entity_id\` integer null, \`action\` text not null, \`indicator_id\` integer null, \`scope_id\` integer null, \`year\` integer null, \`old_value\` text null, \`new_value\` text null, constraint \`audit_entry_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`audit_entry_api_token_id_foreign\` foreign key(\`api_token_id\`) references \`api_token\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`audit_entry_user_id_index\` on \`audit_entry\` (\`user_id\`);`);
    this.addSql(`create index \`audit_entry_api_token_id_index\` on \`audit_entry\` (\`api_token_id\`);`);
    this.addSql(`create index \`audit_entry_indicator_id_scope_id_year_index\` on \`audit_entry\` (\`indicator_id\`, \`scope_id\`, \`year\`);`);
  }

}
