import type { ApolloServerPlugin } from '@apollo/server'
import {
  GraphQLError, Kind, TypeInfo, getArgumentValues, getVariableValues, visit, visitWithTypeInfo,
  type DocumentNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql'
import { checkInput } from './input-limits.js'

const badRequest = (message: string, code: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } })

/**
 * Refuses a request whose operation or variables are wrong before any other plugin or resolver
 * sees it, with HTTP 400: an operationName that names no operation, an operation type the schema
 * has not, variables that do not fit
 * their types, texts and numbers that no column can hold (see input-limits.ts).
 * Listed first among the plugins: the hooks run in that order and the first refusal is the answer.
 */
export function requestGuardPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, document }) {
          if (!operation) throw missingOperation(document, request.operationName)
          if (!schema.getRootType(operation.operation)) throw badRequest(`Операций ${operation.operation} в этой схеме нет`, 'GRAPHQL_VALIDATION_FAILED')
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 })
          if (variables.errors) {
            const [error] = variables.errors
            throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } })
          }
          checkArguments(schema, document, operation, variables.coerced)
        },
      }
    },
  }
}

function missingOperation(document: DocumentNode, operationName: string | null | undefined): GraphQLError {
  const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? '(без имени)'] : []))
  if (operationName) return badRequest(`В запросе нет операции «${operationName}»; есть: ${names.join(', ') || 'ни одной'}`, 'OPERATION_RESOLUTION_FAILURE')
  if (names.length > 1) return badRequest(`В запросе несколько операций (${names.join(', ')}): укажите operationName`, 'OPERATION_RESOLUTION_FAILURE')
  return badRequest('В запросе нет ни одной операции', 'OPERATION_RESOLUTION_FAILURE')
}

/** Every argument of every field of the operation and its fragments, with the variables put in. */
function checkArguments(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  const typeInfo = new TypeInfo(schema)
  const otherOperations = new Set(document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d !== operation))
  visit(document, visitWithTypeInfo(typeInfo, {
    OperationDefinition: (node) => (otherOperations.has(node) ? false : undefined),
    Field(node) {
      const field = typeInfo.getFieldDef()
      const parent = typeInfo.getParentType()
      if (!field || !parent || !node.arguments?.length) return
      let values: Record<string, unknown>
      try {
        values = getArgumentValues(field, node, variables)
      } catch {
        // A fragment of another operation may use its variables; execution reports what is wrong.
        return
      }
      for (const arg of field.args) checkInput(values[arg.name], arg.type, `${parent.name}.${field.name}(${arg.name})`, arg.name)
    },
  }))
}
