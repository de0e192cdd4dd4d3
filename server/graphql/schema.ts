import 'reflect-metadata'
import './register-enums.js'
import type { GraphQLSchema } from 'graphql'
import { buildSchema, type AuthChecker } from 'type-graphql'
import { assertRole, actorOrThrow } from '../auth/access.js'
import type { Context } from '../context.js'
import type { Role } from '../domain/enums.js'
import { IndicatorResolver } from '../modules/indicator/indicator.resolver.js'
import { IndicatorValueResolver } from '../modules/indicator-value/indicator-value.resolver.js'
import { DirectionResolver } from '../modules/direction/direction.resolver.js'
import { MeasureResolver } from '../modules/measure/measure.resolver.js'
import { MunicipalityResolver } from '../modules/municipality/municipality.resolver.js'
import { ProgressResolver } from '../modules/progress/progress.resolver.js'
import { RiskRuleClauseResolver, RiskRuleResolver } from '../modules/risk-rule/risk-rule.resolver.js'
import { ImportResolver } from '../modules/import/import.resolver.js'
import { OrganizationResolver } from '../modules/organization/organization.resolver.js'
import { RoadmapResolver } from '../modules/roadmap/roadmap.resolver.js'
import { UserResolver } from '../modules/user/user.resolver.js'
import { ValueTableResolver } from '../modules/value-table/value-table.resolver.js'

// The one authorisation gate of every resolver: no caller → UNAUTHENTICATED, wrong role → FORBIDDEN.
const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (roles.length === 0) actorOrThrow(context.actor)
  else assertRole(context.actor, roles)
  return true
}

export const resolvers = [
  MunicipalityResolver, OrganizationResolver, RoadmapResolver, DirectionResolver, IndicatorResolver,
  IndicatorValueResolver, MeasureResolver, UserResolver, ProgressResolver, RiskRuleResolver, RiskRuleClauseResolver, ImportResolver,
  ValueTableResolver,
] as const

export async function buildAppSchema(): Promise<GraphQLSchema> {
  // skipCheck: type-graphql would check the schema by running the whole introspection query on it,
  // a tenth of a second of the start; Apollo asserts the same schema valid when it starts.
  const schema = await buildSchema({ resolvers, authChecker, validate: false, emitSchemaFile: false, skipCheck: true })
  // type-graphql gives the schema and its root types no description; BI users read them first.
  schema.description = 'Ориентир: дорожная карта МСОКО — показатели, их план и факт по годам, мероприятия. Query — чтение, Mutation — изменения'
  schema.getQueryType()!.description = 'Чтение: структура дорожных карт, значения показателей, мероприятия, история'
  schema.getMutationType()!.description = 'Изменения: вход, значения показателей, структура, статусы мероприятий, токены'
  return schema
}
