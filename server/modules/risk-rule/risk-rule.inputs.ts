import { Field, Float, InputType, Int } from 'type-graphql'
import { RiskCombinator, RiskOperator } from '../../domain/enums.js'

@InputType({ description: 'Условие правила риска по показателю школ' })
export class RiskClauseInput {
  @Field(() => Int, { description: 'Показатель уровня организации' }) indicatorId!: number
  @Field(() => RiskOperator, { description: 'Сравнение' }) operator!: RiskOperator
  @Field(() => Float, { description: 'Порог' }) threshold!: number
}

@InputType({ description: 'Новое правило риска: условия, как они соединены, и окно лет' })
export class CreateRiskRuleInput {
  @Field(() => String, { description: 'Код' }) code!: string
  @Field(() => String, { description: 'Краткое название' }) title!: string
  @Field(() => String, { nullable: true, description: 'Формулировка' }) description?: string | null
  @Field(() => [RiskClauseInput], { description: 'Условия в порядке формулировки' }) clauses!: RiskClauseInput[]
  @Field(() => RiskCombinator, { nullable: true, description: 'Как соединены условия; по умолчанию «и/или»' }) combinator?: RiskCombinator | null
  @Field(() => Int, { nullable: true, description: 'Окно: сколько последних лет; по умолчанию 1' }) windowYears?: number | null
  @Field(() => Int, { nullable: true, description: 'В скольких годах окна должно выполниться условие; по умолчанию 1' }) minYears?: number | null
  @Field(() => Boolean, { nullable: true, description: 'Окно включает год выявления; по умолчанию да' }) windowIncludesCurrent?: boolean | null
}
