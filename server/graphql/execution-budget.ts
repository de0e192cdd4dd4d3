import { GraphQLError, defaultFieldResolver, getNamedType, isObjectType, type GraphQLSchema } from 'graphql'

/**
 * The extension (`@Extensions({ [COMPACT_TABLE]: true })`) of an object type that is a compact
 * table: its fields are columns, lists of scalars with one cell of each of its rows. The table
 * pays for its rows once, when it is resolved (its `rowCount`, as a list pays for its items); its
 * columns are serialised, never walked by resolvers, and are not counted again cell by cell. So a
 * municipality's whole table (about 48 000 values) fits in one query, and asking it again under
 * aliases still adds up to the refusal.
 */
export const COMPACT_TABLE = 'compactTable'

/**
 * The clock is read at the first field and then once per this many: Date.now() costs about
 * 0.3 µs on the virtual machines this runs on, as much as the rest of a field's metering, and a
 * BI page resolves about 125 000 fields. So many fields take well under a millisecond.
 */
const CLOCK_EVERY = 256

export interface CompactTable {
  readonly rowCount: number
}

export interface BudgetLimits {
  /** Fields and list items a query may resolve. */
  resolved: number
  milliseconds: number
}

/**
 * What one query may still resolve, counted while it runs: every field resolved and every item
 * of every list, so a list costs what it really holds. Once spent or out of time it stays
 * stopped: a list past the budget is never walked and every later field fails at once, so the
 * work ends, not only the response.
 */
export class ExecutionBudget {
  private used = 0
  private readonly deadline: number
  private nextClockRead = 0
  stopped: GraphQLError | null = null

  constructor(
    private readonly limits: BudgetLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.milliseconds
  }

  get resolved(): number {
    return this.used
  }

  /** Before a field is resolved: throws the refusal once the budget is spent or the time is up. */
  spend(count = 1): void {
    if (!this.stopped) {
      this.used += count
      if (this.used > this.limits.resolved) this.stopped = tooLarge(this.limits.resolved)
      else if (this.used >= this.nextClockRead) {
        this.nextClockRead = this.used + CLOCK_EVERY
        if (this.now() > this.deadline) this.stopped = tooSlow(this.limits.milliseconds)
      }
    }
    if (this.stopped) throw this.stopped
  }

  /** After a field is resolved: a list pays for its items before any of them is walked. */
  paid<T>(value: T): T {
    if (Array.isArray(value)) this.spend(value.length)
    return value
  }

  /** After a compact table is resolved: its rows, before any column is serialised. */
  paidRows<T extends CompactTable | null | undefined>(table: T): T {
    if (table) this.spend(table.rowCount)
    return table
  }
}

const isCompactTable = (type: { extensions?: Readonly<Record<string, unknown>> | null }): boolean => type.extensions?.[COMPACT_TABLE] === true

/**
 * Wraps every resolver of the schema's own types (introspection is bounded apart) so that a
 * query with a budget spends from it. Sync resolvers stay sync: most fields are plain properties.
 */
export function meterResolvers(schema: GraphQLSchema, budgetOf: (context: unknown) => ExecutionBudget | undefined): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue
    const isColumn = isCompactTable(type)
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver
      const isTable = isCompactTable(getNamedType(field.type))
      const pay = (budget: ExecutionBudget, value: unknown): unknown =>
        isColumn ? value : isTable ? budget.paidRows(value as CompactTable | null) : budget.paid(value)
      field.resolve = (source, args, context, info) => {
        const budget = budgetOf(context)
        if (!budget) return resolve(source, args, context, info)
        try {
          budget.spend()
          const result = resolve(source, args, context, info)
          return isPromise(result) ? result.then((value) => pay(budget, value)) : pay(budget, result)
        } catch (error) {
          // Refused as a rejected promise, never thrown: graphql-js 16 leaves the promises of a
          // list's earlier rows unhandled when a later row throws at once, and Node then exits.
          return Promise.reject(error)
        }
      }
    }
  }
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function'

// A path makes graphql-js keep this one error object wherever a field fails with it, instead of
// wrapping a copy for each of possibly millions of fields.
const refusal = (message: string, extensions: Record<string, unknown>): GraphQLError =>
  new GraphQLError(message, { path: [], extensions: { code: 'BAD_USER_INPUT', ...extensions } })

const tooLarge = (maximum: number): GraphQLError =>
  refusal(
    `Ответ на запрос слишком большой: больше ${maximum.toLocaleString('ru-RU')} полей и строк; выполнение остановлено. ` +
      'Сузьте отбор или запрашивайте по страницам (first, after)',
    { maximum },
  )

const tooSlow = (milliseconds: number): GraphQLError =>
  refusal(
    `Запрос выполнялся дольше ${milliseconds / 1000} с и был остановлен. Сузьте отбор или запрашивайте по страницам (first, after)`,
    { maximumSeconds: milliseconds / 1000 },
  )
