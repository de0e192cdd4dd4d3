import { unwrapResolverError } from '@apollo/server/errors'
import { ForeignKeyConstraintViolationException } from '../mikro-orm.js'
import type { GraphQLFormattedError } from 'graphql'
import { toRussian } from './error-messages-ru.js'

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
])

// graphql-js names the cell of a variable that failed coercion; clients find it in extensions.path.
const COERCION_PATH = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /s

/**
 * A row deleted by one person while another writes to it (an indicator removed as its values
 * are saved) passes the service's checks and fails on the foreign key at commit: a conflict of
 * two people, not a fault of the server.
 */
const LOST_REFERENCE = 'Изменение не сохранено: запись, к которой оно относится, только что удалена или изменена другим пользователем. Обновите страницу'

/** What a client sees of an error: a known code with a Russian message, or a masked internal error. */
export function formatError(formatted: GraphQLFormattedError, isDevelopment: boolean, original?: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR')
  if (unwrapResolverError(original) instanceof ForeignKeyConstraintViolationException)
    return { message: LOST_REFERENCE, path: formatted.path, extensions: { code: 'CONFLICT' } }
  if (!KNOWN_CODES.has(code)) {
    if (isDevelopment) return formatted
    return { message: 'Внутренняя ошибка сервера; подробности в журнале сервера', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
  }
  const coercion = COERCION_PATH.exec(formatted.message)
  const extensions = coercion ? { ...formatted.extensions, code, path: coercion[2] ?? coercion[1] } : formatted.extensions
  return { ...formatted, message: toRussian(formatted.message, code), extensions }
}
