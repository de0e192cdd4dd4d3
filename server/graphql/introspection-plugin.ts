import type { ApolloServerPlugin } from '@apollo/server'
import { Kind, visit, BREAK, type DocumentNode } from 'graphql'
import type { Context } from '../context.js'
import { DomainError } from '../errors.js'
import { INTROSPECTION_FIELDS } from './limits.js'

/**
 * Introspection is on in every environment, for whoever signed in or holds a token: explorers,
 * codegen and BI connectors read the schema with it (PRODUCT.md). The anonymous get nothing of it.
 */
export function introspectionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!contextValue.actor && asksForSchema(document))
            throw new DomainError('UNAUTHENTICATED', 'Схема API доступна после входа: войдите в систему или передайте токен API', { http: { status: 401 } })
        },
      }
    },
  }
}

export function asksForSchema(document: DocumentNode): boolean {
  let found = false
  visit(document, {
    [Kind.FIELD](node) {
      if (!INTROSPECTION_FIELDS.has(node.name.value)) return undefined
      found = true
      return BREAK
    },
  })
  return found
}
