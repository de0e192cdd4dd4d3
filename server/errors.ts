import { GraphQLError } from 'graphql'

export type ErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'TOO_MANY_REQUESTS'

/** The one error type of the domain: a Russian message and a code for `extensions.code`. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } })
  }
}

export const unauthenticated = (): DomainError =>
  new DomainError('UNAUTHENTICATED', 'Требуется вход: войдите в систему или передайте токен API')

export const forbidden = (message = 'Недостаточно прав для этого действия'): DomainError =>
  new DomainError('FORBIDDEN', message)

export const notFound = (what: string, id: number | string): DomainError =>
  new DomainError('NOT_FOUND', `${what} не найден(а): ${id}`, { id })

export const badInput = (message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError('BAD_USER_INPUT', message, details)
