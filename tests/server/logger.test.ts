import 'reflect-metadata'
import { Writable } from 'node:stream'
import { GraphQLError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { Role } from '../../server/domain/enums.js'
import { readiness } from '../../server/http/health.routes.js'
import { createLogger, serializeError } from '../../server/logger.js'
import { User } from '../../server/modules/user/user.entity.js'
import { openOrm } from '../../server/orm.js'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { logger: createLogger(stream), text: () => lines.join('') }
}

describe('the logger', () => {
  it('redacts passwords, tokens and cookies wherever they sit in a logged object', () => {
    const { logger, text } = capture()
    logger.info({ password: 'p-1', variables: { password: 'p-2', input: { newPassword: 'p-3' } }, req: { headers: { authorization: 'Bearer t-4', cookie: 'orientir_session=c-5' } }, token: 't-6' }, 'login')
    for (const secret of ['p-1', 'p-2', 'p-3', 't-4', 'c-5', 't-6']) expect(text()).not.toContain(secret)
    expect(text()).toContain('[скрыто]')
  })

  it('logs a body-parser error without the body it quotes', () => {
    const err = Object.assign(new SyntaxError(`Unexpected token 'x', "{"password":"hunter2"x" is not valid JSON`), { type: 'entity.parse.failed', status: 400, body: '{"password":"hunter2"x' })
    const serialized = serializeError(err)
    expect(JSON.stringify(serialized)).not.toContain('hunter2')
    expect(serialized).toMatchObject({ status: 400, message: 'тело запроса не принято' })
  })

  it('logs a database error without the values of its statement', async () => {
    const orm = await openOrm('sqlite::memory:')
    const em = orm.em.fork()
    const user = { login: 'twice', name: 'Значение-в-SQL', passwordHash: 'hash-value-in-sql', role: Role.MANAGER, createdAt: new Date() }
    em.create(User, user)
    em.create(User, { ...user })
    const err = await em.flush().then(() => null, (e: unknown) => e)
    await orm.close()
    expect(String((err as Error).message)).toContain('hash-value-in-sql')
    const { logger, text } = capture()
    logger.error({ err }, 'Ошибка базы данных')
    // As Apollo hands it to formatError: a GraphQLError that repeats the original's message.
    logger.error({ err: new GraphQLError((err as Error).message, { originalError: err as Error, path: ['createUser'] }) }, 'Внутренняя ошибка GraphQL')
    expect(text()).toContain('UniqueConstraintViolationException')
    expect(text()).toContain('"path":"createUser"')
    expect(text()).not.toContain('hash-value-in-sql')
    expect(text()).not.toContain('Значение-в-SQL')
  })
})

describe('readiness', () => {
  it('is ready while the database answers, and not once it is closed or the server is stopping', async () => {
    const orm = await openOrm('sqlite::memory:')
    expect(await readiness(orm, { isShuttingDown: false })).toEqual({ isReady: true })
    expect(await readiness(orm, { isShuttingDown: true })).toEqual({ isReady: false, reason: 'Сервер останавливается' })
    await orm.close()
    const closed = await readiness(orm, { isShuttingDown: false })
    expect(closed.isReady).toBe(false)
    expect(closed.reason).toMatch(/база данных/)
  })
})
