// The rows of the roadmap table: a group row per direction that has indicators (at any depth),
// its indicators under it, then its sub-directions. Collapsing a direction hides its subtree. Pure.

export interface DirectionInfo {
  id: number
  code: string
  title: string
  kind: string
  parentId: number | null
}

export interface IndicatorInfo {
  id: number
  code: string
  name: string
  unit: string
  valueType: string
  decimals: number
  minValue?: number | null
  maxValue?: number | null
  goodDirection: string
  level: string
  /** The roll-up rule from schools to the municipality (SUM, MEAN, RATIO, NONE); none when unknown. */
  rollup?: string
  directionId: number
}

export interface GroupRow {
  kind: 'group'
  rowId: string
  direction: DirectionInfo
  depth: number
  isCollapsed: boolean
  indicatorCount: number
}

export interface IndicatorRow {
  kind: 'indicator'
  rowId: string
  indicator: IndicatorInfo
  depth: number
}

/** A row of the schools table: one organisation, or the municipality (organizationId null). */
export interface SchoolRow {
  kind: 'school'
  rowId: string
  organizationId: number | null
  name: string
}

export type GridRow = GroupRow | IndicatorRow | SchoolRow

/** Rows that hold values (direction rows hold none). */
export type ValueRow = IndicatorRow | SchoolRow
export const isValueRow = (row: GridRow | undefined): row is ValueRow => row?.kind === 'indicator' || row?.kind === 'school'

export const NO_DIRECTION_ID = -1

export const groupRowId = (directionId: number): string => `d:${directionId}`
export const indicatorRowId = (indicatorId: number): string => `i:${indicatorId}`

export function buildRows(
  directions: DirectionInfo[],
  indicators: IndicatorInfo[],
  collapsed: ReadonlySet<number>,
): (GroupRow | IndicatorRow)[] {
  const known = new Set(directions.map((d) => d.id))
  const children = new Map<number | null, DirectionInfo[]>()
  for (const d of directions) {
    const parent = d.parentId !== null && known.has(d.parentId) ? d.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), d])
  }
  const ownIndicators = new Map<number, IndicatorInfo[]>()
  const orphans: IndicatorInfo[] = []
  for (const i of indicators) {
    if (!known.has(i.directionId)) orphans.push(i)
    else ownIndicators.set(i.directionId, [...(ownIndicators.get(i.directionId) ?? []), i])
  }

  const subtreeCount = new Map<number, number>()
  const countOf = (d: DirectionInfo): number => {
    const cached = subtreeCount.get(d.id)
    if (cached !== undefined) return cached
    const n = (ownIndicators.get(d.id)?.length ?? 0) + (children.get(d.id) ?? []).reduce((s, c) => s + countOf(c), 0)
    subtreeCount.set(d.id, n)
    return n
  }

  const rows: (GroupRow | IndicatorRow)[] = []
  const walk = (d: DirectionInfo, depth: number) => {
    const count = countOf(d)
    if (count === 0) return
    const isCollapsed = collapsed.has(d.id)
    rows.push({ kind: 'group', rowId: groupRowId(d.id), direction: d, depth, isCollapsed, indicatorCount: count })
    if (isCollapsed) return
    for (const i of ownIndicators.get(d.id) ?? []) rows.push({ kind: 'indicator', rowId: indicatorRowId(i.id), indicator: i, depth: depth + 1 })
    for (const c of children.get(d.id) ?? []) walk(c, depth + 1)
  }
  for (const d of children.get(null) ?? []) walk(d, 0)

  if (orphans.length) {
    const direction: DirectionInfo = { id: NO_DIRECTION_ID, code: '—', title: 'Без направления', kind: 'DIRECTION', parentId: null }
    const isCollapsed = collapsed.has(NO_DIRECTION_ID)
    rows.push({ kind: 'group', rowId: groupRowId(NO_DIRECTION_ID), direction, depth: 0, isCollapsed, indicatorCount: orphans.length })
    if (!isCollapsed) for (const i of orphans) rows.push({ kind: 'indicator', rowId: indicatorRowId(i.id), indicator: i, depth: 1 })
  }
  return rows
}
