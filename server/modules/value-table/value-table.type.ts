import { Extensions, Field, Float, Int, ObjectType } from 'type-graphql'
import { ValueStatus, type GoodDirection } from '../../domain/enums.js'
import { deviation, valueStatus } from '../../domain/progress.js'
import { COMPACT_TABLE, type CompactTable } from '../../graphql/execution-budget.js'

/** One value as the table holds it. */
export interface TableCell {
  id: number
  indicatorId: number
  organizationId: number | null
  year: number
  target: number | null
  actual: number | null
  note: string | null
  version: number
}

/** The indicator's rule of a value, for its status. */
export interface TableRule {
  goodDirection: GoodDirection
  tolerance: number | null
}

/**
 * A scope's values as columns: the i-th item of every column is the i-th value. The grid asks
 * tens of thousands of values at once; as columns of scalars they cost what the database read
 * costs (no object and no resolver per value), and the execution budget counts a row once.
 * Status and deviation are computed only when asked, by the same rules as IndicatorValue's.
 */
@ObjectType('ValueTable', {
  description:
    'Значения показателей дорожной карты по столбцам: i-й элемент каждого списка относится к i-му значению. ' +
    'Компактная форма для таблицы: все значения разреза одним запросом',
  simpleResolvers: true,
})
@Extensions({ [COMPACT_TABLE]: true })
export class ValueTable implements CompactTable {
  @Field(() => Int, { description: 'Число значений; такой длины каждый список' })
  rowCount = 0

  @Field(() => [Int], { description: 'Идентификатор строки значения (как IndicatorValue.id)' })
  ids: number[] = []

  @Field(() => [Int], { description: 'Показатель' })
  indicatorIds: number[] = []

  @Field(() => [Int], { nullable: 'items', description: 'Организация; null — значение муниципалитета' })
  organizationIds: (number | null)[] = []

  @Field(() => [Int], { description: 'Год' })
  years: number[] = []

  @Field(() => [Float], { nullable: 'items', description: 'План; null — плана нет' })
  targets: (number | null)[] = []

  @Field(() => [Float], { nullable: 'items', description: 'Факт; null — нет данных (не ноль)' })
  actuals: (number | null)[] = []

  @Field(() => [String], { nullable: 'items', description: 'Примечание' })
  notes: (string | null)[] = []

  @Field(() => [Int], { description: 'Версия строки, для expectedVersion' })
  versions: number[] = []

  /** The indicator's rule of each row, for the status. */
  goodDirections: GoodDirection[] = []
  tolerances: (number | null)[] = []

  /** Appends a value as the last item of every column. */
  add(cell: TableCell, rule: TableRule): void {
    this.rowCount++
    this.ids.push(cell.id)
    this.indicatorIds.push(cell.indicatorId)
    this.organizationIds.push(cell.organizationId)
    this.years.push(cell.year)
    this.targets.push(cell.target)
    this.actuals.push(cell.actual)
    this.notes.push(cell.note)
    this.versions.push(cell.version)
    this.goodDirections.push(rule.goodDirection)
    this.tolerances.push(rule.tolerance)
  }

  @Field(() => [ValueStatus], { description: 'Статус факта относительно плана с учётом того, что лучше' })
  get statuses(): ValueStatus[] {
    return this.ids.map((_, k) =>
      valueStatus({ target: this.targets[k], actual: this.actuals[k], goodDirection: this.goodDirections[k], tolerance: this.tolerances[k] }),
    )
  }

  @Field(() => [Float], { nullable: 'items', description: 'Отклонение: факт − план' })
  get deviations(): (number | null)[] {
    return this.ids.map((_, k) => deviation(this.targets[k], this.actuals[k]))
  }
}
