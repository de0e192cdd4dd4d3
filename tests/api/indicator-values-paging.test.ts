// The BI pages of indicatorValues, every field, against the same rows read through the roadmap
// (roadmap → indicators → values, another path of the server): any filter, any page size, cursors
// from any page boundary give the same rows with the same fields.
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, ok, userWithRole, type Caller } from './client.js'
import { BALTIYSK } from './fixtures.js'

const NODE = `id year target actual note deviation status achievement version updatedAt
  indicator { id code name unit goodDirection valueType decimals tolerance level position direction { id code title kind parentId } }
  organization { id name shortName kind } municipality { id name region isSynthetic }`
const PAGE = `query($f:IndicatorValueFilter,$n:Int,$a:String){ indicatorValues(filter:$f, first:$n, after:$a){
  pageInfo { hasNextPage endCursor } edges { cursor node { ${NODE} } } } }`

type Node = Record<string, any> & { id: number }

let a: Caller
let bi: Caller
let municipalityId: number
let roadmapId: number
/** Every value of the Baltiysk roadmap with all the fields NODE asks, read through the roadmap. */
let expected: Map<number, Node>

async function pageAll(caller: Caller, filter: Record<string, unknown>, size: number): Promise<{ nodes: Node[]; cursors: string[] }> {
  const nodes: Node[] = []
  const cursors: string[] = []
  let after: string | null = null
  for (;;) {
    const { indicatorValues }: any = await ok(PAGE, { f: filter, n: size, a: after }, caller)
    nodes.push(...indicatorValues.edges.map((e: any) => e.node))
    cursors.push(...indicatorValues.edges.map((e: any) => e.cursor))
    expect(indicatorValues.pageInfo.endCursor).toBe(indicatorValues.edges.at(-1)?.cursor ?? null)
    if (!indicatorValues.pageInfo.hasNextPage) return { nodes, cursors }
    after = indicatorValues.pageInfo.endCursor
  }
}

beforeAll(async () => {
  a = await admin()
  const { municipalities } = await ok<any>('{ municipalities { id name } }', {}, a)
  municipalityId = municipalities.find((m: any) => m.name === BALTIYSK).id
  bi = { token: (await ok<any>('mutation{ createApiToken(name:"постранично", role: BI){ token } }', {}, a)).createApiToken.token }
  const { roadmaps } = await ok<any>('query($m:Int!){ roadmaps(municipalityId:$m){ id } }', { m: municipalityId }, a)
  roadmapId = roadmaps[0].id
  const { roadmap, municipality } = await ok<any>(
    `query($r:Int!,$m:Int!){ municipality(id:$m){ id name region isSynthetic }
      roadmap(id:$r){ indicators { id code name unit goodDirection valueType decimals tolerance level position direction { id code title kind parentId }
        values { id year target actual note deviation status achievement version updatedAt organization { id name shortName kind } } } } }`,
    { r: roadmapId, m: municipalityId },
    a,
  )
  expected = new Map()
  for (const { values, ...indicator } of roadmap.indicators)
    for (const v of values) expected.set(v.id, { ...v, indicator, municipality })
})

describe('indicatorValues pages: every field as the roadmap gives it', () => {
  it('pages a roadmap by 7 and by 5000 to the same rows, in id order, each with every field of the roadmap path', async () => {
    const small = await pageAll(bi, { roadmapId }, 7)
    const large = await pageAll(bi, { roadmapId }, 5000)
    expect(small.nodes).toEqual(large.nodes)
    expect(small.cursors).toEqual(large.cursors)
    expect(small.nodes.map((n) => n.id)).toEqual([...expected.keys()].sort((x, y) => x - y))
    for (const node of small.nodes) expect(node).toEqual(expected.get(node.id))
    expect(small.nodes.some((n) => n.organization === null) && small.nodes.some((n) => n.organization !== null)).toBe(true)
  })

  it('gives the same rows after a cursor taken at any page boundary', async () => {
    const { nodes, cursors } = await pageAll(bi, { roadmapId }, 5000)
    expect(nodes.length).toBeGreaterThan(20)
    for (const at of [0, 6, 7, nodes.length - 12, nodes.length - 2, nodes.length - 1]) {
      const { indicatorValues }: any = await ok(PAGE, { f: { roadmapId }, n: 11, a: cursors[at] }, bi)
      expect(indicatorValues.edges.map((e: any) => e.node)).toEqual(nodes.slice(at + 1, at + 12))
      expect(indicatorValues.pageInfo.hasNextPage).toBe(at + 12 < nodes.length)
    }
  })

  it('filters as the roadmap path selects: years, level, organizations, indicators, direction with its sub-sections, status', async () => {
    const all = [...expected.values()].sort((x, y) => x.id - y.id)
    const schoolRow = all.find((n) => n.organization !== null)!
    const school = schoolRow.organization.id
    const indicators = [...new Set(all.map((n) => n.indicator.id))].slice(2, 5)
    const { roadmap } = await ok<any>('query($r:Int!){ roadmap(id:$r){ allDirections { id parentId } } }', { r: roadmapId }, a)
    // A direction with sub-sections where the roadmap has them: the filter takes the whole subtree.
    const parentOf = (id: number) => roadmap.allDirections.find((d: any) => d.id === id).parentId
    let topId = all[0].indicator.direction.id
    while (parentOf(topId) !== null) topId = parentOf(topId)
    const under = new Set<number>([topId])
    for (let grew = true; grew; ) {
      grew = false
      for (const d of roadmap.allDirections) {
        if (d.parentId === null || !under.has(d.parentId) || under.has(d.id)) continue
        under.add(d.id)
        grew = true
      }
    }
    const cases: [Record<string, unknown>, (n: Node) => boolean][] = [
      [{ years: [2021, 2023] }, (n) => [2021, 2023].includes(n.year)],
      [{ municipalityLevel: true }, (n) => n.organization === null],
      [{ municipalityLevel: false, years: [schoolRow.year] }, (n) => n.organization !== null && n.year === schoolRow.year],
      [{ organizationIds: [school] }, (n) => n.organization?.id === school],
      [{ indicatorIds: indicators }, (n) => indicators.includes(n.indicator.id)],
      [{ directionId: topId }, (n) => under.has(n.indicator.direction.id)],
      [{ status: ['MET', 'NO_DATA'] }, (n) => n.status === 'MET' || n.status === 'NO_DATA'],
      [{ municipalityId, status: ['NO_TARGET', 'NOT_MET'] }, (n) => ['NO_TARGET', 'NOT_MET'].includes(n.status)],
    ]
    for (const [filter, keep] of cases) {
      const want = all.filter(keep)
      expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0)
      const { nodes } = await pageAll(bi, { roadmapId, ...filter }, 17)
      expect(nodes, JSON.stringify(filter)).toEqual(want)
    }
  })

  it('shows a school only its own rows and the municipality’s, with the same fields', async () => {
    const all = [...expected.values()].sort((x, y) => x.id - y.id)
    const org = all.find((n) => n.organization !== null)!.organization.id
    const school = await userWithRole('SCHOOL', { organizationId: org })
    const { nodes } = await pageAll(school, { roadmapId }, 500)
    expect(nodes).toEqual(all.filter((n) => n.organization === null || n.organization.id === org))
  })
})
