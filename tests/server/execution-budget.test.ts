import { buildSchema, execute, parse, type GraphQLObjectType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { COMPACT_TABLE, ExecutionBudget, meterResolvers } from '../../server/graphql/execution-budget.js'

// A list of rows whose fields count how often they are resolved.
function rowsSchema(rows: number) {
  const schema = buildSchema('type Row { id: Int! name: String }  type Query { rows: [Row!]! slow: Int }')
  let walked = 0
  schema.getQueryType()!.getFields().rows.resolve = async () => Array.from({ length: rows }, (_, id) => ({ id }))
  schema.getQueryType()!.getFields().slow.resolve = () => 1
  ;(schema.getType('Row') as GraphQLObjectType).getFields().id.resolve = (source: { id: number }) => {
    walked += 1
    return source.id
  }
  return { schema, walked: () => walked }
}

function run(schema: ReturnType<typeof rowsSchema>['schema'], query: string, budget: ExecutionBudget | undefined) {
  const context = {}
  meterResolvers(schema, (c) => (c === context ? budget : undefined))
  return execute({ schema, document: parse(query), contextValue: context })
}

describe('the execution budget', () => {
  it('lets a query through that resolves no more than the budget', async () => {
    const { schema } = rowsSchema(10)
    const budget = new ExecutionBudget({ resolved: 100, milliseconds: 60_000 })
    const result = await run(schema, '{ rows { id name } }', budget)
    expect(result.errors).toBeUndefined()
    // rows (1) + its 10 items + 10 × 2 fields
    expect(budget.resolved).toBe(31)
  })

  it('stops a list that really holds more than the budget before any of its rows is walked', async () => {
    const { schema, walked } = rowsSchema(100_000)
    const budget = new ExecutionBudget({ resolved: 1000, milliseconds: 60_000 })
    const result = await run(schema, '{ rows { id name } }', budget)
    expect(walked()).toBe(0)
    expect(result.data).toBeNull()
    expect(result.errors![0].message).toMatch(/слишком большой: больше 1\s000 полей и строк/)
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT')
  })

  it('stops every field after the time is up, and says so in Russian', async () => {
    const { schema } = rowsSchema(10)
    let now = 0
    const budget = new ExecutionBudget({ resolved: 1_000_000, milliseconds: 15_000 }, () => now)
    now = 15_001
    const result = await run(schema, '{ slow rows { id } }', budget)
    expect(result.errors!.every((e) => e.message === 'Запрос выполнялся дольше 15 с и был остановлен. Сузьте отбор или запрашивайте по страницам (first, after)')).toBe(true)
    expect(budget.stopped).not.toBeNull()
    expect(() => budget.spend()).toThrow(budget.stopped!)
  })

  it('reads the clock at the first field and then once per 256, and still stops within 256 fields of the deadline', () => {
    let now = 0
    let reads = 0
    const budget = new ExecutionBudget({ resolved: 1_000_000, milliseconds: 15_000 }, () => {
      reads += 1
      return now
    })
    reads = 0
    for (let i = 0; i < 10_000; i += 1) budget.spend()
    expect(reads).toBe(Math.ceil(10_000 / 256))
    now = 15_001
    let fields = 0
    expect(() => {
      for (;;) {
        budget.spend()
        fields += 1
      }
    }).toThrow(/дольше 15 с/)
    expect(fields).toBeLessThan(256)
  })

  it('leaves a request without a budget (a mutation) alone', async () => {
    const { schema } = rowsSchema(5000)
    const result = await run(schema, '{ rows { id } }', undefined)
    expect(result.errors).toBeUndefined()
  })

  it('leaves no promise unhandled when the budget runs out inside a list of async and sync fields (the server exited on it)', async () => {
    const schema = buildSchema('type Row { id: Int! name: String! }  type Query { rows: [Row!]! }')
    schema.getQueryType()!.getFields().rows.resolve = () => Array.from({ length: 100 }, (_, id) => ({ id }))
    ;(schema.getType('Row') as GraphQLObjectType).getFields().name.resolve = async (source: { id: number }) => `row ${source.id}`
    const unhandled: unknown[] = []
    const record = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      const budget = new ExecutionBudget({ resolved: 150, milliseconds: 60_000 })
      const result = await run(schema, '{ rows { name id } }', budget)
      expect(result.errors![0].message).toMatch(/слишком большой/)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', record)
    }
  })

  it('counts a compact table by its rows, once, and its columns of scalars not again', async () => {
    const schema = buildSchema('type Table { rowCount: Int! ids: [Int!]! years: [Int!]! }  type Query { table: Table! }')
    const table = schema.getType('Table') as GraphQLObjectType
    table.extensions = { [COMPACT_TABLE]: true }
    const rows = 40_000
    schema.getQueryType()!.getFields().table.resolve = () => ({ rowCount: rows, ids: Array.from({ length: rows }, (_, k) => k), years: Array.from({ length: rows }, () => 2021) })
    const budget = new ExecutionBudget({ resolved: 100_000, milliseconds: 60_000 })
    const result = await run(schema, '{ table { rowCount ids years } }', budget)
    expect(result.errors).toBeUndefined()
    // table (1) + its 40 000 rows + 3 columns
    expect(budget.resolved).toBe(1 + rows + 3)
  })

  it('refuses the same compact table asked under aliases past the budget', async () => {
    const schema = buildSchema('type Table { rowCount: Int! ids: [Int!]! }  type Query { table: Table! }')
    ;(schema.getType('Table') as GraphQLObjectType).extensions = { [COMPACT_TABLE]: true }
    schema.getQueryType()!.getFields().table.resolve = () => ({ rowCount: 40_000, ids: Array.from({ length: 40_000 }, (_, k) => k) })
    const budget = new ExecutionBudget({ resolved: 100_000, milliseconds: 60_000 })
    const result = await run(schema, '{ a: table { ids } b: table { ids } c: table { ids } }', budget)
    expect(result.errors![0].message).toMatch(/слишком большой/)
  })
})
