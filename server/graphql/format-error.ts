import type { GraphQLFormattedError } from 'graphql'

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
])

// graphql-js words a bad variable in English; say it in Russian and keep the path to the cell.
const COERCION = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s

export function formatError(formatted: GraphQLFormattedError, isDevelopment: boolean): GraphQLFormattedError {
  const match = COERCION.exec(formatted.message)
  if (match) {
    const [, variable, value, path, reason] = match
    const where = path ?? variable
    return {
      ...formatted,
      message: `Неверное значение ${value} в ${where}: ${translate(reason)}`,
      extensions: { code: 'BAD_USER_INPUT', path: where, value },
    }
  }
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR')
  if (!KNOWN_CODES.has(code)) {
    if (isDevelopment) return formatted
    return { message: 'Внутренняя ошибка сервера; подробности в журнале сервера', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
  }
  return formatted
}

function translate(reason: string): string {
  if (/Float cannot represent|Int cannot represent/.test(reason)) return 'ожидается число'
  if (/non-nullable|Expected non-nullable/.test(reason)) return 'поле обязательно'
  if (/Value .* does not exist in .* enum/.test(reason)) return 'нет такого значения перечисления'
  if (/String cannot represent/.test(reason)) return 'ожидается строка'
  return reason
}
