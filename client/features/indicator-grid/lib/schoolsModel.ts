// The schools table: one indicator (or a direction's organisation-level indicators) in one year,
// organisations as rows, the value columns (lib/valueColumns.ts) per indicator as columns, the municipality's row last
// and read-only. A different layout over the same store (indicator × scope × year × field). Pure.
import type { RowKey } from './cellChange.js'
import { VALUE_COLUMN_FIELDS, VALUE_COLUMN_PATTERN, VALUE_COLUMNS, type ValueColumnField } from './valueColumns.js'
import type { IndicatorInfo, SchoolRow } from './rowModel.js'

export interface OrganizationInfo {
  id: number
  name: string
  shortName: string | null
}

/** What the schools table shows: one indicator, or every organisation-level indicator of a direction. */
export type SchoolsPick = { kind: 'indicator'; indicatorId: number } | { kind: 'direction'; directionId: number }

export interface SchoolsColumn {
  colId: string
  indicatorId: number
  field: ValueColumnField
  header: string
}

export interface SchoolsColumnGroup {
  indicator: IndicatorInfo
  columns: SchoolsColumn[]
}

export const MUNICIPALITY_ROW_ID = 's:m'
export const schoolRowId = (organizationId: number | null): string => (organizationId === null ? MUNICIPALITY_ROW_ID : `s:${organizationId}`)
export const schoolColId = (indicatorId: number, field: ValueColumnField): string => `i${indicatorId}:${field}`

const COL_ID = new RegExp(`^i(\\d+):(${VALUE_COLUMN_PATTERN})$`)

export function parseSchoolColId(colId: string): { indicatorId: number; field: ValueColumnField } | null {
  const m = COL_ID.exec(colId)
  return m ? { indicatorId: Number(m[1]), field: m[2] as ValueColumnField } : null
}

/** Organisations in the order given (a SCHOOL user: only its own), then the municipality. */
export function buildSchoolRows(organizations: OrganizationInfo[], onlyOrganizationId: number | null = null): SchoolRow[] {
  const shown = onlyOrganizationId === null ? organizations : organizations.filter((o) => o.id === onlyOrganizationId)
  return [
    ...shown.map((o): SchoolRow => ({ kind: 'school', rowId: schoolRowId(o.id), organizationId: o.id, name: o.shortName || o.name })),
    { kind: 'school', rowId: MUNICIPALITY_ROW_ID, organizationId: null, name: 'Муниципалитет' },
  ]
}

/** Indicators kept per organisation: the only ones the schools table can show. */
export const organizationIndicators = (indicators: IndicatorInfo[]): IndicatorInfo[] => indicators.filter((i) => i.level === 'ORGANIZATION')

/** The column groups for a pick: per indicator every value column. */
export function buildSchoolColumns(indicators: IndicatorInfo[], pick: SchoolsPick | null): SchoolsColumnGroup[] {
  if (!pick) return []
  const chosen = organizationIndicators(indicators).filter((i) => (pick.kind === 'indicator' ? i.id === pick.indicatorId : i.directionId === pick.directionId))
  return chosen.map((indicator) => ({
    indicator,
    columns: VALUE_COLUMN_FIELDS.map((field) => ({ colId: schoolColId(indicator.id, field), indicatorId: indicator.id, field, header: VALUE_COLUMNS[field].header })),
  }))
}

/** The grid row that shows a store row of this year, or null. */
export function schoolRowIdOfKey(key: RowKey, year: number): string | null {
  const [, org, y] = key.split(':')
  if (Number(y) !== year) return null
  return org === 'm' ? MUNICIPALITY_ROW_ID : `s:${org}`
}
