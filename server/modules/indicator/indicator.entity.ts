import type { Rel } from '@mikro-orm/core'
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Float, Int, ObjectType } from 'type-graphql'
import { GoodDirection, IndicatorLevel, RollupRule, ValueType } from '../../domain/enums.js'
import { Direction } from '../direction/direction.entity.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'

@ObjectType({ description: 'Показатель дорожной карты с единицей, типом значения и правилами оценки' })
@Entity({ tableName: 'indicator' })
@Index({ properties: ['direction', 'position'] })
export class Indicator {
  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  // Kept beside the direction so that filters by roadmap need no join through the tree.
  @ManyToOne({ entity: () => Roadmap, deleteRule: 'cascade' })
  roadmap!: Rel<Roadmap>

  @ManyToOne({ entity: () => Direction, deleteRule: 'cascade' })
  direction!: Rel<Direction>

  @Field(() => String, { description: 'Код показателя в дорожной карте' })
  @Property({ type: 'string' })
  code!: string

  @Field(() => String, { description: 'Наименование показателя' })
  @Property({ type: 'text' })
  name!: string

  @Field(() => String, { description: 'Единица измерения: %, чел., баллы, ед., да/нет' })
  @Property({ type: 'string' })
  unit!: string

  @Field(() => ValueType, { description: 'Тип значения, по нему проверяется ввод' })
  @Enum({ items: () => ValueType, type: 'string' })
  valueType!: ValueType

  @Field(() => Int, { description: 'Знаков после запятой' })
  @Property({ type: 'integer' })
  decimals: number = 0

  @Field(() => Float, { nullable: true, description: 'Нижняя граница шкалы: значение меньше не принимается (процент — 0, отметка — 1)' })
  @Property({ type: 'double', nullable: true })
  minValue: number | null = null

  @Field(() => Float, { nullable: true, description: 'Верхняя граница шкалы: значение больше не принимается (процент — 100, отметка — 5, балл ЕГЭ — 100)' })
  @Property({ type: 'double', nullable: true })
  maxValue: number | null = null

  @Field(() => GoodDirection, { description: 'Что лучше: больше, меньше или держать уровень' })
  @Enum({ items: () => GoodDirection, type: 'string' })
  goodDirection!: GoodDirection

  @Field(() => Float, { nullable: true, description: 'Допуск для HOLD: факт в пределах план ± допуск считается достигнутым' })
  @Property({ type: 'double', nullable: true })
  tolerance: number | null = null

  @Field(() => IndicatorLevel, { description: 'Уровень: муниципалитет или организация' })
  @Enum({ items: () => IndicatorLevel, type: 'string' })
  level!: IndicatorLevel

  @Field(() => RollupRule, { description: 'Правило свода значений школ к муниципалитету' })
  @Enum({ items: () => RollupRule, type: 'string' })
  rollup!: RollupRule

  @Field(() => String, { nullable: true, description: 'Формула или методика расчёта, как в документе' })
  @Property({ type: 'text', nullable: true })
  formula: string | null = null

  @Field(() => String, { nullable: true, description: 'Числитель (для долей)' })
  @Property({ type: 'text', nullable: true })
  numerator: string | null = null

  @Field(() => String, { nullable: true, description: 'Знаменатель (для долей)' })
  @Property({ type: 'text', nullable: true })
  denominator: string | null = null

  @Field(() => String, { nullable: true, description: 'Источник данных' })
  @Property({ type: 'text', nullable: true })
  source: string | null = null

  @Field(() => String, { nullable: true, description: 'Периодичность сбора' })
  @Property({ type: 'string', nullable: true })
  periodicity: string | null = null

  @Field(() => String, { nullable: true, description: 'Примечание' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null

  @Field(() => Int, { description: 'Порядок в направлении' })
  @Property({ type: 'integer' })
  position!: number
}
