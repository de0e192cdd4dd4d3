import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql'
import { EDIT_STRUCTURE_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { RiskRuleClause } from './risk-rule-clause.entity.js'
import { RiskRule } from './risk-rule.entity.js'
import { CreateRiskRuleInput } from './risk-rule.inputs.js'
import { createRiskRule } from './risk-rule.service.js'

@Resolver(() => RiskRule)
export class RiskRuleResolver {
  @Authorized(...EDIT_STRUCTURE_ROLES)
  @Mutation(() => RiskRule, { description: 'Добавить правило риска' })
  createRiskRule(@Arg('input', () => CreateRiskRuleInput, { description: 'Данные' }) input: CreateRiskRuleInput, @Ctx() { em, actor }: Context): Promise<RiskRule> {
    return createRiskRule(em, actorOrThrow(actor), input)
  }

  @FieldResolver(() => [RiskRuleClause], { description: 'Условия правила в порядке формулировки' })
  async clauses(@Root() r: RiskRule): Promise<RiskRuleClause[]> {
    return (await r.clauses.load({ dataloader: true })).getItems()
  }
}

@Resolver(() => RiskRuleClause)
export class RiskRuleClauseResolver {
  @FieldResolver(() => Indicator, { nullable: true, description: 'Показатель, значение которого сравнивается с порогом' })
  async indicator(@Root() c: RiskRuleClause, @Ctx() { loaders }: Context): Promise<Indicator | null> {
    return c.indicator ? loaders.indicator.load(c.indicator.id) : null
  }
}
