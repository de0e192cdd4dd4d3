import { ForeignKeyConstraintViolationException } from '@mikro-orm/core'
import { GraphQLError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { formatError } from '../../server/graphql/format-error.js'

describe('formatError', () => {
  it('answers a foreign key broken by a concurrent delete as a CONFLICT in Russian, not an internal error', () => {
    const cause = new ForeignKeyConstraintViolationException(Object.assign(new Error('FOREIGN KEY constraint failed'), { code: 'SQLITE_CONSTRAINT' }))
    const thrown = new GraphQLError(cause.message, { originalError: cause, path: ['setIndicatorValues'] })
    const formatted = formatError({ message: cause.message, path: ['setIndicatorValues'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, false, thrown)
    expect(formatted).toEqual({ message: expect.stringMatching(/^Изменение не сохранено: запись, к которой оно относится, только что удалена/), path: ['setIndicatorValues'], extensions: { code: 'CONFLICT' } })
  })

  it('masks any other internal error in production', () => {
    const thrown = new GraphQLError('SQLITE_IOERR', { originalError: new Error('SQLITE_IOERR') })
    expect(formatError({ message: 'SQLITE_IOERR', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, false, thrown))
      .toEqual({ message: 'Внутренняя ошибка сервера; подробности в журнале сервера', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } })
  })
})
