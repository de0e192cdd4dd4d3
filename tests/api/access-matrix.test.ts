// Who may do what, over every query and mutation of the schema: each role, scoped to one
// municipality and region-wide, signed in or calling with an API token, against its own and
// another municipality, its own and another school. A refusal must be FORBIDDEN (UNAUTHENTICATED
// for the anonymous) in Russian and leave every table as it was.
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, gql, login, ok, type Caller } from './client.js'
import { databaseDigest } from './database-digest.js'

// Columns: anon — nobody; admR / admM — ADMIN of the region / of the own municipality; spec —
// SPECIALIST of the own municipality; schl — SCHOOL user of the own school; mgrR / mgrM —
// MANAGER of the region / of the own municipality; biR / biM — BI tokens of the region / of the
// own municipality; mgrT — MANAGER token of the own municipality.
// Cells: ok — done (for a list: the target is in it); none — done, but the target is not in the
// answer (out of scope); 401 UNAUTHENTICATED, 403 FORBIDDEN, 404 NOT_FOUND.
const MATRIX = `
| operation           | target                                 | anon | admR | admM | spec | schl | mgrR | mgrM | biR  | biM  | mgrT |
| me                  | —                                      | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| login               | —                                      | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| municipalities      | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| municipalities      | other municipality                     | 401  | ok   | none | none | none | ok   | none | ok   | none | none |
| municipality        | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| municipality        | other municipality                     | 401  | ok   | 403  | 403  | 403  | ok   | 403  | ok   | 403  | 403  |
| roadmaps            | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| roadmaps            | other municipality                     | 401  | ok   | 403  | 403  | 403  | ok   | 403  | ok   | 403  | 403  |
| roadmap             | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| roadmap             | other municipality                     | 401  | ok   | 403  | 403  | 403  | ok   | 403  | ok   | 403  | 403  |
| direction           | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| direction           | other municipality                     | 401  | ok   | 403  | 403  | 403  | ok   | 403  | ok   | 403  | 403  |
| indicator           | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| indicator           | other municipality                     | 401  | ok   | 403  | 403  | 403  | ok   | 403  | ok   | 403  | 403  |
| indicatorValues     | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| indicatorValues     | other municipality                     | 401  | ok   | none | none | none | ok   | none | ok   | none | none |
| indicatorValues     | own school                             | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| indicatorValues     | other school                           | 401  | ok   | ok   | ok   | none | ok   | ok   | ok   | ok   | ok   |
| valueHistory        | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| valueHistory        | other municipality                     | 401  | ok   | 403  | 403  | 403  | ok   | 403  | ok   | 403  | 403  |
| valueHistory        | own school                             | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| valueHistory        | other school                           | 401  | ok   | ok   | ok   | 403  | ok   | ok   | ok   | ok   | ok   |
| valueTable          | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| valueTable          | other municipality                     | 401  | ok   | 403  | 403  | 403  | ok   | 403  | ok   | 403  | 403  |
| valueTable          | own school                             | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| valueTable          | other school                           | 401  | ok   | ok   | ok   | 403  | ok   | ok   | ok   | ok   | ok   |
| measures            | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| measures            | other municipality                     | 401  | ok   | none | none | none | ok   | none | ok   | none | none |
| progress            | own municipality                       | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| progress            | other municipality                     | 401  | ok   | 403  | 403  | 403  | ok   | 403  | ok   | 403  | 403  |
| progress            | own school                             | 401  | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
| progress            | other school                           | 401  | ok   | ok   | ok   | 403  | ok   | ok   | ok   | ok   | ok   |
| users               | own municipality                       | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| users               | other municipality                     | 401  | ok   | none | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| apiTokens           | own municipality                       | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| apiTokens           | other municipality                     | 401  | ok   | none | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| apiTokens           | whole region                           | 401  | ok   | none | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createMunicipality  | —                                      | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createUser          | specialist of own municipality         | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createUser          | admin of own municipality              | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createUser          | school user of own school              | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createUser          | specialist of other municipality       | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createUser          | school user of other municipality      | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createUser          | admin of whole region                  | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createUser          | manager of whole region                | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createApiToken      | own municipality                       | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createApiToken      | own scope (municipality not given)     | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createApiToken      | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createApiToken      | unknown municipality                   | 401  | 404  | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| revokeApiToken      | own municipality                       | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| revokeApiToken      | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| revokeApiToken      | whole region                           | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createOrganization  | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| createOrganization  | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| updateOrganization  | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| updateOrganization  | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteOrganization  | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteOrganization  | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createRoadmap       | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| createRoadmap       | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| updateRoadmap       | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| updateRoadmap       | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| updateRoadmap       | reporting years closed, own            | 401  | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteRoadmap       | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteRoadmap       | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createDirection     | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| createDirection     | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| updateDirection     | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| updateDirection     | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteDirection     | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteDirection     | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createIndicator     | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| createIndicator     | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| updateIndicator     | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| updateIndicator     | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteIndicator     | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteIndicator     | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createRiskRule      | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| createRiskRule      | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| createMeasure       | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| createMeasure       | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| updateMeasure       | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| updateMeasure       | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteMeasure       | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| deleteMeasure       | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| setMeasureIndicators| own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| setMeasureIndicators| other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| setMeasureStatuses  | own municipality                       | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| setMeasureStatuses  | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| setIndicatorValues  | municipal row of own municipality      | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| setIndicatorValues  | fact of own school                     | 401  | ok   | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  |
| setIndicatorValues  | target (план) of own school            | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| setIndicatorValues  | fact of other school                   | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| setIndicatorValues  | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| setValueColumns     | municipal row of own municipality      | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| setValueColumns     | fact of own school                     | 401  | ok   | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  |
| setValueColumns     | target (план) of own school            | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| setValueColumns     | fact of other school                   | 401  | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  | 403  |
| setValueColumns     | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| importValues        | own municipality                       | 401  | ok   | ok   | ok   | ok   | 403  | 403  | 403  | 403  | 403  |
| importValues        | other municipality                     | 401  | ok   | 403  | 403  | 403  | 403  | 403  | 403  | 403  | 403  |
| logout              | —                                      | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   | ok   |
`

const ACTORS = ['anon', 'admR', 'admM', 'spec', 'schl', 'mgrR', 'mgrM', 'biR', 'biM', 'mgrT'] as const
type ActorName = (typeof ACTORS)[number]
type Outcome = 'ok' | 'none' | '401' | '403' | '404'
const CODE: Record<'401' | '403' | '404', string> = { '401': 'UNAUTHENTICATED', '403': 'FORBIDDEN', '404': 'NOT_FOUND' }

interface Row {
  operation: string
  target: string
  outcomes: Record<ActorName, Outcome>
}

const rows: Row[] = MATRIX.trim().split('\n').slice(1).map((line) => {
  const [operation, target, ...cells] = line.split('|').slice(1, -1).map((c) => c.trim())
  if (cells.length !== ACTORS.length) throw new Error(`строка матрицы «${line}»: ${cells.length} столбцов`)
  return { operation, target, outcomes: Object.fromEntries(ACTORS.map((a, i) => [a, cells[i] as Outcome])) as Row['outcomes'] }
})

interface Fixture {
  m1: number; m2: number
  s1: number; s2: number; s3: number
  r1: number; r2: number
  d1: number; d2: number
  i1: number; i2: number
  me1: number; me2: number
  t1: number; t2: number; tRegion: number
  userM1: number; userM2: number
  loginName: string
}

interface Request {
  query: string
  variables?: Record<string, unknown>
}

interface Case {
  /** Builds the request; called again for each actor that may do it when `fresh` (deletes, unique names). */
  request: (f: Fixture) => Promise<Request> | Request
  fresh?: boolean
  /** For a read: whether the answer holds the target; `ok` expects it to, `none` expects it not to. */
  sees?: (data: any, f: Fixture) => boolean
}

let a: Caller
let n = 0
const unique = (prefix: string) => `${prefix}_${process.pid}_${++n}_${Date.now() % 100000}`
const YEAR = 2023
const csv = (code: string) => Buffer.from(`Код показателя;Организация;Год;План;Факт\n${code};;${YEAR};;5\n`).toString('base64')

const created = async (mutation: string, variables: Record<string, unknown>): Promise<number> => {
  const data = await ok<any>(mutation, variables, a)
  return (Object.values(data)[0] as { id: number }).id
}
const freshRoadmap = (municipalityId: number) =>
  created('mutation($i:CreateRoadmapInput!){ createRoadmap(input:$i){ id } }', { i: { municipalityId, title: unique('Карта'), periodFrom: 2021, periodTo: 2025 } })
const freshOrganization = (municipalityId: number) =>
  created('mutation($i:CreateOrganizationInput!){ createOrganization(input:$i){ id } }', { i: { municipalityId, name: unique('МБОУ СОШ') } })
const freshDirection = (roadmapId: number) =>
  created('mutation($i:CreateDirectionInput!){ createDirection(input:$i){ id } }', { i: { roadmapId, code: unique('Н'), title: 'Направление матрицы' } })
const freshIndicator = (directionId: number) =>
  created('mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', { i: { directionId, code: unique('П'), name: 'Показатель матрицы', unit: 'чел.', valueType: 'COUNT', level: 'ORGANIZATION' } })
const freshMeasure = (directionId: number) =>
  created('mutation($i:CreateMeasureInput!){ createMeasure(input:$i){ id } }', { i: { directionId, code: unique('М'), text: 'Мероприятие матрицы', deadlineText: 'Ежегодно' } })
const freshToken = async (municipalityId: number | null) =>
  (await ok<any>('mutation($m:Int){ createApiToken(name:"матрица", role: BI, municipalityId:$m){ apiToken { id } } }', { m: municipalityId }, a)).createApiToken.apiToken.id as number

const byId = (list: { id: number }[], id: number) => list.some((x) => x.id === id)
const values = (filter: Record<string, unknown>): Request => ({
  query: 'query($f:IndicatorValueFilter){ indicatorValues(filter:$f, first: 10){ totalCount } }',
  variables: { f: { ...filter, years: [YEAR] } },
})
const hasValues = (d: any) => d.indicatorValues.totalCount > 0
const valueTable = (roadmapId: number, scope: { org?: number; mun?: boolean }): Request => ({
  query: 'query($r:Int!,$o:Int,$m:Boolean,$y:[Int!]){ valueTable(roadmapId:$r, organizationId:$o, municipalityOnly:$m, years:$y){ rowCount } }',
  variables: { r: roadmapId, o: scope.org ?? null, m: scope.mun ?? null, y: [YEAR] },
})
const hasRows = (d: any) => d.valueTable.rowCount > 0
const measuresOf = (municipalityId: number): Request => ({
  query: 'query($f:MeasureFilter){ measures(filter:$f, first: 100){ edges { node { id } } } }',
  variables: { f: { municipalityId } },
})
const history = (indicatorId: number, organizationId: number | null): Request => ({
  query: 'query($i:Int!,$o:Int,$y:Int!){ valueHistory(indicatorId:$i, organizationId:$o, year:$y){ id } }',
  variables: { i: indicatorId, o: organizationId, y: YEAR },
})
const progress = (roadmapId: number, organizationId: number | null): Request => ({
  query: 'query($r:Int!,$y:Int!,$o:Int){ progress(roadmapId:$r, year:$y, organizationId:$o){ year } }',
  variables: { r: roadmapId, y: YEAR, o: organizationId },
})
const newUser = (role: string, scope: Record<string, number>) => (): Request => ({
  query: 'mutation($i:CreateUserInput!){ createUser(input:$i){ id } }',
  variables: { i: { login: unique(`m_${role.toLowerCase()}`), name: 'Пользователь матрицы', password: 'password-123', role, ...scope } },
})
const newToken = (municipalityId?: number) => (): Request => ({
  query: `mutation{ createApiToken(name:"матрица", role: BI${municipalityId === undefined ? '' : `, municipalityId: ${municipalityId}`}){ token } }`,
})
const cells = (input: Record<string, unknown>): Request => ({
  query: 'mutation($c:[IndicatorValueInput!]!){ setIndicatorValues(input:$c){ id } }',
  variables: { c: [{ year: YEAR, ...input }] },
})
/** The same one cell as columns: its field a column of one. */
const columns = (input: { indicatorId: number; organizationId: number | null; actual?: number; target?: number }): Request => ({
  query: 'mutation($c:ValueColumnsInput!){ setValueColumns(input:$c){ rowCount } }',
  variables: {
    c: {
      indicatorIds: [input.indicatorId], organizationIds: [input.organizationId], years: [YEAR],
      ...(input.actual !== undefined && { actuals: { cells: [0], values: [input.actual] } }),
      ...(input.target !== undefined && { targets: { cells: [0], values: [input.target] } }),
    },
  },
})

const CASES: Record<string, Case> = {
  'me / —': { request: () => ({ query: '{ me { id } }' }) },
  'login / —': { request: (f) => ({ query: 'mutation($l:String!){ login(login:$l, password:"password-123"){ id } }', variables: { l: f.loginName } }) },
  'logout / —': { request: () => ({ query: 'mutation{ logout }' }) },
  'municipalities / own municipality': { request: () => ({ query: '{ municipalities { id } }' }), sees: (d, f) => byId(d.municipalities, f.m1) },
  'municipalities / other municipality': { request: () => ({ query: '{ municipalities { id } }' }), sees: (d, f) => byId(d.municipalities, f.m2) },
  'municipality / own municipality': { request: (f) => ({ query: 'query($id:Int!){ municipality(id:$id){ id } }', variables: { id: f.m1 } }) },
  'municipality / other municipality': { request: (f) => ({ query: 'query($id:Int!){ municipality(id:$id){ id } }', variables: { id: f.m2 } }) },
  'roadmaps / own municipality': { request: (f) => ({ query: 'query($id:Int!){ roadmaps(municipalityId:$id){ id } }', variables: { id: f.m1 } }) },
  'roadmaps / other municipality': { request: (f) => ({ query: 'query($id:Int!){ roadmaps(municipalityId:$id){ id } }', variables: { id: f.m2 } }) },
  'roadmap / own municipality': { request: (f) => ({ query: 'query($id:Int!){ roadmap(id:$id){ id } }', variables: { id: f.r1 } }) },
  'roadmap / other municipality': { request: (f) => ({ query: 'query($id:Int!){ roadmap(id:$id){ id } }', variables: { id: f.r2 } }) },
  'direction / own municipality': { request: (f) => ({ query: 'query($id:Int!){ direction(id:$id){ id } }', variables: { id: f.d1 } }) },
  'direction / other municipality': { request: (f) => ({ query: 'query($id:Int!){ direction(id:$id){ id } }', variables: { id: f.d2 } }) },
  'indicator / own municipality': { request: (f) => ({ query: 'query($id:Int!){ indicator(id:$id){ id } }', variables: { id: f.i1 } }) },
  'indicator / other municipality': { request: (f) => ({ query: 'query($id:Int!){ indicator(id:$id){ id } }', variables: { id: f.i2 } }) },
  'indicatorValues / own municipality': { request: (f) => values({ municipalityId: f.m1, indicatorIds: [f.i1], municipalityLevel: true }), sees: hasValues },
  'indicatorValues / other municipality': { request: (f) => values({ municipalityId: f.m2, indicatorIds: [f.i2] }), sees: hasValues },
  'indicatorValues / own school': { request: (f) => values({ indicatorIds: [f.i1], organizationIds: [f.s1] }), sees: hasValues },
  'indicatorValues / other school': { request: (f) => values({ indicatorIds: [f.i1], organizationIds: [f.s2] }), sees: hasValues },
  'valueHistory / own municipality': { request: (f) => history(f.i1, null) },
  'valueHistory / other municipality': { request: (f) => history(f.i2, null) },
  'valueHistory / own school': { request: (f) => history(f.i1, f.s1) },
  'valueHistory / other school': { request: (f) => history(f.i1, f.s2) },
  'valueTable / own municipality': { request: (f) => valueTable(f.r1, { mun: true }), sees: hasRows },
  'valueTable / other municipality': { request: (f) => valueTable(f.r2, { mun: true }), sees: hasRows },
  'valueTable / own school': { request: (f) => valueTable(f.r1, { org: f.s1 }), sees: hasRows },
  'valueTable / other school': { request: (f) => valueTable(f.r1, { org: f.s2 }), sees: hasRows },
  'measures / own municipality': { request: (f) => measuresOf(f.m1), sees: (d, f) => d.measures.edges.some((e: any) => e.node.id === f.me1) },
  'measures / other municipality': { request: (f) => measuresOf(f.m2), sees: (d, f) => d.measures.edges.some((e: any) => e.node.id === f.me2) },
  'progress / own municipality': { request: (f) => progress(f.r1, null) },
  'progress / other municipality': { request: (f) => progress(f.r2, null) },
  'progress / own school': { request: (f) => progress(f.r1, f.s1) },
  'progress / other school': { request: (f) => progress(f.r1, f.s2) },
  'users / own municipality': { request: () => ({ query: '{ users { id } }' }), sees: (d, f) => byId(d.users, f.userM1) },
  'users / other municipality': { request: () => ({ query: '{ users { id } }' }), sees: (d, f) => byId(d.users, f.userM2) },
  'apiTokens / own municipality': { request: () => ({ query: '{ apiTokens { id } }' }), sees: (d, f) => byId(d.apiTokens, f.t1) },
  'apiTokens / other municipality': { request: () => ({ query: '{ apiTokens { id } }' }), sees: (d, f) => byId(d.apiTokens, f.t2) },
  'apiTokens / whole region': { request: () => ({ query: '{ apiTokens { id } }' }), sees: (d, f) => byId(d.apiTokens, f.tRegion) },
  'createMunicipality / —': { fresh: true, request: () => ({ query: 'mutation($n:String!){ createMunicipality(name:$n, region:"Тестовая область"){ id } }', variables: { n: unique('Округ') } }) },
  'createUser / specialist of own municipality': { fresh: true, request: (f) => newUser('SPECIALIST', { municipalityId: f.m1 })() },
  'createUser / admin of own municipality': { fresh: true, request: (f) => newUser('ADMIN', { municipalityId: f.m1 })() },
  'createUser / school user of own school': { fresh: true, request: (f) => newUser('SCHOOL', { organizationId: f.s1 })() },
  'createUser / specialist of other municipality': { fresh: true, request: (f) => newUser('SPECIALIST', { municipalityId: f.m2 })() },
  'createUser / school user of other municipality': { fresh: true, request: (f) => newUser('SCHOOL', { organizationId: f.s3 })() },
  'createUser / admin of whole region': { fresh: true, request: () => newUser('ADMIN', {})() },
  'createUser / manager of whole region': { fresh: true, request: () => newUser('MANAGER', {})() },
  'createApiToken / own municipality': { fresh: true, request: (f) => newToken(f.m1)() },
  'createApiToken / own scope (municipality not given)': { fresh: true, request: () => newToken()() },
  'createApiToken / other municipality': { fresh: true, request: (f) => newToken(f.m2)() },
  'createApiToken / unknown municipality': { fresh: true, request: () => newToken(999999)() },
  'revokeApiToken / own municipality': { fresh: true, request: async (f) => revoke(await freshToken(f.m1)) },
  'revokeApiToken / other municipality': { fresh: true, request: async (f) => revoke(await freshToken(f.m2)) },
  'revokeApiToken / whole region': { fresh: true, request: async () => revoke(await freshToken(null)) },
  'createOrganization / own municipality': { fresh: true, request: (f) => newOrganization(f.m1) },
  'createOrganization / other municipality': { fresh: true, request: (f) => newOrganization(f.m2) },
  'updateOrganization / own municipality': { request: (f) => update('updateOrganization', 'OrganizationInput', f.s2, { shortName: 'СОШ матрицы' }) },
  'updateOrganization / other municipality': { request: (f) => update('updateOrganization', 'OrganizationInput', f.s3, { shortName: 'СОШ матрицы' }) },
  'deleteOrganization / own municipality': { fresh: true, request: async (f) => remove('deleteOrganization', await freshOrganization(f.m1)) },
  'deleteOrganization / other municipality': { fresh: true, request: async (f) => remove('deleteOrganization', await freshOrganization(f.m2)) },
  'createRoadmap / own municipality': { fresh: true, request: (f) => newRoadmap(f.m1) },
  'createRoadmap / other municipality': { fresh: true, request: (f) => newRoadmap(f.m2) },
  'updateRoadmap / own municipality': { request: (f) => update('updateRoadmap', 'RoadmapInput', f.r1, { approvalBody: 'Управление образования' }) },
  'updateRoadmap / other municipality': { request: (f) => update('updateRoadmap', 'RoadmapInput', f.r2, { approvalBody: 'Управление образования' }) },
  'updateRoadmap / reporting years closed, own': { request: (f) => update('updateRoadmap', 'RoadmapInput', f.r1, { lockedYears: [2021] }) },
  'deleteRoadmap / own municipality': { fresh: true, request: async (f) => remove('deleteRoadmap', await freshRoadmap(f.m1)) },
  'deleteRoadmap / other municipality': { fresh: true, request: async (f) => remove('deleteRoadmap', await freshRoadmap(f.m2)) },
  'createDirection / own municipality': { fresh: true, request: (f) => newDirection(f.r1) },
  'createDirection / other municipality': { fresh: true, request: (f) => newDirection(f.r2) },
  'updateDirection / own municipality': { request: (f) => update('updateDirection', 'DirectionInput', f.d1, { title: 'Направление матрицы' }) },
  'updateDirection / other municipality': { request: (f) => update('updateDirection', 'DirectionInput', f.d2, { title: 'Направление матрицы' }) },
  'deleteDirection / own municipality': { fresh: true, request: async (f) => remove('deleteDirection', await freshDirection(f.r1)) },
  'deleteDirection / other municipality': { fresh: true, request: async (f) => remove('deleteDirection', await freshDirection(f.r2)) },
  'createIndicator / own municipality': { fresh: true, request: (f) => newIndicator(f.d1) },
  'createIndicator / other municipality': { fresh: true, request: (f) => newIndicator(f.d2) },
  'updateIndicator / own municipality': { request: (f) => update('updateIndicator', 'IndicatorInput', f.i1, { source: 'Мониторинг' }) },
  'updateIndicator / other municipality': { request: (f) => update('updateIndicator', 'IndicatorInput', f.i2, { source: 'Мониторинг' }) },
  'deleteIndicator / own municipality': { fresh: true, request: async (f) => remove('deleteIndicator', await freshIndicator(f.d1)) },
  'deleteIndicator / other municipality': { fresh: true, request: async (f) => remove('deleteIndicator', await freshIndicator(f.d2)) },
  'createRiskRule / own municipality': { fresh: true, request: (f) => newRiskRule(f.i1) },
  'createRiskRule / other municipality': { fresh: true, request: (f) => newRiskRule(f.i2) },
  'createMeasure / own municipality': { fresh: true, request: (f) => newMeasure(f.d1) },
  'createMeasure / other municipality': { fresh: true, request: (f) => newMeasure(f.d2) },
  'updateMeasure / own municipality': { request: (f) => update('updateMeasure', 'MeasureInput', f.me1, { expectedResult: 'Отчёт' }) },
  'updateMeasure / other municipality': { request: (f) => update('updateMeasure', 'MeasureInput', f.me2, { expectedResult: 'Отчёт' }) },
  'deleteMeasure / own municipality': { fresh: true, request: async (f) => remove('deleteMeasure', await freshMeasure(f.d1)) },
  'deleteMeasure / other municipality': { fresh: true, request: async (f) => remove('deleteMeasure', await freshMeasure(f.d2)) },
  'setMeasureIndicators / own municipality': { request: (f) => measureIndicators(f.me1, f.i1) },
  'setMeasureIndicators / other municipality': { request: (f) => measureIndicators(f.me2, f.i2) },
  'setMeasureStatuses / own municipality': { request: (f) => measureStatus(f.me1) },
  'setMeasureStatuses / other municipality': { request: (f) => measureStatus(f.me2) },
  'setIndicatorValues / municipal row of own municipality': { request: (f) => cells({ indicatorId: f.i1, organizationId: null, actual: 7 }) },
  'setIndicatorValues / fact of own school': { request: (f) => cells({ indicatorId: f.i1, organizationId: f.s1, actual: 7 }) },
  'setIndicatorValues / target (план) of own school': { request: (f) => cells({ indicatorId: f.i1, organizationId: f.s1, target: 9 }) },
  'setIndicatorValues / fact of other school': { request: (f) => cells({ indicatorId: f.i1, organizationId: f.s2, actual: 7 }) },
  'setIndicatorValues / other municipality': { request: (f) => cells({ indicatorId: f.i2, organizationId: null, actual: 7 }) },
  'setValueColumns / municipal row of own municipality': { request: (f) => columns({ indicatorId: f.i1, organizationId: null, actual: 7 }) },
  'setValueColumns / fact of own school': { request: (f) => columns({ indicatorId: f.i1, organizationId: f.s1, actual: 7 }) },
  'setValueColumns / target (план) of own school': { request: (f) => columns({ indicatorId: f.i1, organizationId: f.s1, target: 9 }) },
  'setValueColumns / fact of other school': { request: (f) => columns({ indicatorId: f.i1, organizationId: f.s2, actual: 7 }) },
  'setValueColumns / other municipality': { request: (f) => columns({ indicatorId: f.i2, organizationId: null, actual: 7 }) },
  'importValues / own municipality': { request: (f) => importDryRun(f.r1, 'I1') },
  'importValues / other municipality': { request: (f) => importDryRun(f.r2, 'I2') },
}

function revoke(id: number): Request {
  return { query: 'mutation($id:Int!){ revokeApiToken(id:$id){ id } }', variables: { id } }
}
function remove(mutation: string, id: number): Request {
  return { query: `mutation($id:Int!){ ${mutation}(id:$id) }`, variables: { id } }
}
function update(mutation: string, inputType: string, id: number, input: Record<string, unknown>): Request {
  return { query: `mutation($id:Int!,$i:${inputType}!){ ${mutation}(id:$id, input:$i){ id } }`, variables: { id, i: input } }
}
function newOrganization(municipalityId: number): Request {
  return { query: 'mutation($i:CreateOrganizationInput!){ createOrganization(input:$i){ id } }', variables: { i: { municipalityId, name: unique('МАОУ Лицей') } } }
}
function newRoadmap(municipalityId: number): Request {
  return { query: 'mutation($i:CreateRoadmapInput!){ createRoadmap(input:$i){ id } }', variables: { i: { municipalityId, title: unique('Карта'), periodFrom: 2021, periodTo: 2025 } } }
}
function newDirection(roadmapId: number): Request {
  return { query: 'mutation($i:CreateDirectionInput!){ createDirection(input:$i){ id } }', variables: { i: { roadmapId, code: unique('Н'), title: 'Новое направление' } } }
}
function newIndicator(directionId: number): Request {
  return { query: 'mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', variables: { i: { directionId, code: unique('П'), name: 'Новый показатель' } } }
}
function newMeasure(directionId: number): Request {
  return { query: 'mutation($i:CreateMeasureInput!){ createMeasure(input:$i){ id } }', variables: { i: { directionId, code: unique('М'), text: 'Новое мероприятие' } } }
}
function newRiskRule(indicatorId: number): Request {
  return { query: 'mutation($i:CreateRiskRuleInput!){ createRiskRule(input:$i){ id } }', variables: { i: { code: unique('Р'), title: 'Порог', clauses: [{ indicatorId, operator: 'GTE', threshold: 20 }] } } }
}
function measureIndicators(measureId: number, indicatorId: number): Request {
  return { query: 'mutation($m:Int!,$i:[Int!]!){ setMeasureIndicators(measureId:$m, indicatorIds:$i){ id } }', variables: { m: measureId, i: [indicatorId] } }
}
function measureStatus(measureId: number): Request {
  return { query: 'mutation($i:[MeasureStatusInput!]!){ setMeasureStatuses(input:$i){ id } }', variables: { i: [{ measureId, year: YEAR, status: 'DONE' }] } }
}
function importDryRun(roadmapId: number, code: string): Request {
  return {
    query: 'mutation($i:ImportValuesInput!){ importValues(input:$i){ dryRun } }',
    variables: { i: { roadmapId, fileName: 'матрица.csv', contentBase64: csv(code), dryRun: true } },
  }
}

let f: Fixture
const callers = {} as Record<ActorName, Caller>

async function userOf(role: string, scope: Record<string, number>): Promise<{ id: number; caller: Caller }> {
  const loginName = unique(`matrix_${role.toLowerCase()}`)
  const { createUser } = await ok<any>('mutation($i:CreateUserInput!){ createUser(input:$i){ id } }', { i: { login: loginName, name: `Матрица ${role}`, password: 'password-123', role, ...scope } }, a)
  return { id: createUser.id, caller: await login(loginName, 'password-123') }
}

async function tokenOf(role: string, municipalityId: number | null): Promise<Caller & { id: number }> {
  const { createApiToken } = await ok<any>('mutation($r:Role!,$m:Int){ createApiToken(name:"матрица", role:$r, municipalityId:$m){ token apiToken { id } } }', { r: role, m: municipalityId }, a)
  return { token: createApiToken.token, id: createApiToken.apiToken.id }
}

beforeAll(async () => {
  a = await admin()
  const municipality = async () => created('mutation($n:String!){ createMunicipality(name:$n, region:"Тестовая область"){ id } }', { n: unique('Округ матрицы') })
  const m1 = await municipality()
  const m2 = await municipality()
  const [s1, s2, s3] = [await freshOrganization(m1), await freshOrganization(m1), await freshOrganization(m2)]
  const [r1, r2] = [await freshRoadmap(m1), await freshRoadmap(m2)]
  const [d1, d2] = [await freshDirection(r1), await freshDirection(r2)]
  const i1 = await created('mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', { i: { directionId: d1, code: 'I1', name: 'Показатель школ', unit: 'чел.', valueType: 'COUNT', level: 'ORGANIZATION' } })
  const i2 = await created('mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', { i: { directionId: d2, code: 'I2', name: 'Показатель школ', unit: 'чел.', valueType: 'COUNT', level: 'ORGANIZATION' } })
  const [me1, me2] = [await freshMeasure(d1), await freshMeasure(d2)]
  await ok('mutation($c:[IndicatorValueInput!]!){ setIndicatorValues(input:$c){ id } }', {
    c: [[i1, null], [i1, s1], [i1, s2], [i2, null]].map(([indicatorId, organizationId]) => ({ indicatorId, organizationId, year: YEAR, target: 5, actual: 4 })),
  }, a)

  const spec = await userOf('SPECIALIST', { municipalityId: m1 })
  const userM2 = await userOf('SPECIALIST', { municipalityId: m2 })
  const loginName = unique('matrix_login')
  await ok('mutation($i:CreateUserInput!){ createUser(input:$i){ id } }', { i: { login: loginName, name: 'Вход', password: 'password-123', role: 'MANAGER' } }, a)
  const [biR, biM, mgrT] = [await tokenOf('BI', null), await tokenOf('BI', m1), await tokenOf('MANAGER', m1)]
  const t2 = await tokenOf('BI', m2)
  f = { m1, m2, s1, s2, s3, r1, r2, d1, d2, i1, i2, me1, me2, t1: biM.id, t2: t2.id, tRegion: biR.id, userM1: spec.id, userM2: userM2.id, loginName }
  Object.assign(callers, {
    anon: {},
    admR: a,
    admM: (await userOf('ADMIN', { municipalityId: m1 })).caller,
    spec: spec.caller,
    schl: (await userOf('SCHOOL', { organizationId: s1 })).caller,
    mgrR: (await userOf('MANAGER', {})).caller,
    mgrM: (await userOf('MANAGER', { municipalityId: m1 })).caller,
    biR: { token: biR.token },
    biM: { token: biM.token },
    mgrT: { token: mgrT.token },
  })
}, 300_000)

// Before the matrix, whose last row signs everyone out.
describe('what a scoped admin grants', () => {
  it('a token it issues without a municipality reaches only its own municipality', async () => {
    const { createApiToken } = await ok<any>('mutation{ createApiToken(name:"BI округа", role: BI){ token } }', {}, callers.admM)
    const { municipalities } = await ok<any>('{ municipalities { id } }', {}, { token: createApiToken.token })
    expect(municipalities).toEqual([{ id: f.m1 }])
  })

  it('a user it creates is of its municipality, and says why a region-wide one is refused', async () => {
    const res = await gql('mutation($i:CreateUserInput!){ createUser(input:$i){ id } }', { i: { login: unique('escalate'), name: 'Захват', password: 'password-123', role: 'ADMIN' } }, callers.admM)
    expect(res.errors?.[0]).toMatchObject({ message: 'Пользователи и токены на весь регион — только у администратора региона; укажите свой муниципалитет', extensions: { code: 'FORBIDDEN' } })
  })
})

describe('the access matrix', () => {
  it('has a row for every query and mutation of the schema, and a request for every row', async () => {
    const fieldsOf = async (type: string) =>
      ((await ok<any>('query($t:String!){ __type(name:$t){ fields { name } } }', { t: type }, a)).__type.fields as { name: string }[]).map((x) => x.name)
    const operations = [...(await fieldsOf('Query')), ...(await fieldsOf('Mutation'))].sort()
    expect([...new Set(rows.map((r) => r.operation))].sort()).toEqual(operations)
    expect(rows.map((r) => `${r.operation} / ${r.target}`).sort()).toEqual(Object.keys(CASES).sort())
    for (const row of rows) for (const outcome of Object.values(row.outcomes)) expect(['ok', 'none', '401', '403', '404']).toContain(outcome)
  })

  it.each(rows.map((r) => [`${r.operation} / ${r.target}`, r] as const))('%s', { timeout: 300_000 }, async (key, row) => {
    const spec = CASES[key]
    const mismatches: string[] = []
    const refusing = ACTORS.filter((actor) => ['401', '403', '404'].includes(row.outcomes[actor]))
    const allowed = ACTORS.filter((actor) => !refusing.includes(actor))

    if (refusing.length > 0) {
      const request = await spec.request(f)
      const before = await databaseDigest()
      for (const actor of refusing) {
        const res = await gql(request.query, request.variables ?? {}, callers[actor])
        const error = res.errors?.[0]
        const expected = CODE[row.outcomes[actor] as keyof typeof CODE]
        if (error?.extensions?.code !== expected) mismatches.push(`${actor}: ожидался ${expected}, получено ${JSON.stringify(res.errors ?? res.data)}`)
        else if (!/[а-яё]/i.test(error.message)) mismatches.push(`${actor}: отказ не по-русски: ${error.message}`)
      }
      if ((await databaseDigest()) !== before) mismatches.push(`отказы изменили базу данных (${refusing.join(', ')})`)
    }

    let shared: Request | undefined
    for (const actor of allowed) {
      const request = spec.fresh ? await spec.request(f) : (shared ??= await spec.request(f))
      const res = await gql(request.query, request.variables ?? {}, callers[actor])
      if (res.errors?.length || !res.data) {
        mismatches.push(`${actor}: ожидалось ${row.outcomes[actor]}, получено ${JSON.stringify(res.errors)}`)
        continue
      }
      if (spec.sees && spec.sees(res.data, f) !== (row.outcomes[actor] === 'ok'))
        mismatches.push(`${actor}: ожидалось ${row.outcomes[actor] === 'ok' ? 'видит цель' : 'не видит цели'}, ответ ${JSON.stringify(res.data).slice(0, 300)}`)
    }
    expect(mismatches).toEqual([])
  })
})
