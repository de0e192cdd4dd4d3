import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig, redactUrl } from '../../server/config.js'

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    readConfig(env)
    return []
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    return err.problems
  }
}

describe('the configuration read at start', () => {
  it('has defaults for every variable', () => {
    expect(readConfig({})).toMatchObject({ port: 4000, host: '0.0.0.0', databaseUrl: 'sqlite:./data/orientir.sqlite', logLevel: 'info', isDevelopment: false, isOrmDebug: false, trustProxy: 'loopback', shutdownTimeoutMs: 10_000 })
  })

  it('reads an empty variable as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 4000, databaseUrl: 'sqlite:./data/orientir.sqlite' })
  })

  it('takes the values an operator sets', () => {
    expect(readConfig({ PORT: '8080', DATABASE_URL: 'postgres://orientir@db:5432/orientir', NODE_ENV: 'development', LOG_LEVEL: 'debug', TRUST_PROXY: '1', SHUTDOWN_TIMEOUT: '30' })).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://orientir@db:5432/orientir',
      isDevelopment: true,
      logLevel: 'debug',
      trustProxy: 1,
      shutdownTimeoutMs: 30_000,
    })
    expect(readConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/24' }).trustProxy).toBe('10.0.0.5, 192.168.0.0/24')
  })

  it.each([
    [{ PORT: 'abc' }, /PORT=«abc»/],
    [{ PORT: '-1' }, /PORT=«-1»/],
    [{ PORT: '65536' }, /PORT=«65536»/],
    [{ PORT: '4000.5' }, /PORT=«4000.5»/],
    [{ DATABASE_URL: 'orientir.sqlite' }, /DATABASE_URL=«orientir.sqlite»: ожидается sqlite:ПУТЬ/],
    [{ DATABASE_URL: 'sqlite:' }, /укажите путь/],
    [{ DATABASE_URL: 'postgres://db:5432' }, /не указано имя базы данных/],
    [{ DATABASE_URL: 'postgres://user@:5432/x' }, /DATABASE_URL/],
    [{ NODE_ENV: 'prod' }, /NODE_ENV=«prod»: допустимо одно из development, production, test/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL=«verbose»/],
    [{ ORM_DEBUG: 'yes' }, /ORM_DEBUG=«yes»/],
    [{ SHUTDOWN_TIMEOUT: '0' }, /SHUTDOWN_TIMEOUT=«0»/],
    [{ TRUST_PROXY: 'any;rm' }, /TRUST_PROXY/],
  ])('refuses %o in Russian, naming the variable', (env, message) => {
    const problems = problemsOf(env)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y', DATABASE_URL: 'z' })).toHaveLength(3)
  })

  it('never shows the password of a database URL', () => {
    expect(redactUrl('postgres://orientir:s3cret@db:5432/orientir')).toBe('postgres://orientir:***@db:5432/orientir')
    expect(problemsOf({ DATABASE_URL: 'postgres://orientir:s3cret@db:5432' }).join()).not.toContain('s3cret')
  })
})
