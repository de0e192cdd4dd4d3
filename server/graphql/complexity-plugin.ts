import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError, type GraphQLSchema } from 'graphql'
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity'
import { ExecutionBudget, meterResolvers } from './execution-budget.js'
import { LIMITS, dataEstimator, introspectionEstimator } from './limits.js'

/**
 * The cost of an operation, twice: estimated with its variables before it runs (refused above
 * the limit), then counted while a query runs, where a list costs the rows it really holds.
 */
export function complexityPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const limits = LIMITS
  const introspection = introspectionEstimator(schema)
  const budgets = new WeakMap<object, ExecutionBudget>()
  meterResolvers(schema, (context) => budgets.get(context as object))
  return {
    async requestDidStart({ contextValue }) {
      const budget = new ExecutionBudget(limits)
      return {
        async didResolveOperation({ request, document, operation }) {
          // No operation by that name: execution answers it with its own error.
          if (!operation) return
          const estimate = (estimator: ComplexityEstimator): number | null => {
            try {
              return getComplexity({ schema, query: document, operationName: operation.name?.value, variables: request.variables ?? {}, estimators: [estimator] })
            } catch (error) {
              // Too many nodes to even estimate is too costly; a variable that does not coerce is
              // answered by execution itself, before any resolver runs.
              if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return Number.POSITIVE_INFINITY
              return null
            }
          }
          const data = estimate(dataEstimator)
          if (data !== null && data > limits.complexity) throw tooComplex(data, limits.complexity)
          const schemaPart = estimate(introspection)
          if (schemaPart !== null && schemaPart > limits.introspectionComplexity) throw tooComplex(schemaPart, limits.introspectionComplexity)
          // A mutation is not stopped half-way: what it wrote is written. Its input and the
          // estimate above bound it.
          if (operation.operation === 'query') budgets.set(contextValue, budget)
        },
        async willSendResponse({ response }) {
          if (!budget.stopped) return
          // Every field after the stop failed with the same refusal; answer it once, without a partial result.
          response.body = { kind: 'single', singleResult: { errors: [{ message: budget.stopped.message, extensions: budget.stopped.extensions }] } }
          response.http.status = 400
        },
      }
    },
  }
}

const tooComplex = (complexity: number, maximum: number): GraphQLError =>
  new GraphQLError(
    Number.isFinite(complexity)
      ? `Запрос слишком сложный: оценка ${complexity}, допускается ${maximum}. Запросите меньше полей или строк (first)`
      : `Запрос слишком сложный: слишком много полей с учётом фрагментов. Запросите меньше полей`,
    { extensions: { code: 'BAD_USER_INPUT', complexity: Number.isFinite(complexity) ? complexity : null, maximum, http: { status: 400 } } },
  )
