// The one shape every edit takes on its way to applyBatch(): typing, paste, fill down, clear,
// undo, redo and conflict choices. Pure.

export type ValueField = 'target' | 'actual'
/** What an edit may change in a row: a number (План/Факт) or the row's note («не проводился»). */
export type EditField = ValueField | 'note'
/** A field's value: a number for План/Факт, text for the note, null when empty. */
export type FieldValue = number | string | null

/** One value of the table: an indicator × scope (null = the municipality) × year × План/Факт/note. */
export interface FieldRef {
  indicatorId: number
  organizationId: number | null
  year: number
  field: EditField
}

/**
 * An edit asked for. `input` is what the person typed (a string, parsed as a ru-RU number) or a
 * number/null the app already knows (undo, redo, fill down of stored values).
 */
export interface CellChange {
  ref: FieldRef
  input: string | number | null
}

/** An edit that was applied: what the value was and what it became. History stores these. */
export interface AppliedChange {
  ref: FieldRef
  from: FieldValue
  to: FieldValue
}

export interface RefusedChange {
  ref: FieldRef
  text: string
  message: string
}

export type RowKey = string
export type CellKey = string

/** The row of the values table the server keeps: indicator × scope × year. */
export const rowKeyOf = (ref: { indicatorId: number; organizationId: number | null; year: number }): RowKey =>
  `${ref.indicatorId}:${ref.organizationId ?? 'm'}:${ref.year}`

export const cellKeyOf = (ref: FieldRef): CellKey => `${rowKeyOf(ref)}:${ref.field}`

export const sameRef = (a: FieldRef, b: FieldRef): boolean => cellKeyOf(a) === cellKeyOf(b)

/** The batch that undoes `batch`: each cell back to where it was, in reverse order. */
export function invertBatch(batch: AppliedChange[]): AppliedChange[] {
  return [...batch].reverse().map((c) => ({ ref: c.ref, from: c.to, to: c.from }))
}

/** Changes as edits to apply: each cell to its `to` value. */
export function toCellChanges(batch: AppliedChange[]): CellChange[] {
  return batch.map((c) => ({ ref: c.ref, input: c.to }))
}
