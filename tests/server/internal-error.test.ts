import { DriverException } from '@mikro-orm/core'
import { GraphQLError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { describeInternalError } from '../../server/graphql/internal-error.js'

describe('describeInternalError', () => {
  it('logs a database error without its SQL and values', () => {
    const driverError = Object.assign(new Error("insert into \"app_user\" (\"login\", \"password_hash\") values ('ivanov', 'scrypt$secret-hash') - duplicate key"), { code: '23505', sqlState: '23505' })
    const error = new GraphQLError('x', { originalError: new DriverException(driverError), path: ['createUser'] })
    const line = describeInternalError(error)
    expect(line).toMatch(/DriverException \(code 23505, SQLSTATE 23505\) в createUser/)
    expect(line).not.toMatch(/ivanov|secret-hash|insert into/)
  })

  it('logs any other error with its stack', () => {
    expect(describeInternalError(new GraphQLError('x', { originalError: new TypeError('boom'), path: ['roadmap'] }))).toMatch(/^roadmap: TypeError: boom\n\s+at /)
  })
})
