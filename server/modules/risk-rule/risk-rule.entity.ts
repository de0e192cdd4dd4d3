import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core'
import { Field, Float, Int, ObjectType } from 'type-graphql'
import { RiskOperator } from '../../domain/enums.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'

@ObjectType({ description: 'Правило риска: порог по показателю школ, по которому школа попадает в зону риска' })
@Entity({ tableName: 'risk_rule' })
export class RiskRule {
  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Roadmap, deleteRule: 'cascade' })
  roadmap!: Rel<Roadmap>

  @ManyToOne({ entity: () => Indicator, nullable: true, deleteRule: 'set null' })
  indicator: Rel<Indicator> | null = null

  @Field(() => String, { description: 'Код правила' })
  @Property({ type: 'string' })
  code!: string

  @Field(() => String, { description: 'Краткое название' })
  @Property({ type: 'text' })
  title!: string

  @Field(() => String, { description: 'Формулировка из документа дословно' })
  @Property({ type: 'text' })
  description!: string

  @Field(() => RiskOperator, { description: 'Сравнение значения с порогом' })
  @Enum({ items: () => RiskOperator, type: 'string' })
  operator!: RiskOperator

  @Field(() => Float, { description: 'Порог' })
  @Property({ type: 'double' })
  threshold!: number
}
