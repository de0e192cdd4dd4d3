// Every environment variable the server reads, checked once at start: a typo in PORT or
// DATABASE_URL stops the server with a Russian message naming the variable, instead of a
// stack trace from deep inside Express or the database driver.
import { DEFAULT_DATABASE_URL } from './orm.js'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

const NODE_ENVS = ['development', 'production', 'test'] as const

export interface Config {
  port: number
  host: string
  databaseUrl: string
  adminPassword: string | undefined
  isDevelopment: boolean
  logLevel: LogLevel
  /** Logs every SQL statement, with placeholders for the values. */
  isOrmDebug: boolean
  /** Express's `trust proxy`: the reverse proxies whose X-Forwarded-* headers are believed. */
  trustProxy: string | number
  /** How long a shutdown waits for requests in flight before the process exits anyway. */
  shutdownTimeoutMs: number
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Неверная конфигурация сервера:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

type Env = Record<string, string | undefined>

/** Reads the configuration from `env`; throws ConfigError listing every bad variable at once. */
export function readConfig(env: Env = process.env): Config {
  const problems: string[] = []
  // An empty variable (`PORT=` in a unit file) means "not set", as most tools read it.
  const get = (name: string): string | undefined => (env[name] === '' ? undefined : env[name])

  const integer = (name: string, fallback: number, min: number, max: number, meaning: string): number => {
    const raw = get(name)
    if (raw === undefined) return fallback
    if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}=«${raw}»: ожидается ${meaning} — целое число от ${min} до ${max}`)
      return fallback
    }
    return Number(raw)
  }

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T | undefined): T | undefined => {
    const raw = get(name)
    if (raw === undefined) return fallback
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name}=«${raw}»: допустимо одно из ${allowed.join(', ')}`)
      return fallback
    }
    return raw as T
  }

  const databaseUrl = get('DATABASE_URL') ?? DEFAULT_DATABASE_URL
  const databaseProblem = checkDatabaseUrl(databaseUrl)
  if (databaseProblem) problems.push(`DATABASE_URL=«${redactUrl(databaseUrl)}»: ${databaseProblem}`)

  const host = get('HOST') ?? '0.0.0.0'
  if (!/^[\w.:-]+$/.test(host)) problems.push(`HOST=«${host}»: ожидается адрес, например 127.0.0.1 или 0.0.0.0`)

  // loopback, a list of addresses or subnets, or a number of hops (Express's `trust proxy`).
  const trustProxy = get('TRUST_PROXY') ?? 'loopback'
  if (!/^[\w.:/, -]+$/.test(trustProxy)) problems.push(`TRUST_PROXY=«${trustProxy}»: ожидается loopback, адреса или подсети через запятую (10.0.0.5, 192.168.0.0/24) или число прокси`)

  const ormDebug = oneOf('ORM_DEBUG', ['0', '1'], '0')
  const config: Config = {
    port: integer('PORT', 4000, 0, 65535, 'номер порта'),
    host,
    databaseUrl,
    adminPassword: get('ADMIN_PASSWORD'),
    isDevelopment: oneOf('NODE_ENV', NODE_ENVS, undefined) === 'development',
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info')!,
    isOrmDebug: ormDebug === '1',
    trustProxy: /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy,
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT', 10, 1, 3600, 'число секунд') * 1000,
  }
  if (problems.length) throw new ConfigError(problems)
  return config
}

function checkDatabaseUrl(url: string): string | null {
  if (url.startsWith('sqlite:')) return url.length > 'sqlite:'.length ? null : 'после sqlite: укажите путь к файлу базы, например sqlite:./data/orientir.sqlite'
  if (!/^postgres(ql)?:\/\//.test(url)) return 'ожидается sqlite:ПУТЬ или postgres://пользователь@сервер:5432/база'
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'адрес PostgreSQL не разобран; ожидается postgres://пользователь@сервер:5432/база'
  }
  if (!parsed.hostname) return 'не указан сервер PostgreSQL'
  if (parsed.pathname.replace(/^\//, '') === '') return 'не указано имя базы данных после сервера (…:5432/orientir)'
  return null
}

/** The URL without its password, fit for a log line or an error message. */
export function redactUrl(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+:)[^@]*@/, '$1***@')
}
