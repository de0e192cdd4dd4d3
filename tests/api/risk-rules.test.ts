// 002's risk rules as the regulation writes them, evaluated by the running server over three
// school years of facts entered through the API.
import { beforeAll, describe, expect, it } from 'vitest'
import { readDocument } from '../../seeds/source-files.js'
import { admin, gql, ok, type Caller } from './client.js'

const DOCUMENT = readDocument('002').replace(/\s+/g, ' ')
const P1_TEXT =
  'процентная доля обучающихся, получивших за ВПР по предмету «Русский язык, 4 класс» оценку «2», 20% и более и/или отсутствуют обучающиеся, получившие оценку «5», 2 учебных года или более из последних 3 учебных лет, предшествующих году проведения идентификации'

const PROGRESS = `query($r:Int!,$y:Int!){ progress(roadmapId:$r, year:$y){
  schoolsAtRisk { organization { shortName } rule { code } years { year values { indicator { code } value trips } } } } }`

let a: Caller
let roadmapId: number
const orgs: Record<string, number> = {}
let rules: any[]

beforeAll(async () => {
  a = await admin()
  const { municipalities } = await ok<any>('{ municipalities { id name roadmaps { id } } }', {}, a)
  const omsukchan = municipalities.find((m: any) => m.name === 'Омсукчанский городской округ')
  roadmapId = omsukchan.roadmaps[0].id
  const { roadmap } = await ok<any>(
    `query($id:Int!){ roadmap(id:$id){ indicators { id code }
      riskRules { code description combinator windowYears minYears windowIncludesCurrent clauses { operator threshold indicator { id code } } } } }`,
    { id: roadmapId },
    a,
  )
  rules = roadmap.riskRules
  const idOf = (code: string) => roadmap.indicators.find((i: any) => i.code === code).id
  for (const n of [1, 2, 3, 4]) {
    orgs[`r${n}`] = (await ok<any>('mutation($i:CreateOrganizationInput!){ createOrganization(input:$i){ id } }', {
      i: { municipalityId: omsukchan.id, name: `Школа риска ${n}`, shortName: `ШР${n}` },
    }, a)).createOrganization.id
  }
  // ВПР «Русский язык, 4 класс» per school and year 2021–2023: [share of «2», pupils with «5»]
  const facts: Record<string, [number, number][]> = {
    r1: [[25, 3], [10, 4], [12, 2]], // 20 % or more «2» in one year only
    r2: [[25, 3], [10, 4], [22, 1]], // in two years of three
    r3: [[10, 0], [5, 2], [8, 0]], // no «5» in two years
    r4: [[19.9, 1], [15, 2], [20, 3]], // 19,9 % is under the threshold
  }
  await ok('mutation($i:[IndicatorValueInput!]!){ setIndicatorValues(input:$i){ id } }', {
    i: Object.entries(facts).flatMap(([key, years]) => years.flatMap(([share, count], k) => [
      { indicatorId: idOf('1.2.1.01'), organizationId: orgs[key], year: 2021 + k, actual: share },
      { indicatorId: idOf('1.2.1.01-5'), organizationId: orgs[key], year: 2021 + k, actual: count },
    ])),
  }, a)
})

describe('002’s risk rules', () => {
  it('stores Р1 as the document writes it: two clauses joined by «и/или», two years of the three before identification', () => {
    expect(DOCUMENT).toContain(P1_TEXT)
    const p1 = rules.find((r) => r.code === 'Р1')
    expect(p1).toEqual({
      code: 'Р1',
      description: P1_TEXT,
      combinator: 'OR',
      windowYears: 3,
      minYears: 2,
      windowIncludesCurrent: false,
      clauses: [
        { operator: 'GTE', threshold: 20, indicator: { id: expect.any(Number), code: '1.2.1.01' } },
        { operator: 'LTE', threshold: 0, indicator: { id: expect.any(Number), code: '1.2.1.01-5' } },
      ],
    })
  })

  it('flags a school on two of the three years before identification, not on one, and names each year’s values', async () => {
    const { progress } = await ok<any>(PROGRESS, { r: roadmapId, y: 2024 }, a)
    const flags = progress.schoolsAtRisk.filter((f: any) => f.rule.code === 'Р1')
    expect(flags).toEqual([
      {
        organization: { shortName: 'ШР2' },
        rule: { code: 'Р1' },
        years: [
          { year: 2021, values: [{ indicator: { code: '1.2.1.01' }, value: 25, trips: true }, { indicator: { code: '1.2.1.01-5' }, value: 3, trips: false }] },
          { year: 2023, values: [{ indicator: { code: '1.2.1.01' }, value: 22, trips: true }, { indicator: { code: '1.2.1.01-5' }, value: 1, trips: false }] },
        ],
      },
      {
        organization: { shortName: 'ШР3' },
        rule: { code: 'Р1' },
        years: [
          { year: 2021, values: [{ indicator: { code: '1.2.1.01' }, value: 10, trips: false }, { indicator: { code: '1.2.1.01-5' }, value: 0, trips: true }] },
          { year: 2023, values: [{ indicator: { code: '1.2.1.01' }, value: 8, trips: false }, { indicator: { code: '1.2.1.01-5' }, value: 0, trips: true }] },
        ],
      },
    ])
  })

  it('does not read the year of identification or later: identified in 2023, no school has two years yet', async () => {
    const { progress } = await ok<any>(PROGRESS, { r: roadmapId, y: 2023 }, a)
    expect(progress.schoolsAtRisk.filter((f: any) => f.rule.code === 'Р1')).toEqual([])
  })

  it('refuses a rule whose window is shorter than the years it needs', async () => {
    const res = await gql('mutation($i:CreateRiskRuleInput!){ createRiskRule(input:$i){ id } }', {
      i: { code: 'Р-X', title: 'Проверка', clauses: [{ indicatorId: rules[0].clauses[0].indicator.id, operator: 'GTE', threshold: 20 }], windowYears: 2, minYears: 3 },
    }, a)
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT')
    expect(res.errors?.[0].message).toBe('Число лет, в которых выполняется условие, — от 1 до 2')
  })
})
