import type { Rel } from '@mikro-orm/core'
import { Collection, Entity, Enum, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property } from '../../mikro-orm.js'
import { Field, Int, ObjectType } from 'type-graphql'
import { RiskCombinator } from '../../domain/enums.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import { RiskRuleClause } from './risk-rule-clause.entity.js'

@ObjectType({ description: 'Правило риска, как его пишет документ: условия по показателям школ, соединённые «и/или», и окно лет («2 учебных года или более из последних 3»)' })
@Entity({ tableName: 'risk_rule' })
export class RiskRule {
  [OptionalProps]?: 'combinator' | 'windowYears' | 'minYears' | 'windowIncludesCurrent'

  @Field(() => Int, { description: 'Идентификатор' })
  @PrimaryKey({ type: 'integer' })
  id!: number

  @ManyToOne({ entity: () => Roadmap, deleteRule: 'cascade' })
  roadmap!: Rel<Roadmap>

  @Field(() => String, { description: 'Код правила' })
  @Property({ type: 'string' })
  code!: string

  @Field(() => String, { description: 'Краткое название' })
  @Property({ type: 'text' })
  title!: string

  @Field(() => String, { description: 'Формулировка из документа дословно' })
  @Property({ type: 'text' })
  description!: string

  @Field(() => RiskCombinator, { description: 'Как соединены условия: «и/или» или «и»' })
  @Enum({ items: () => RiskCombinator, type: 'string' })
  combinator: RiskCombinator = RiskCombinator.OR

  @Field(() => Int, { description: 'Сколько последних лет читает правило (окно)' })
  @Property({ type: 'integer' })
  windowYears: number = 1

  @Field(() => Int, { description: 'В скольких годах окна условие должно выполниться' })
  @Property({ type: 'integer' })
  minYears: number = 1

  @Field(() => Boolean, { description: 'Окно включает год выявления («включая учебный год проведения идентификации»); иначе — годы, предшествующие ему' })
  @Property({ type: 'boolean' })
  windowIncludesCurrent: boolean = true

  @OneToMany({ entity: () => RiskRuleClause, mappedBy: 'rule', orderBy: { position: 'asc' } })
  clauses = new Collection<RiskRuleClause>(this)
}
