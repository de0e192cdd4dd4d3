import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface'
import { GraphQLError, buildSchema, execute, getIntrospectionQuery, parse, type ExecutionResult, type GraphQLObjectType, type GraphQLSchema } from 'graphql'
import { DateTimeISOResolver } from 'graphql-scalars'
import { describe, expect, it } from 'vitest'
import { compiledExecutorGateway } from '../../server/graphql/compiled-executor.js'

// A schema with what the app's schema has: a custom scalar from graphql-scalars, an enum, non-null
// fields, lists, an interface, sync and async resolvers, resolvers that fail and a mutation.
function testSchema(): GraphQLSchema {
  const schema = buildSchema(`
    scalar DateTimeISO
    enum Status { MET NOT_MET }
    interface Named { name: String! }
    type Row implements Named { id: Int! name: String! status: Status when: DateTimeISO failing: Int required: Int! }
    type Other implements Named { name: String! }
    type Query {
      rows(count: Int!): [Row!]! later: [Row!] broken: [Row!] named: [Named!]! badEnum: Status badDate: DateTimeISO
      refused: Int domainError: Int
    }
    type Mutation { add(n: Int!): Int! }`)
  Object.assign(schema.getType('DateTimeISO')!, { serialize: DateTimeISOResolver.serialize, parseValue: DateTimeISOResolver.parseValue })
  const rows = (count: number) =>
    Array.from({ length: count }, (_, id) => ({ id, name: `row ${id}`, status: id % 2 ? 'MET' : 'NOT_MET', when: new Date(Date.UTC(2026, 0, id + 1)), required: id === 2 ? null : id }))
  const query = (schema.getQueryType() as GraphQLObjectType).getFields()
  query.rows.resolve = (_s, { count }: { count: number }) => rows(count)
  query.later.resolve = async () => rows(3)
  query.broken.resolve = () => rows(4)
  query.named.resolve = () => [...rows(1), { name: 'other' }]
  query.badEnum.resolve = () => 'NEITHER'
  query.badDate.resolve = () => 'not a date'
  query.refused.resolve = () => {
    throw new GraphQLError('Недостаточно прав для этого действия', { extensions: { code: 'FORBIDDEN' } })
  }
  query.domainError.resolve = async () => {
    throw new Error('the database went away')
  }
  ;(schema.getType('Row') as GraphQLObjectType).getFields().failing.resolve = (row: { id: number }) => {
    if (row.id === 1) throw new GraphQLError('Ошибка в строке', { extensions: { code: 'BAD_USER_INPUT', row: row.id } })
    return row.id
  }
  const order: number[] = []
  ;(schema.getMutationType() as GraphQLObjectType).getFields().add.resolve = async (_s, { n }: { n: number }) => {
    await new Promise((resolve) => setTimeout(resolve, 5 - n))
    order.push(n)
    return order.length
  }
  ;(schema.getType('Named') as unknown as { resolveType: (v: { id?: number }) => string }).resolveType = (v) => (v.id === undefined ? 'Other' : 'Row')
  return schema
}

let hashes = 0
async function both(schema: GraphQLSchema, executor: GatewayExecutor, source: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(source)
  const expected = await execute({ schema, document, variableValues: variables, operationName, contextValue: {} })
  const context = { document, request: { query: source, variables, operationName }, queryHash: `q${(hashes += 1)}`, operationName: operationName ?? null, context: {} }
  const actual = await executor(context as unknown as GatewayGraphQLRequestContext)
  return { expected, actual }
}

// What a client receives of a result: data, and each error's message, path, locations and extensions.
const wire = (result: ExecutionResult) => JSON.parse(JSON.stringify({ data: result.data, errors: result.errors?.map((e) => e.toJSON()) }))

describe('the compiled executor', () => {
  const schema = testSchema()
  const executorOf = async () => (await compiledExecutorGateway(schema).load({ apollo: {} as never })).executor!

  it.each([
    ['fields, aliases, fragments, __typename and a custom scalar', 'query($n: Int!) { rows(count: $n) { id ...F alias: name __typename } } fragment F on Row { name status when }', { n: 3 }],
    ['@skip and @include with variables', 'query($s: Boolean!) { rows(count: 2) { id name @skip(if: $s) status @include(if: $s) } }', { s: true }],
    ['an async list', '{ later { id when } }', {}],
    ['an interface', '{ named { __typename name ... on Row { id } } }', {}],
    ['a resolver error in a nullable field: its path and extensions', '{ rows(count: 3) { id failing } }', {}],
    ['null in a non-null field, carried up to the nearest nullable list', '{ broken { id required } }', {}],
    ['null in a non-null field under a non-null root: data is null', '{ rows(count: 3) { id required } }', {}],
    ['an enum value the type does not have', '{ badEnum }', {}],
    ['a custom scalar that cannot serialise its value', '{ badDate }', {}],
    ['a domain error thrown by a root field', '{ refused rows(count: 1) { id } }', {}],
    ['introspection', getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }), {}],
  ])('answers %s as graphql-js does', async (_what, source, variables) => {
    const { expected, actual } = await both(schema, await executorOf(), source, variables)
    expect(wire(actual)).toEqual(wire(expected))
  })

  it('keeps the original error of a failed resolver, as formatError reads it', async () => {
    const { expected, actual } = await both(schema, await executorOf(), '{ domainError }')
    expect(wire(actual)).toEqual(wire(expected))
    expect(actual.errors![0].originalError?.message).toBe('the database went away')
    expect(actual.errors![0]).toBeInstanceOf(GraphQLError)
  })

  it('runs the named operation of a document with several, and the fields of a mutation one after another', async () => {
    const source = 'query A { rows(count: 1) { id } } mutation B { a: add(n: 1) b: add(n: 2) c: add(n: 3) }'
    const executor = await executorOf()
    const document = parse(source)
    const run = (operationName: string) =>
      executor({ document, request: { query: source, variables: {}, operationName }, queryHash: 'same document', operationName, context: {} } as unknown as GatewayGraphQLRequestContext)
    expect((await run('A')).data).toEqual({ rows: [{ id: 0 }] })
    expect((await run('B')).data).toEqual({ a: 1, b: 2, c: 3 })
    expect((await run('A')).data).toEqual({ rows: [{ id: 0 }] })
  })

  it('runs a compiled operation again with other variables', async () => {
    const source = 'query($n: Int!) { rows(count: $n) { id } }'
    const executor = await executorOf()
    const document = parse(source)
    const run = (n: number) => executor({ document, request: { query: source, variables: { n } }, queryHash: 'rows', operationName: null, context: {} } as unknown as GatewayGraphQLRequestContext)
    expect((await run(1)).data).toEqual({ rows: [{ id: 0 }] })
    expect((await run(2)).data).toEqual({ rows: [{ id: 0 }, { id: 1 }] })
  })
})
