import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError, type GraphQLSchema } from 'graphql'
import { getComplexity, simpleEstimator } from 'graphql-query-complexity'
import { MAX_COMPLEXITY, pagedEstimator } from './limits.js'

/** Estimates each operation with its variables before running it; refuses one above the limit. */
export function complexityPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
          })
          if (complexity > MAX_COMPLEXITY)
            throw new GraphQLError(
              `Запрос слишком сложный: оценка ${complexity}, допускается ${MAX_COMPLEXITY}. Запросите меньше полей или строк (first)`,
              { extensions: { code: 'BAD_USER_INPUT', complexity, maximum: MAX_COMPLEXITY, http: { status: 400 } } },
            )
        },
      }
    },
  }
}
