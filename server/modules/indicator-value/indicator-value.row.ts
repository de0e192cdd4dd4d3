import { Field, Float, Int, ObjectType } from 'type-graphql'
import type { GoodDirection } from '../../domain/enums.js'
import type { Indicator } from '../indicator/indicator.entity.js'
import type { Municipality } from '../municipality/municipality.entity.js'
import type { Organization } from '../organization/organization.entity.js'

/**
 * What GraphQL returns for a value: a plain row, read straight from SQL for lists of tens of
 * thousands (no hydration, no identity map) or built from a written cell. Its own class rather
 * than the entity, and always an instance of it: type-graphql hands a field resolver's @Root() an
 * instance of the type's class as it is, and rebuilds anything else for every field of every row.
 */
@ObjectType('IndicatorValue', { description: 'Значение показателя: план и факт за год для муниципалитета или одной организации', simpleResolvers: true })
export class IndicatorValueRow {
  @Field(() => Int, { description: 'Идентификатор строки; порядок по нему стабилен для постраничной выгрузки' })
  id: number

  @Field(() => Int, { description: 'Год' })
  year: number

  @Field(() => Float, { nullable: true, description: 'План (целевое значение); пусто — плана нет' })
  target: number | null

  @Field(() => Float, { nullable: true, description: 'Факт; пусто — нет данных (не ноль)' })
  actual: number | null

  @Field(() => String, { nullable: true, description: 'Примечание, например «не проводился»' })
  note: string | null

  @Field(() => Int, { description: 'Версия строки; растёт при каждом изменении, нужна для expectedVersion' })
  version: number

  @Field(() => Date, { description: 'Когда изменено' })
  updatedAt: Date

  indicatorId: number
  /** Null for the municipality's own row. */
  organizationId: number | null
  municipalityId: number
  /** The indicator's rule for the status, when the query that read the row joined it. */
  rule: { goodDirection: GoodDirection; tolerance: number | null } | null
  /**
   * The row's indicator (its direction read with it), organization and municipality, when the
   * read that made the row set them (withRelations): then GraphQL resolves them as properties,
   * with no loader call and no promise for each row. Otherwise the field resolvers load them.
   */
  indicator?: Indicator
  organization?: Organization | null
  municipality?: Municipality

  constructor(fields: Omit<IndicatorValueRow, 'rule'> & { rule?: IndicatorValueRow['rule'] }) {
    this.id = fields.id
    this.year = fields.year
    this.target = fields.target
    this.actual = fields.actual
    this.note = fields.note
    this.version = fields.version
    this.updatedAt = fields.updatedAt
    this.indicatorId = fields.indicatorId
    this.organizationId = fields.organizationId
    this.municipalityId = fields.municipalityId
    this.rule = fields.rule ?? null
  }
}

/** The columns rowOfSql reads, for a query over indicator_value as `v` joined to indicator as `i`. */
export const ROW_COLUMNS = [
  'v.id', 'v.year', 'v.target', 'v.actual', 'v.note', 'v.version', 'v.updated_at', 'v.indicator_id', 'v.organization_id', 'v.municipality_id',
  'i.good_direction', 'i.tolerance',
]

/** A row of ROW_COLUMNS as the driver returns it (SQLite keeps datetimes as epoch milliseconds). */
export function rowOfSql(r: Record<string, unknown>): IndicatorValueRow {
  return new IndicatorValueRow({
    id: r.id as number, year: r.year as number, target: r.target as number | null, actual: r.actual as number | null, note: r.note as string | null,
    version: r.version as number, updatedAt: r.updated_at instanceof Date ? r.updated_at : new Date(r.updated_at as number | string),
    indicatorId: r.indicator_id as number, organizationId: r.organization_id as number | null, municipalityId: r.municipality_id as number,
    rule: { goodDirection: r.good_direction as GoodDirection, tolerance: r.tolerance as number | null },
  })
}
