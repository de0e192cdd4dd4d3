import { DriverException } from '@mikro-orm/core'
import type { GraphQLError } from 'graphql'

/**
 * What the log keeps of an unexpected error. A database error's message holds the SQL with the
 * values (notes, names, password hashes), so only its kind, codes and the stack are logged.
 */
export function describeInternalError(error: unknown): string {
  const original = (error as GraphQLError | undefined)?.originalError ?? error
  const where = (error as GraphQLError | undefined)?.path?.join('.') ?? ''
  if (original instanceof DriverException) {
    const stack = (original.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n')
    return `${original.name} (code ${original.code ?? '—'}, SQLSTATE ${original.sqlState ?? '—'}) в ${where || 'запросе'}\n${stack}`
  }
  return original instanceof Error ? `${where ? `${where}: ` : ''}${original.stack ?? original.message}` : String(original)
}
