import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface'
import { printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql'
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit'
import { LRUCache } from 'lru-cache'

/** Operations kept compiled: the web app and BI scripts send a few dozen different ones. */
const COMPILED_OPERATIONS = 500

/**
 * Every operation runs as JavaScript compiled for it by graphql-jit, once per (document,
 * operationName), instead of graphql-js walking the document field by field: a BI page is about
 * 125 000 fields, and graphql-js's own walk (a path, a resolve info and a completion per field)
 * was most of its time.
 *
 * It reaches Apollo Server as the executor of its gateway interface, the one way in that leaves
 * the rest of the request as it is: parsing, validation, every plugin hook (the request guard's
 * variable checks and the complexity limits before, `didEncounterErrors` after), `formatError`
 * and the HTTP status of errors. Resolvers stay the schema's own, the execution budget's meters
 * included, since the compiled query calls each field's `resolve`.
 */
export function compiledExecutorGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new LRUCache<string, CompiledQuery | ExecutionResult>({ max: COMPILED_OPERATIONS })
  const executor: GatewayExecutor = async ({ document, operationName, request, queryHash, context }) => {
    const key = `${queryHash}:${operationName ?? ''}`
    let query = compiled.get(key)
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined)
      compiled.set(key, query)
    }
    // Not compiled: the operation could not be prepared (graphql-js's reasons and messages).
    if (!isCompiledQuery(query)) return query
    return query.query(undefined, context, request.variables ?? {})
  }
  return {
    load: async () => ({ schema, executor }),
    onSchemaLoadOrUpdate(callback) {
      // Read only by schema reporting to Apollo's cloud, which is off; printed when asked.
      callback({ apiSchema: schema, get coreSupergraphSdl() { return printSchema(schema) } })
      return () => {}
    },
    stop: async () => {},
  }
}
