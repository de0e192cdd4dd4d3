// A BI client paging through a whole region: the documents' municipalities plus synthetic ones.
import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { admin, baseUrl, ok, type Caller } from './client.js'
import type { IndicatorValuesPage } from './fixtures.js'

let a: Caller
let token: string

beforeAll(async () => {
  execFileSync(process.execPath, ['dist/server/cli/seed-synthetic.js', '--municipalities', '2', '--schools', '4', '--indicators', '12'], {
    env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
    stdio: 'ignore',
  })
  a = await admin()
  token = (await ok<any>('mutation{ createApiToken(name:"регион", role: BI){ token } }', {}, a)).createApiToken.token
})

describe('paging indicatorValues through the region', () => {
  it('returns every row exactly once, the same rows as the CSV export', async () => {
    const { municipalities } = await ok<any>('{ municipalities { isSynthetic } }', {}, { token })
    expect(municipalities.filter((m: any) => m.isSynthetic).length).toBeGreaterThanOrEqual(2)

    const ids: number[] = []
    let after: string | null = null
    let totalCount: number
    for (;;) {
      const { indicatorValues }: IndicatorValuesPage = await ok(
        'query($a:String){ indicatorValues(first: 97, after: $a){ totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { a: after },
        { token },
      )
      totalCount = indicatorValues.totalCount
      ids.push(...indicatorValues.edges.map((e) => e.node.id))
      if (!indicatorValues.pageInfo.hasNextPage) break
      after = indicatorValues.pageInfo.endCursor
    }
    expect(totalCount).toBeGreaterThan(500)
    expect(ids).toHaveLength(totalCount)
    expect(new Set(ids).size).toBe(totalCount)

    const csv = await (await fetch(`${baseUrl()}/export/values.csv?delimiter=,`, { headers: { authorization: `Bearer ${token}` } })).text()
    const csvIds = csv.trim().split('\r\n').slice(1).map((line) => Number(line.split(',')[0]))
    expect(csvIds).toEqual(ids)
  })
})
