// The GraphQL operations of the web app and the shapes they return.
import { gqlRequest, type RequestOptions } from './graphqlClient.js'
import { cachedStructure, forgetStructure, rememberStructure } from './roadmapStructureCache.js'
import { valueColumnsOf, writtenValuesOf } from './valueColumns.js'
import { VALUE_TABLE_FIELDS, assembleRoadmap, coversValues, type RoadmapStructure, type ValueTableColumns } from './valueTable.js'

export type Role = 'ADMIN' | 'SPECIALIST' | 'SCHOOL' | 'MANAGER' | 'BI'
export type ValueStatus = 'MET' | 'NOT_MET' | 'NO_DATA' | 'NO_TARGET'

export interface SessionUser {
  id: number
  login: string
  name: string
  role: Role
  municipality: { id: number; name: string } | null
  organization: { id: number; name: string; shortName: string } | null
}

export interface OrganizationSummary {
  id: number
  name: string
  shortName: string
}

export interface RoadmapSummary {
  id: number
  title: string
  periodFrom: number
  periodTo: number
  baselineFrom: number | null
  baselineTo: number | null
  /** False when the document states no period: the years are a working assumption. */
  isPeriodStated: boolean
  years: number[]
  lockedYears: number[]
}

export interface MunicipalitySummary {
  id: number
  name: string
  organizations: OrganizationSummary[]
  roadmaps: RoadmapSummary[]
}

/** What a table page needs of its roadmap's municipality: its name and its schools. */
export type TableMunicipality = Omit<MunicipalitySummary, 'roadmaps'>

export interface ServerValue {
  id: number
  year: number
  target: number | null
  actual: number | null
  note: string | null
  version: number
  status: ValueStatus
  deviation: number | null
  organization: { id: number } | null
}

export interface RoadmapIndicator {
  id: number
  code: string
  name: string
  unit: string
  valueType: string
  decimals: number
  minValue: number | null
  maxValue: number | null
  goodDirection: string
  level: string
  /** How the schools' values roll up to the municipality: SUM, MEAN, RATIO, NONE. */
  rollup: string
  direction: { id: number }
  values: ServerValue[]
}

export interface RoadmapData extends RoadmapSummary {
  municipality: { id: number; name: string }
  allDirections: { id: number; code: string; title: string; kind: string; parentId: number | null }[]
  indicators: RoadmapIndicator[]
}

export interface IndicatorValueInput {
  indicatorId: number
  organizationId: number | null
  year: number
  target?: number | null
  actual?: number | null
  /** Omitted = unchanged, null = cleared. */
  note?: string | null
  expectedVersion: number
}

export interface WrittenValue extends ServerValue {
  indicator: { id: number }
}

const USER_FIELDS = 'id login name role municipality { id name } organization { id name shortName }'
const VALUE_FIELDS = 'id year target actual note version status deviation organization { id }'

export async function fetchMe(): Promise<SessionUser | null> {
  const data = await gqlRequest<{ me: SessionUser | null }>(`{ me { ${USER_FIELDS} } }`)
  return data.me
}

export async function login(loginName: string, password: string): Promise<SessionUser> {
  const data = await gqlRequest<{ login: SessionUser }>(
    `mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { ${USER_FIELDS} } }`,
    { login: loginName, password },
  )
  forgetStructure()
  return data.login
}

export async function logout(): Promise<void> {
  await gqlRequest('mutation Logout { logout }')
  forgetStructure()
}

export async function fetchMunicipalities(): Promise<MunicipalitySummary[]> {
  const data = await gqlRequest<{ municipalities: MunicipalitySummary[] }>(`{
    municipalities { id name
      organizations { id name shortName }
      roadmaps { id title periodFrom periodTo isPeriodStated baselineFrom baselineTo years lockedYears } } }`)
  return data.municipalities
}

const ROADMAP_FIELDS = 'id title periodFrom periodTo baselineFrom baselineTo years lockedYears'
const MUNICIPALITY_NAME_FIELDS = 'municipality { id name }'
/** The roadmap's municipality with its schools: a page opened by its address needs no list of municipalities. */
const MUNICIPALITY_SCHOOLS_FIELDS = 'municipality { id name organizations { id name shortName } }'
const STRUCTURE_FIELDS = `allDirections { id code title kind parentId }
  indicators { id code name unit valueType decimals minValue maxValue goodDirection level rollup direction { id } }`

interface ValueScope {
  organizationId?: number | null
  municipalityOnly?: boolean
  years?: number[]
}

type RoadmapAnswer = Omit<RoadmapData, 'allDirections' | 'indicators' | 'municipality'> &
  Partial<RoadmapStructure> & { municipality: TableMunicipality }

/** A table page's first answer: the roadmap with one scope's values, and the municipality it belongs to. */
export interface RoadmapPageData {
  roadmap: RoadmapData
  municipality: TableMunicipality
}

/**
 * The roadmap with the values of one scope, in one request: the roadmap's own fields (small, so
 * locked years are always fresh), its directions and indicators only when not yet kept, the
 * values as columns, and on a page's first load its municipality's schools.
 */
async function fetchRoadmapTable(id: number, scope: ValueScope, withMunicipality: boolean, options: RequestOptions = {}): Promise<RoadmapPageData> {
  const kept = cachedStructure(id)
  const data = await gqlRequest<{ roadmap: RoadmapAnswer; valueTable: ValueTableColumns }>(
    `query RoadmapTable($id: Int!, $org: Int, $mun: Boolean, $years: [Int!]) {
      roadmap(id: $id) { ${ROADMAP_FIELDS} ${withMunicipality ? MUNICIPALITY_SCHOOLS_FIELDS : MUNICIPALITY_NAME_FIELDS} ${kept ? '' : STRUCTURE_FIELDS} }
      valueTable(roadmapId: $id, organizationId: $org, municipalityOnly: $mun, years: $years) { ${VALUE_TABLE_FIELDS} } }`,
    { id, org: scope.organizationId ?? null, mun: scope.municipalityOnly ?? null, years: scope.years ?? null },
    options,
  )
  const { allDirections, indicators, municipality, ...roadmap } = data.roadmap
  const structure = kept ?? { allDirections: allDirections!, indicators: indicators! }
  // Values of an indicator the kept structure lacks: it changed since; ask again with it.
  if (kept && !coversValues(kept, data.valueTable)) {
    forgetStructure(id)
    return fetchRoadmapTable(id, scope, withMunicipality, options)
  }
  rememberStructure(id, structure)
  return {
    roadmap: assembleRoadmap({ ...roadmap, municipality: { id: municipality.id, name: municipality.name } }, structure, data.valueTable),
    municipality,
  }
}

const valueScope = (organizationId: number | null): ValueScope => (organizationId === null ? { municipalityOnly: true } : { organizationId })

/** The roadmap with its values for one scope: the municipality (organizationId null) or one organisation. */
export async function fetchRoadmap(id: number, organizationId: number | null): Promise<RoadmapData> {
  return (await fetchRoadmapTable(id, valueScope(organizationId), false)).roadmap
}

/** The roadmap page's one request: the roadmap, one scope's values and the roadmap's municipality. */
export function fetchRoadmapPage(id: number, organizationId: number | null, options: RequestOptions = {}): Promise<RoadmapPageData> {
  return fetchRoadmapTable(id, valueScope(organizationId), true, options)
}

/** The roadmap with every value of one year: the municipality's and each organisation's (a school sees its own). */
export async function fetchRoadmapYear(id: number, year: number): Promise<RoadmapData> {
  return (await fetchRoadmapTable(id, { years: [year] }, false)).roadmap
}

/** The schools page's one request: the roadmap, every value of one year and the roadmap's municipality. */
export function fetchRoadmapYearPage(id: number, year: number): Promise<RoadmapPageData> {
  return fetchRoadmapTable(id, { years: [year] }, true)
}

/** The current rows of some cells of one indicator in one scope (after a conflict was resolved). */
export async function fetchIndicatorValues(indicatorId: number, organizationId: number | null, years: number[]): Promise<ServerValue[]> {
  const data = await gqlRequest<{ indicator: { values: ServerValue[] } }>(
    `query IndicatorValues($id: Int!, $org: Int, $mun: Boolean, $years: [Int!]) { indicator(id: $id) {
      values(organizationId: $org, municipalityOnly: $mun, years: $years) { ${VALUE_FIELDS} } } }`,
    { id: indicatorId, org: organizationId, mun: organizationId === null, years },
  )
  return data.indicator.values
}

/** Writes a batch of cells (all or nothing, each with its version) and answers the written rows in the batch's order. */
export async function saveValues(input: IndicatorValueInput[]): Promise<WrittenValue[]> {
  const data = await gqlRequest<{ setValueColumns: ValueTableColumns }>(
    `mutation SaveValues($input: ValueColumnsInput!) { setValueColumns(input: $input) { ${VALUE_TABLE_FIELDS} } }`,
    { input: valueColumnsOf(input) },
  )
  return writtenValuesOf(data.setValueColumns)
}

export interface AuditEntry {
  id: number
  at: string
  actorName: string
  action: string
  source: string
  oldValue: string | null
  newValue: string | null
}

/** Who changed one value and how, newest first. */
export async function fetchValueHistory(indicatorId: number, organizationId: number | null, year: number): Promise<AuditEntry[]> {
  const data = await gqlRequest<{ valueHistory: AuditEntry[] }>(
    `query ValueHistory($indicatorId: Int!, $org: Int, $year: Int!) { valueHistory(indicatorId: $indicatorId, organizationId: $org, year: $year) {
      id at actorName action source oldValue newValue } }`,
    { indicatorId, org: organizationId, year },
  )
  return data.valueHistory
}

export const ROLE_NAMES: Record<Role, string> = {
  ADMIN: 'Администратор',
  SPECIALIST: 'Специалист',
  SCHOOL: 'Школа',
  MANAGER: 'Руководитель',
  BI: 'BI-система',
}
