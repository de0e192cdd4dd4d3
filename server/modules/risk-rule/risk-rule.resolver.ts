import { Arg, Authorized, Ctx, Field, FieldResolver, Float, InputType, Int, Mutation, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { RiskOperator } from '../../domain/enums.js'
import { badInput } from '../../errors.js'
import { createAudited } from '../audit/audited-write.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { indicatorOrThrow } from '../indicator/indicator.resolver.js'
import { RiskRule } from './risk-rule.entity.js'

@InputType({ description: 'Новое правило риска по показателю школ' })
class CreateRiskRuleInput {
  @Field(() => Int, { description: 'Показатель уровня организации' }) indicatorId!: number
  @Field(() => String, { description: 'Код' }) code!: string
  @Field(() => String, { description: 'Краткое название' }) title!: string
  @Field(() => String, { nullable: true, description: 'Формулировка' }) description?: string | null
  @Field(() => RiskOperator, { description: 'Сравнение' }) operator!: RiskOperator
  @Field(() => Float, { description: 'Порог' }) threshold!: number
}

@Resolver(() => RiskRule)
export class RiskRuleResolver {
  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => RiskRule, { description: 'Добавить правило риска' })
  async createRiskRule(@Arg('input', () => CreateRiskRuleInput, { description: 'Данные' }) input: CreateRiskRuleInput, @Ctx() { em, actor }: Context): Promise<RiskRule> {
    const indicator = await indicatorOrThrow(em, actor, input.indicatorId)
    if (!input.code.trim() || !input.title.trim()) throw badInput('Укажите код и название правила')
    if (!Number.isFinite(input.threshold)) throw badInput('Порог должен быть числом')
    const fields = { code: input.code.trim(), title: input.title.trim(), description: input.description?.trim() || input.title.trim(), operator: input.operator, threshold: input.threshold }
    const row = em.create(RiskRule, { ...fields, roadmap: indicator.roadmap, indicator })
    return createAudited(em, actorOrThrow(actor), 'RiskRule', row, { ...fields, indicatorId: indicator.id })
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'Показатель, к которому применяется правило' })
  async indicator(@Root() r: RiskRule, @Ctx() { loaders }: Context): Promise<Indicator | null> {
    return r.indicator ? loaders.indicator.load(r.indicator.id) : null
  }
}
