import { ok, type Caller } from './client.js'

export const BALTIYSK = 'Балтийский городской округ'

export interface IndicatorRow {
  id: number
  code: string
  name: string
  unit: string
  valueType: string
  decimals: number
  level: string
  goodDirection: string
  values: { id: number; year: number; target: number | null; actual: number | null; note: string | null; version: number; organization: { id: number; name: string } | null }[]
}

export async function roadmapOf(municipalityName: string, caller: Caller): Promise<{ id: number; municipalityId: number; organizations: { id: number; name: string; shortName: string }[]; indicators: IndicatorRow[] }> {
  const { municipalities } = await ok<{ municipalities: any[] }>('{ municipalities { id name roadmaps { id } organizations { id name shortName } } }', {}, caller)
  const m = municipalities.find((x) => x.name === municipalityName)
  const roadmapId = m.roadmaps[0].id
  const { roadmap } = await ok<{ roadmap: any }>(
    `query($id:Int!){ roadmap(id:$id){ id indicators { id code name unit valueType decimals level goodDirection
      values { id year target actual note version organization { id name } } } } }`,
    { id: roadmapId },
    caller,
  )
  return { id: roadmap.id, municipalityId: m.id, organizations: m.organizations, indicators: roadmap.indicators }
}

export const valueOf = (indicator: IndicatorRow, year: number, organizationId: number | null = null) =>
  indicator.values.find((v) => v.year === year && (v.organization?.id ?? null) === organizationId)

/**
 * One page of `indicatorValues` as the paging tests ask for it. Annotate the variable
 * (`const page: IndicatorValuesPage = await ok(…)`), not `ok<…>`: a paging loop feeds the
 * cursor of one answer into the next query, a cycle TypeScript cannot infer through (TS7022).
 */
export interface IndicatorValuesPage {
  indicatorValues: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: number } }[] }
}

export const SET_VALUES = `mutation($input:[IndicatorValueInput!]!){ setIndicatorValues(input:$input){ id year target actual note version status deviation organization { id } indicator { id } } }`

export async function cell(caller: Caller, indicatorId: number, year: number, organizationId: number | null = null) {
  const { indicatorValues } = await ok<{ indicatorValues: any }>(
    `query($f:IndicatorValueFilter){ indicatorValues(filter:$f, first:10){ totalCount edges { node { id year target actual note version status } } } }`,
    { f: { indicatorIds: [indicatorId], years: [year], ...(organizationId === null ? { municipalityLevel: true } : { organizationIds: [organizationId] }) } },
    caller,
  )
  return indicatorValues.edges[0]?.node ?? null
}
