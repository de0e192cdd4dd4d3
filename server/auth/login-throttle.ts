// How long a login is refused after failed attempts: pure, so the rule reads and tests alone.
// Failures are counted per login (guessing one account) and per address (one address trying
// many accounts); the store of failures is the database, shared by every server process.

export interface ThrottlePolicy {
  /** Failures of one login that cost nothing; the next attempt after them waits. */
  loginFreeFailures: number
  /** The same for one address, over all logins: higher, as an office may sit behind one address. */
  addressFreeFailures: number
  /** The first wait; each further failure doubles it, up to maxLockSeconds. */
  lockSeconds: number
  maxLockSeconds: number
  /** Failures older than this are forgotten. */
  windowSeconds: number
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  loginFreeFailures: 5,
  addressFreeFailures: 30,
  lockSeconds: 30,
  maxLockSeconds: 15 * 60,
  windowSeconds: 24 * 3600,
}

const ENV_NAMES: Record<keyof ThrottlePolicy, string> = {
  loginFreeFailures: 'LOGIN_FREE_FAILURES',
  addressFreeFailures: 'LOGIN_ADDRESS_FREE_FAILURES',
  lockSeconds: 'LOGIN_LOCK_SECONDS',
  maxLockSeconds: 'LOGIN_MAX_LOCK_SECONDS',
  windowSeconds: 'LOGIN_FAILURE_WINDOW_SECONDS',
}

/** The policy with any of its numbers overridden by the environment; a bad number stops the start. */
export function throttlePolicyFromEnv(env: Record<string, string | undefined>): ThrottlePolicy {
  const policy = { ...DEFAULT_THROTTLE }
  for (const [key, name] of Object.entries(ENV_NAMES) as [keyof ThrottlePolicy, string][]) {
    const raw = env[name]
    if (raw === undefined || raw === '') continue
    const value = Number(raw)
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}: ожидается положительное число, получено «${raw}»`)
    policy[key] = value
  }
  return policy
}

export interface Lock {
  until: Date
  /** The whole length of this lock, which grows with each failure. */
  seconds: number
}

/** The lock that `failures` failures, the last at `lastFailure`, put on the next attempt; null: none. */
export function lockAfter(failures: number, lastFailure: Date | null, freeFailures: number, policy: ThrottlePolicy): Lock | null {
  if (failures < freeFailures || !lastFailure) return null
  const seconds = Math.min(policy.maxLockSeconds, policy.lockSeconds * 2 ** (failures - freeFailures))
  return { until: new Date(lastFailure.getTime() + seconds * 1000), seconds }
}

/** «2 мин 5 с» */
export function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds))
  if (s < 60) return `${s} с`
  const minutes = Math.floor(s / 60)
  return s % 60 ? `${minutes} мин ${s % 60} с` : `${minutes} мин`
}
