// Which columns a pasted block fills. Literally, the block lands on the columns as shown, left to
// right. A block wider than one column pasted on an entered column (План, Факт), while the shown
// columns interleave kinds (План, Факт, Откл. per year), fills that kind only: a row of five
// yearly facts from Excel becomes five years of Факт, not Факт, Откл., next year's План… Pure.
import type { ValueField } from './cellChange.js'
import { VALUE_COLUMNS, type ValueColumnField } from './valueColumns.js'

export interface PasteColumns {
  colIds: string[]
  /** The kind filled across, when the block was spread over one kind; null for a literal paste. */
  byKind: ValueField | null
}

/**
 * `colIds`: the shown columns from the paste's left edge to the table's right end; `fieldOf`: the
 * kind of a column (null for a label column).
 */
export function pasteColumns(colIds: string[], fieldOf: (colId: string) => ValueColumnField | null, width: number, isLiteral: boolean): PasteColumns {
  const literal = { colIds, byKind: null }
  const kind = colIds.length ? fieldOf(colIds[0]) : null
  const entered = kind === null ? null : VALUE_COLUMNS[kind].field
  if (isLiteral || width < 2 || kind === null || entered === null) return literal
  const reached = colIds.filter((c) => fieldOf(c) !== null).slice(0, width)
  if (reached.every((c) => fieldOf(c) === kind)) return literal
  return { colIds: colIds.filter((c) => fieldOf(c) === kind), byKind: entered }
}
