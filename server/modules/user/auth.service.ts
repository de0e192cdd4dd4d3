import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { assertGrantableScope } from '../../auth/access.js'
import { throttlePolicyFromEnv, type ThrottlePolicy } from '../../auth/login-throttle.js'
import { hashPassword, needsRehash, unmatchableHash, verifyPassword } from '../../auth/password.js'
import { hashSecret, newSecret } from '../../auth/secrets.js'
import { ChangeSource, Role } from '../../domain/enums.js'
import { DomainError, badInput, notFound } from '../../errors.js'
import { recordChange } from '../audit/audit.service.js'
import { createAudited } from '../audit/audited-write.js'
import { Municipality } from '../municipality/municipality.entity.js'
import { ApiToken } from './api-token.entity.js'
import { assertLoginNotLocked, forgetAttempt, pruneLoginFailures, recordAttempt, type ThrottleSubject } from './login-throttle.service.js'
import { Session } from './session.entity.js'
import { User } from './user.entity.js'

export const SESSION_COOKIE = 'orientir_session'
export const SESSION_DAYS = 14
export const LOGIN_PATTERN = /^[\p{L}\p{N}._-]{3,64}$/u
const READ_ONLY_TOKEN_ROLES = [Role.BI, Role.MANAGER]

export function actorOfUser(user: User): Actor {
  return {
    role: user.role,
    name: user.name,
    userId: user.id,
    apiTokenId: null,
    municipalityId: user.municipality?.id ?? null,
    organizationId: user.organization?.id ?? null,
    source: ChangeSource.WEB,
  }
}

export function actorOfToken(token: ApiToken): Actor {
  return {
    role: token.role,
    name: `токен «${token.name}»`,
    userId: null,
    apiTokenId: token.id,
    municipalityId: token.municipality?.id ?? null,
    organizationId: null,
    source: ChangeSource.API,
  }
}

const throttlePolicy = throttlePolicyFromEnv(process.env)

/**
 * Checks the password and opens a session; returns the user and the cookie's secret. Repeated
 * failures of one login or from one address close the door for a growing while, even to the
 * right password; a stored hash of a lower cost than today's is made anew.
 */
export async function login(
  em: EntityManager,
  loginName: string,
  password: string,
  address: string,
  policy: ThrottlePolicy = throttlePolicy,
): Promise<{ user: User; secret: string }> {
  const name = loginName.trim()
  // A login no account can have is not looked up (nor stored): it only counts for the address.
  const loginSubject = LOGIN_PATTERN.test(name) ? `login:${name}` : null
  const subjects: ThrottleSubject[] = [{ subject: `address:${address.slice(0, 64)}`, freeFailures: policy.addressFreeFailures }]
  if (loginSubject) subjects.push({ subject: loginSubject, freeFailures: policy.loginFreeFailures })
  const now = new Date()
  await assertLoginNotLocked(em, subjects, policy, now)
  const attempt = await recordAttempt(em, subjects, now)

  const user = loginSubject ? await em.findOne(User, { login: name }) : null
  // Hash even for an unknown login, at today's cost, so the response time does not tell which logins exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await unmatchableHash()))
  if (!user || !ok || !user.isActive) throw new DomainError('UNAUTHENTICATED', 'Неверный логин или пароль')

  await forgetAttempt(em, attempt, loginSubject)
  if (needsRehash(user.passwordHash)) user.passwordHash = await hashPassword(password)
  await em.nativeDelete(Session, { expiresAt: { $lt: now } })
  await pruneLoginFailures(em, policy, now)
  const secret = newSecret()
  em.create(Session, { tokenHash: hashSecret(secret), user, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86400_000) })
  await em.flush()
  return { user, secret }
}

export async function logout(em: EntityManager, secret: string | undefined): Promise<void> {
  if (secret) await em.nativeDelete(Session, { tokenHash: hashSecret(secret) })
}

export async function actorOfSession(em: EntityManager, secret: string): Promise<{ actor: Actor; user: User } | null> {
  const session = await em.findOne(Session, { tokenHash: hashSecret(secret) }, { populate: ['user'] })
  if (!session) return null
  if (session.expiresAt < new Date()) {
    await em.nativeDelete(Session, { tokenHash: session.tokenHash })
    return null
  }
  if (!session.user.isActive) return null
  return { actor: actorOfUser(session.user), user: session.user }
}

export async function actorOfBearer(em: EntityManager, secret: string): Promise<Actor | null> {
  const token = await em.findOne(ApiToken, { tokenHash: hashSecret(secret), revokedAt: null })
  if (!token) return null
  // A BI system polls; recording every use would write on every read. Once a minute is enough.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: new Date() })
  }
  return actorOfToken(token)
}

export async function createApiToken(
  em: EntityManager,
  actor: Actor,
  name: string,
  role: Role,
  municipalityId: number | null,
): Promise<{ apiToken: ApiToken; token: string }> {
  if (!name.trim()) throw badInput('Укажите название токена')
  if (!READ_ONLY_TOKEN_ROLES.includes(role)) throw badInput('Токен API выдаётся только для чтения: роль BI или MANAGER')
  const scope = municipalityId ?? actor.municipalityId
  assertGrantableScope(actor, scope)
  if (scope !== null && !(await em.count(Municipality, { id: scope }))) throw notFound('Муниципалитет', scope)
  const token = newSecret('ort_')
  const apiToken = em.create(ApiToken, {
    name: name.trim(),
    tokenHash: hashSecret(token),
    prefix: token.slice(0, 8),
    role,
    municipality: scope ? em.getReference(Municipality, scope) : null,
    createdBy: actor.userId ? em.getReference(User, actor.userId) : null,
    createdAt: new Date(),
  })
  await createAudited(em, actor, 'ApiToken', apiToken, { name: apiToken.name, role })
  return { apiToken, token }
}

export async function revokeApiToken(em: EntityManager, actor: Actor, id: number): Promise<ApiToken> {
  const token = await em.findOne(ApiToken, { id })
  if (!token) throw notFound('Токен', id)
  assertGrantableScope(actor, token.municipality?.id ?? null)
  if (!token.revokedAt) {
    token.revokedAt = new Date()
    recordChange(em, actor, { entityType: 'ApiToken', entityId: id, action: 'update', before: { revokedAt: null }, after: { revokedAt: token.revokedAt } })
    await em.flush()
  }
  return token
}

/** On an empty database: the first user, «admin», with ADMIN_PASSWORD or a generated password printed once. */
export async function ensureAdmin(em: EntityManager, password: string | undefined, print: (line: string) => void): Promise<void> {
  if ((await em.count(User, {})) > 0) return
  const generated = password ? null : newSecret().slice(0, 16)
  em.create(User, {
    login: 'admin',
    name: 'Администратор',
    passwordHash: await hashPassword(password ?? generated!),
    role: Role.ADMIN,
    createdAt: new Date(),
  })
  await em.flush()
  if (generated) print(`Создан администратор: логин admin, пароль ${generated} (показан один раз — сохраните его)`)
  else print('Создан администратор: логин admin, пароль из ADMIN_PASSWORD')
}
