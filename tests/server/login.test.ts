import 'reflect-metadata'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MikroORM } from '@mikro-orm/core'
import { DEFAULT_THROTTLE, lockAfter, throttlePolicyFromEnv, waitText } from '../../server/auth/login-throttle.js'
import { SCRYPT_COST, hashPassword, needsRehash, verifyPassword } from '../../server/auth/password.js'
import { hashSecret } from '../../server/auth/secrets.js'
import { Role } from '../../server/domain/enums.js'
import { actorOfSession, login } from '../../server/modules/user/auth.service.js'
import { Session } from '../../server/modules/user/session.entity.js'
import { User } from '../../server/modules/user/user.entity.js'
import { openOrm } from '../../server/orm.js'

const policy = { ...DEFAULT_THROTTLE, loginFreeFailures: 3, lockSeconds: 10, maxLockSeconds: 60 }
const at = new Date('2026-01-10T10:00:00Z')

describe('lockAfter', () => {
  it('lets the free failures pass without a wait', () => {
    expect(lockAfter(0, null, 3, policy)).toBeNull()
    expect(lockAfter(2, at, 3, policy)).toBeNull()
  })

  it('locks from the last failure once the free ones are spent, doubling with each further failure up to the cap', () => {
    expect(lockAfter(3, at, 3, policy)).toEqual({ until: new Date(at.getTime() + 10_000), seconds: 10 })
    expect(lockAfter(4, at, 3, policy)!.seconds).toBe(20)
    expect(lockAfter(5, at, 3, policy)!.seconds).toBe(40)
    expect(lockAfter(6, at, 3, policy)!.seconds).toBe(60)
    expect(lockAfter(60, at, 3, policy)!.seconds).toBe(60)
  })
})

describe('throttlePolicyFromEnv', () => {
  it('takes the defaults and overrides the numbers the environment sets', () => {
    expect(throttlePolicyFromEnv({})).toEqual(DEFAULT_THROTTLE)
    expect(throttlePolicyFromEnv({ LOGIN_LOCK_SECONDS: '2', LOGIN_FREE_FAILURES: '' })).toEqual({ ...DEFAULT_THROTTLE, lockSeconds: 2 })
  })

  it('stops on a number that is not one, naming the variable', () => {
    expect(() => throttlePolicyFromEnv({ LOGIN_LOCK_SECONDS: 'полминуты' })).toThrow(/LOGIN_LOCK_SECONDS/)
    expect(() => throttlePolicyFromEnv({ LOGIN_FREE_FAILURES: '0' })).toThrow(/положительное число/)
  })
})

describe('waitText', () => {
  it('says the wait in seconds and minutes', () => {
    expect(waitText(0.2)).toBe('1 с')
    expect(waitText(30)).toBe('30 с')
    expect(waitText(120)).toBe('2 мин')
    expect(waitText(125)).toBe('2 мин 5 с')
  })
})

// A hash at today's cost takes a few tenths of a second, seconds on a loaded machine.
describe('password hash', { timeout: 60_000 }, () => {
  it('is scrypt at N=2^17, r=8, p=1 with the parameters stored beside the salt', async () => {
    const hash = await hashPassword('верный-пароль')
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]+\$[\w-]+$/)
    expect(SCRYPT_COST).toEqual({ N: 131072, r: 8, p: 1 })
    expect(await verifyPassword('верный-пароль', hash)).toBe(true)
    expect(await verifyPassword('неверный', hash)).toBe(false)
    expect(needsRehash(hash)).toBe(false)
  })

  it('still verifies a hash of a lower cost and marks it for rehashing', async () => {
    const old = await hashPassword('старый-пароль', { N: 16384, r: 8, p: 1 })
    expect(await verifyPassword('старый-пароль', old)).toBe(true)
    expect(needsRehash(old)).toBe(true)
  })

  it('matches nothing for a malformed stored value', async () => {
    for (const stored of ['', 'plain', 'scrypt$x$8$1$AAAA$AAAA', 'scrypt$16384$8$1$AAAA$', 'bcrypt$10$8$1$AAAA$AAAA'])
      expect(await verifyPassword('x', stored)).toBe(false)
  })
})

describe('login against the database', { timeout: 60_000 }, () => {
  let orm: MikroORM
  beforeAll(async () => {
    orm = await openOrm('sqlite::memory:')
  })
  afterAll(() => orm.close())

  async function userWithHash(login: string, passwordHash: string): Promise<User> {
    const em = orm.em.fork()
    const user = em.create(User, { login, name: login, passwordHash, role: Role.SPECIALIST })
    await em.flush()
    return user
  }

  it('re-hashes at today\'s cost a password stored at a lower one', async () => {
    const oldHash = await hashPassword('пароль-2019', { N: 16384, r: 8, p: 1 })
    const { id } = await userWithHash('old_hash', oldHash)
    await login(orm.em.fork(), 'old_hash', 'пароль-2019', '192.0.2.1')
    const stored = (await orm.em.fork().findOneOrFail(User, { id })).passwordHash
    expect(stored).not.toBe(oldHash)
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/)
    expect(await verifyPassword('пароль-2019', stored)).toBe(true)
    // and signs in with it again, leaving it as it is
    await login(orm.em.fork(), 'old_hash', 'пароль-2019', '192.0.2.1')
    expect((await orm.em.fork().findOneOrFail(User, { id })).passwordHash).toBe(stored)
  })

  it('deletes an expired session when it is presented, and every expired one at a login', async () => {
    const user = await userWithHash('sessions', await hashPassword('пароль-сессии'))
    const em = orm.em.fork()
    const past = new Date(Date.now() - 1000)
    em.create(Session, { tokenHash: hashSecret('presented'), user: em.getReference(User, user.id), expiresAt: past })
    em.create(Session, { tokenHash: hashSecret('forgotten'), user: em.getReference(User, user.id), expiresAt: past })
    await em.flush()

    expect(await actorOfSession(orm.em.fork(), 'presented')).toBeNull()
    expect(await orm.em.fork().count(Session, { tokenHash: hashSecret('presented') })).toBe(0)
    expect(await orm.em.fork().count(Session, { tokenHash: hashSecret('forgotten') })).toBe(1)

    const { secret } = await login(orm.em.fork(), 'sessions', 'пароль-сессии', '192.0.2.2')
    expect(await orm.em.fork().count(Session, { expiresAt: { $lt: new Date() } })).toBe(0)
    expect((await actorOfSession(orm.em.fork(), secret))?.actor.userId).toBe(user.id)
  })

  it('refuses the right password after the free failures of a login, with the wait in Russian', async () => {
    await userWithHash('guessed', await hashPassword('настоящий-пароль'))
    const tight = { ...DEFAULT_THROTTLE, loginFreeFailures: 2, lockSeconds: 600 }
    for (let i = 0; i < 2; i++)
      await expect(login(orm.em.fork(), 'guessed', `подбор-${i}`, `192.0.2.${10 + i}`, tight)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } })
    const refused = login(orm.em.fork(), 'guessed', 'настоящий-пароль', '192.0.2.20', tight)
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', lockSeconds: 600 } })
    await expect(refused).rejects.toThrow(/^Слишком много неудачных попыток входа\. .*повторите через \d+ мин/)
  })
})
