// The seeded measures' deadlines as the documents mean them, read over the API on a fresh
// install (no status set for any measure of 000 or 003 in this run).
import { beforeAll, describe, expect, it } from 'vitest'
import { readSourceTsv } from '../../seeds/source-files.js'
import { admin, ok, type Caller } from './client.js'

let a: Caller
const roadmapIds: Record<string, number> = {}

const MEASURES = `query($f:MeasureFilter){ measures(filter:$f, first:1000){ totalCount edges { node {
  code deadlineText overdue overdueYears schedule { kind years months dueMonths everyYears qualifier } } } } }`

async function measures(filter: object): Promise<{ totalCount: number; nodes: any[] }> {
  const { measures } = await ok<any>(MEASURES, { f: filter }, a)
  return { totalCount: measures.totalCount, nodes: measures.edges.map((e: any) => e.node) }
}

/** The years of a yearly deadline on month/day whose day is already past. */
const pastYears = (years: number[], month: number, day: number) => years.filter((y) => Date.UTC(y, month - 1, day, 23, 59, 59) < Date.now())

beforeAll(async () => {
  a = await admin()
  const { municipalities } = await ok<any>('{ municipalities { name roadmaps { id } } }', {}, a)
  for (const [doc, name] of [['000', 'Пограничный муниципальный округ'], ['003', 'город Черногорск']])
    roadmapIds[doc] = municipalities.find((m: any) => m.name === name).roadmaps[0].id
})

describe('deadlines of the seeded documents', () => {
  it('never lists 000’s «Весь период», «Постоянно» or «При необходимости» measures as overdue; every dated one is, with no status set', async () => {
    const rows = readSourceTsv('measures-000.tsv')
    const dateless = rows.filter((r) => /^(Весь период|Постоянно|При необходимости)/.test(r.deadline) && r.deadline !== 'Весь период (1 раз в год)')
    expect([rows.length, dateless.length]).toEqual([208, 70])
    const overdue = await measures({ roadmapId: roadmapIds['000'], overdue: true })
    // Every deadline of 000 falls within 2021–2024, all of it past.
    expect(overdue.totalCount).toBe(208 - 70)
    expect(overdue.nodes.filter((m) => dateless.some((r) => r.measure_no === m.code && r.deadline === m.deadlineText))).toEqual([])
    const notOverdue = await measures({ roadmapId: roadmapIds['000'], overdue: false })
    expect(notOverdue.nodes.map((m) => m.schedule.kind).sort()).toEqual([...Array(63).fill('PERMANENT'), ...Array(7).fill('EVENT')].sort())
  })

  it('makes 003’s «По итогам учебного года» due at the end of each June of 2022–2025', async () => {
    const { nodes } = await measures({ roadmapId: roadmapIds['003'] })
    const yearEnd = nodes.filter((m) => m.deadlineText.startsWith('По итогам учебного года'))
    expect(yearEnd).toHaveLength(14)
    for (const m of yearEnd) {
      expect(m.schedule).toMatchObject({ kind: 'ANNUAL', dueMonths: [6] })
      expect(m.overdueYears).toEqual(pastYears([2022, 2023, 2024, 2025], 6, 30))
    }
  })

  it('gives 003’s «Декабрь Июнь» two deadlines a year and «1 раз в 3 года» one per round of 2022–2024', async () => {
    const { nodes } = await measures({ roadmapId: roadmapIds['003'] })
    const twice = nodes.filter((m) => m.deadlineText === 'Декабрь Июнь')
    expect(twice.map((m) => m.code)).toEqual(['3.12', '4.3'])
    for (const m of twice) {
      expect(m.schedule).toMatchObject({ kind: 'ANNUAL', months: [12, 6], dueMonths: [6, 12] })
      expect(m.overdueYears).toEqual(pastYears([2022, 2023, 2024, 2025], 6, 30))
    }
    const cycle = nodes.find((m) => m.code === '2.7')
    expect(cycle.schedule).toMatchObject({ kind: 'CYCLE', everyYears: 3, dueMonths: [12] })
    expect(cycle.overdueYears).toEqual(pastYears([2024], 12, 31))
  })

  it('gives 000’s «По результатам четверти» the four ends of the school quarters', async () => {
    const { nodes } = await measures({ roadmapId: roadmapIds['000'] })
    const quarter = nodes.filter((m) => m.deadlineText === 'По результатам четверти')
    expect(quarter).toHaveLength(1)
    expect(quarter[0].schedule).toMatchObject({ kind: 'ANNUAL', dueMonths: [3, 5, 10, 12], qualifier: 'По результатам четверти' })
  })
})
