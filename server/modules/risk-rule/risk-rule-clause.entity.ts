import type { Rel } from '@mikro-orm/core'
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Float, Int, ObjectType } from 'type-graphql'
import { RiskOperator } from '../../domain/enums.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { RiskRule } from './risk-rule.entity.js'

@ObjectType({ description: 'Условие правила риска: значение показателя школы за год сравнивается с порогом' })
@Entity({ tableName: 'risk_rule_clause' })
export class RiskRuleClause {
  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => RiskRule, deleteRule: 'cascade' })
  rule!: Rel<RiskRule>

  @Field(() => Int, { description: 'Порядок условия в правиле' })
  @Property({ type: 'integer' })
  position!: number

  @ManyToOne({ entity: () => Indicator, nullable: true, deleteRule: 'set null' })
  indicator: Rel<Indicator> | null = null

  @Field(() => RiskOperator, { description: 'Сравнение значения с порогом' })
  @Enum({ items: () => RiskOperator, type: 'string' })
  operator!: RiskOperator

  @Field(() => Float, { description: 'Порог' })
  @Property({ type: 'double' })
  threshold!: number
}
