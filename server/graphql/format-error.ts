import type { GraphQLFormattedError } from 'graphql'
import { toRussian } from './error-messages-ru.js'

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
])

// graphql-js names the cell of a variable that failed coercion; clients find it in extensions.path.
const COERCION_PATH = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /s

/** What a client sees of an error: a known code with a Russian message, or a masked internal error. */
export function formatError(formatted: GraphQLFormattedError, isDevelopment: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR')
  if (!KNOWN_CODES.has(code)) {
    if (isDevelopment) return formatted
    return { message: 'Внутренняя ошибка сервера; подробности в журнале сервера', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
  }
  const coercion = COERCION_PATH.exec(formatted.message)
  const extensions = coercion ? { ...formatted.extensions, code, path: coercion[2] ?? coercion[1] } : formatted.extensions
  return { ...formatted, message: toRussian(formatted.message, code), extensions }
}
