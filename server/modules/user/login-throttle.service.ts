// Throttling of failed logins through the database: every server process on it counts alike.
import type { EntityManager } from '@mikro-orm/core'
import { lockAfter, waitText, type Lock, type ThrottlePolicy } from '../../auth/login-throttle.js'
import { DomainError } from '../../errors.js'
import { LoginFailure } from './login-failure.entity.js'

export interface ThrottleSubject {
  subject: string
  freeFailures: number
}

/** Refuses the attempt, whatever its password, while a lock of any of its subjects runs. */
export async function assertLoginNotLocked(em: EntityManager, subjects: ThrottleSubject[], policy: ThrottlePolicy, now: Date): Promise<void> {
  const since = new Date(now.getTime() - policy.windowSeconds * 1000)
  let longest: Lock | null = null
  for (const { subject, freeFailures } of subjects) {
    const failures = await em.count(LoginFailure, { subject, at: { $gt: since } })
    if (failures < freeFailures) continue
    const last = await em.findOne(LoginFailure, { subject, at: { $gt: since } }, { orderBy: { at: 'desc' } })
    const lock = lockAfter(failures, last?.at ?? null, freeFailures, policy)
    if (lock && lock.until > now && (!longest || lock.until > longest.until)) longest = lock
  }
  if (longest) throw tooManyAttempts(longest, now)
}

/**
 * Counts the attempt as failed before the password is checked, so that parallel guesses see
 * each other; a successful login then takes it back with forgetAttempt.
 */
export async function recordAttempt(em: EntityManager, subjects: ThrottleSubject[], now: Date): Promise<number[]> {
  const rows = subjects.map(({ subject }) => em.create(LoginFailure, { subject, at: now }))
  await em.flush()
  return rows.map((r) => r.id)
}

/** After a successful login: the login's failures are forgiven; the address keeps its earlier ones. */
export async function forgetAttempt(em: EntityManager, attemptIds: number[], loginSubject: string | null): Promise<void> {
  await em.nativeDelete(LoginFailure, { id: { $in: attemptIds } })
  if (loginSubject) await em.nativeDelete(LoginFailure, { subject: loginSubject })
}

export async function pruneLoginFailures(em: EntityManager, policy: ThrottlePolicy, now: Date): Promise<void> {
  await em.nativeDelete(LoginFailure, { at: { $lt: new Date(now.getTime() - policy.windowSeconds * 1000) } })
}

function tooManyAttempts(lock: Lock, now: Date): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((lock.until.getTime() - now.getTime()) / 1000))
  return new DomainError(
    'TOO_MANY_REQUESTS',
    `Слишком много неудачных попыток входа. Вход временно закрыт: повторите через ${waitText(retryAfterSeconds)}`,
    { retryAfterSeconds, retryAt: lock.until.toISOString(), lockSeconds: lock.seconds },
  )
}
