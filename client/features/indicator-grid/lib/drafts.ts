// What a person typed that the server does not hold yet — values not sent or not confirmed, and
// texts the table refused — as kept in the browser, so a reload or a closed tab loses nothing.
// Pure: the composable useDrafts reads and writes the storage.
import { cellKeyOf, type CellKey, type EditField, type FieldRef, type FieldValue } from './cellChange.js'

const FIELDS: EditField[] = ['target', 'actual', 'note']

export interface Draft {
  ref: FieldRef
  /** A value applied in the table but not saved (absent when there is none)… */
  value?: FieldValue
  /** …and the text the table refused, typed over it or alone, with why. */
  refused?: { text: string; message: string }
  /** The server version the edit was made against: a newer one on return is a conflict. */
  basedOn: number
  savedAt: string
}

export type DraftMap = Record<CellKey, Draft>

/** A row of the grid's store as far as drafts are concerned. */
export interface DraftSource {
  indicatorId: number
  organizationId: number | null
  year: number
  server: { version: number } | null
  basedOn?: number
  local: Partial<Record<EditField, FieldValue>>
  invalid: Partial<Record<EditField, { text: string; message: string }>>
}

/** Each field of a row with something unsaved in it, by cell key; null for a field with nothing. */
export function draftsOfRow(row: DraftSource, savedAt: string): [CellKey, Draft | null][] {
  return FIELDS.map((field) => {
    const ref: FieldRef = { indicatorId: row.indicatorId, organizationId: row.organizationId, year: row.year, field }
    const hasValue = field in row.local
    const refused = row.invalid[field]
    if (!hasValue && !refused) return [cellKeyOf(ref), null]
    const draft: Draft = { ref, basedOn: row.basedOn ?? row.server?.version ?? 0, savedAt }
    if (hasValue) draft.value = row.local[field] ?? null
    if (refused) draft.refused = { text: refused.text, message: refused.message }
    return [cellKeyOf(ref), draft]
  })
}

/**
 * The stored drafts after these rows changed. A tab removes only what it wrote itself (`owned`):
 * drafts of an earlier session stay until the person restores or discards them.
 */
export function updateDrafts(stored: DraftMap, rows: DraftSource[], owned: Set<CellKey>, savedAt: string): DraftMap | null {
  let next: DraftMap | null = null
  const edit = () => (next ??= { ...stored })
  for (const row of rows) {
    for (const [key, draft] of draftsOfRow(row, savedAt)) {
      if (draft) {
        owned.add(key)
        const before = stored[key]
        if (!before || !sameDraft(before, draft)) edit()[key] = draft
      } else if (owned.has(key)) {
        owned.delete(key)
        if (key in stored) delete edit()[key]
      }
    }
  }
  return next
}

const sameDraft = (a: Draft, b: Draft) =>
  a.value === b.value && a.basedOn === b.basedOn && a.refused?.text === b.refused?.text && a.refused?.message === b.refused?.message

/** Drafts worth offering back: a refused text always; a value only when the server does not hold it already. */
export function draftsToOffer(drafts: Draft[], serverValueOf: (ref: FieldRef) => FieldValue, isKnown: (ref: FieldRef) => boolean): Draft[] {
  return drafts.filter((d) => isKnown(d.ref) && (d.refused || ('value' in d && d.value !== serverValueOf(d.ref))))
}

/** The stored form, read defensively: storage is shared with older versions and other tabs. */
export function parseDrafts(text: string | null): DraftMap {
  if (!text) return {}
  try {
    const parsed = JSON.parse(text) as unknown
    if (!parsed || typeof parsed !== 'object') return {}
    const result: DraftMap = {}
    for (const [key, d] of Object.entries(parsed as Record<string, Draft>)) {
      if (d && typeof d === 'object' && d.ref && FIELDS.includes(d.ref.field) && cellKeyOf(d.ref) === key) result[key] = d
    }
    return result
  } catch {
    return {}
  }
}
