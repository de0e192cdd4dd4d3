// The standard introspection query, as GraphiQL, Apollo codegen, Postman and BI connectors send
// it, against the server running in production mode.
import { buildClientSchema, getIntrospectionQuery, isObjectType, type IntrospectionQuery } from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, gql, ok, userWithRole, type Caller } from './client.js'

const FULL = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }

let session: Caller
let bi: Caller
beforeAll(async () => {
  session = await admin()
  bi = { token: (await ok<any>('mutation{ createApiToken(name:"Коннектор BI", role: BI){ token } }', {}, session)).createApiToken.token }
})

function schemaOf(data: unknown) {
  return buildClientSchema(data as IntrospectionQuery)
}

describe('introspection', () => {
  it('gives a BI token the schema with its Russian descriptions, with every option of getIntrospectionQuery', async () => {
    const schema = schemaOf(await ok(getIntrospectionQuery(FULL), {}, bi))
    expect(schema.description).toMatch(/^Ориентир: дорожная карта МСОКО/)
    const query = schema.getQueryType()!
    expect(query.description).toMatch(/Чтение/)
    expect(query.getFields().indicatorValues.description).toBe('Плоская таблица фактов для BI: постранично, в стабильном порядке')
    const value = schema.getType('IndicatorValue')
    expect(isObjectType(value) && value.getFields().actual.description).toMatch(/[а-я]/)
  })

  it('gives a signed-in user the schema with the default query of getIntrospectionQuery', async () => {
    const schema = schemaOf(await ok(getIntrospectionQuery(), {}, session))
    expect(schema.getMutationType()!.getFields().setIndicatorValues.description).toMatch(/[а-я]/)
  })

  it('gives the schema to a read-only manager as well', async () => {
    const manager = await userWithRole('MANAGER')
    const schema = schemaOf(await ok(getIntrospectionQuery(FULL), {}, manager))
    expect(schema.getType('Measure')).toBeDefined()
  })

  it('refuses the anonymous with UNAUTHENTICATED in Russian', async () => {
    const res = await gql(getIntrospectionQuery(FULL))
    expect(res.status).toBe(401)
    expect(res.data).toBeNull()
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED')
    expect(res.errors![0].message).toMatch(/войдите/)
  })

  it('refuses the anonymous a single type too, however it is asked', async () => {
    for (const query of [
      '{ __type(name: "IndicatorValue") { name fields { name } } }',
      'query { ...Q } fragment Q on Query { __schema { queryType { name } } }',
    ]) {
      const res = await gql(query)
      expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED')
    }
  })

  it('refuses a bad token like no token', async () => {
    const res = await gql(getIntrospectionQuery(), {}, { token: 'not-a-token' })
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED')
  })

  it('still answers __typename to the anonymous: it reveals nothing', async () => {
    expect(await ok('{ __typename }')).toEqual({ __typename: 'Query' })
  })
})
