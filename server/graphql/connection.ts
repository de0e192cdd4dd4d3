import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql'
import { badInput } from '../errors.js'

@ObjectType({ description: 'Сведения о странице выборки' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Есть ли следующая страница' })
  hasNextPage!: boolean

  @Field(() => String, { nullable: true, description: 'Курсор последней строки страницы; передайте его в after' })
  endCursor!: string | null
}

export const MAX_PAGE = 5000
export const DEFAULT_PAGE = 100

/** A cursor connection type (edges, pageInfo, totalCount) for rows of one type. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `Строка выборки: ${description}` })
  class Edge {
    @Field(() => String, { description: 'Курсор строки' })
    cursor!: string

    @Field(() => node, { description: 'Строка' })
    node!: T
  }

  @ObjectType(`${name}Connection`, { description: `Постраничная выборка: ${description}` })
  class Connection {
    @Field(() => [Edge], { description: 'Строки страницы' })
    edges!: Edge[]

    @Field(() => PageInfo, { description: 'Сведения о странице' })
    pageInfo!: PageInfo

    @Field(() => Int, { description: 'Сколько всего строк под отбором' })
    totalCount!: number
  }
  return Connection
}

export interface Page<T> {
  edges: { cursor: string; node: T }[]
  pageInfo: PageInfo
  totalCount: number | Promise<number>
}

// Cursors are opaque to clients; inside they are the row id, the stable order of every listing.
export const encodeCursor = (id: number): string => Buffer.from(`id:${id}`).toString('base64url')

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0
  const match = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString())
  if (!match) throw badInput(`Неверный курсор «${cursor}»`)
  return Number(match[1])
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badInput(`first должен быть от 1 до ${MAX_PAGE}`)
  return size
}

/**
 * A page of `size` rows from `rows` (one more than the page says whether another follows).
 * `totalCount` may be a count to run only when the query selects the field: over a large filtered
 * join it can cost more than the page itself, and a pager that does not ask for it does not wait.
 */
export function toPage<T extends { id: number }>(rows: T[], size: number, totalCount: number | (() => Promise<number>)): Page<T> {
  const pageRows = rows.slice(0, size)
  let counted: number | Promise<number> | undefined = typeof totalCount === 'number' ? totalCount : undefined
  return {
    edges: pageRows.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: pageRows.length ? encodeCursor(pageRows[pageRows.length - 1].id) : null },
    // Read by GraphQL's resolver of the field, so only when selected; counted at most once.
    get totalCount() {
      return (counted ??= (totalCount as () => Promise<number>)())
    },
  }
}

export interface PageArgs<F> {
  filter?: F | null
  first?: number | null
  after?: string | null
}

/** The arguments of a connection query: a filter of the given input type, first, after. */
export function pageArgsOf<F extends object>(filter: ClassType<F>) {
  @ArgsType()
  class Args implements PageArgs<F> {
    @Field(() => filter, { nullable: true, description: 'Отбор' })
    filter?: F | null

    @Field(() => Int, { nullable: true, description: `Сколько строк вернуть (1..${MAX_PAGE}, по умолчанию ${DEFAULT_PAGE})` })
    first?: number | null

    @Field(() => String, { nullable: true, description: 'Курсор: строки после него' })
    after?: string | null
  }
  return Args
}
