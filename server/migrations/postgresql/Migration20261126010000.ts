import { Migration } from '@mikro-orm/migrations';

// Indicators get the bounds of their scale; existing rows take their value type's natural one,
// and the ЕГЭ averages of 001 the 100-point scale.
export class Migration20261126010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "indicator" add column "min_value" double precision null;`);
    this.addSql(`alter table "indicator" add column "max_value" double precision null;`);
    this.addSql(`update "indicator" set "min_value" = 0, "max_value" = 100 where "value_type" = 'PERCENT';`);
    this.addSql(`update "indicator" set "min_value" = 1, "max_value" = 5 where "value_type" = 'MARK';`);
    this.addSql(`update "indicator" set "min_value" = 0, "max_value" = 1 where "value_type" = 'BOOLEAN';`);
    this.addSql(`update "indicator" set "min_value" = 0 where "value_type" in ('COUNT', 'SCORE');`);
    this.addSql(`update "indicator" set "max_value" = 100 where "value_type" = 'SCORE' and "unit" = 'баллы' and "name" in ('Средний балл ЕГЭ по русскому языку', 'Средний балл по математике (профильный уровень)');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator" drop column "min_value";`);
    this.addSql(`alter table "indicator" drop column "max_value";`);
  }

}
