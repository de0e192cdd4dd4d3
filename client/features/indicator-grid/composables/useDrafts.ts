// Keeps what was typed and not yet saved in the browser's storage, per user and roadmap, while the
// table is open, and offers it back when the table is opened again: restored through applyBatch()
// like any edit (a refused text is marked refused again), or discarded by the person.
import { getCurrentScope, onScopeDispose, shallowRef } from 'vue'
import { fetchIndicatorValues, type ServerValue } from '../../../api/operations.js'
import { cellKeyOf, rowKeyOf, sameRef, type CellChange } from '../lib/cellChange.js'
import { draftsToOffer, parseDrafts, updateDrafts, type Draft, type DraftMap } from '../lib/drafts.js'
import { injectGridStoreOrThrow, type GridStore } from '../gridStore.js'

export interface DraftsOptions {
  userId: number
  roadmapId: number
  storage?: Storage
  fetchValues?: (indicatorId: number, organizationId: number | null, years: number[]) => Promise<ServerValue[]>
}

export const draftsStorageKey = (userId: number, roadmapId: number) => `orientir:drafts:${userId}:${roadmapId}`

export function useDrafts(store: GridStore = injectGridStoreOrThrow(), options: DraftsOptions) {
  const storage = options.storage ?? window.localStorage
  const fetchValues = options.fetchValues ?? fetchIndicatorValues
  const key = draftsStorageKey(options.userId, options.roadmapId)
  /** Cell keys this tab wrote: it removes them once saved; drafts of earlier sessions are left alone. */
  const owned = new Set<string>()
  /** Drafts of an earlier session, waiting for the person's choice. */
  const offered = shallowRef<Draft[]>([])

  const read = (): DraftMap => parseDrafts(storage.getItem(key))
  function write(map: DraftMap): void {
    try {
      if (Object.keys(map).length) storage.setItem(key, JSON.stringify(map))
      else storage.removeItem(key)
    } catch {
      // A full or disabled storage: the leave guard still asks before anything is lost.
    }
  }

  const stop = store.onCellsChanged((keys) => {
    const rows = keys.map((k) => store.peek(k)).filter((c) => c !== undefined)
    const hasAny = rows.some((c) => Object.keys(c.local).length || Object.keys(c.invalid).length)
    if (!hasAny && ![...owned].some((k) => keys.some((row) => k.startsWith(`${row}:`)))) return
    const next = updateDrafts(read(), rows, owned, new Date().toISOString())
    if (next) write(next)
  })
  if (getCurrentScope()) onScopeDispose(stop)

  /** Reads the stored drafts and keeps those the server does not hold yet, to offer them. */
  async function load(): Promise<void> {
    const stored = Object.values(read())
    if (!stored.length) return
    const known = stored.filter((d) => store.indicators.has(d.ref.indicatorId))
    // Drafts of another scope or year than the one loaded: their rows are fetched to compare.
    const groups = new Map<string, { indicatorId: number; organizationId: number | null; years: Set<number> }>()
    for (const d of known) {
      if (store.peek(rowKeyOf(d.ref))?.server) continue
      const g = `${d.ref.indicatorId}:${d.ref.organizationId ?? 'm'}`
      const group = groups.get(g) ?? { indicatorId: d.ref.indicatorId, organizationId: d.ref.organizationId, years: new Set<number>() }
      group.years.add(d.ref.year)
      groups.set(g, group)
    }
    try {
      for (const g of groups.values()) store.mergeServerValues(g.indicatorId, await fetchValues(g.indicatorId, g.organizationId, [...g.years]))
    } catch {
      // Offered as stored: restoring sends them with their versions, and the server judges.
    }
    const toOffer = draftsToOffer(known, (ref) => store.fieldValueOf(ref), (ref) => store.indicators.has(ref.indicatorId))
    if (toOffer.length < stored.length) {
      const map = read()
      for (const d of stored) if (!toOffer.includes(d)) delete map[cellKeyOf(d.ref)]
      write(map)
    }
    offered.value = toOffer
  }

  function forgetOffered(): Draft[] {
    const drafts = offered.value
    const map = read()
    for (const d of drafts) if (!owned.has(cellKeyOf(d.ref))) delete map[cellKeyOf(d.ref)]
    write(map)
    offered.value = []
    return drafts
  }

  /** Puts the drafts back into the table: values to be sent, refused texts marked refused again. */
  function restore(): number {
    const drafts = forgetOffered()
    const values: CellChange[] = drafts.filter((d) => 'value' in d).map((d) => ({ ref: d.ref, input: d.value ?? null }))
    const { applied } = store.applyBatch(values, 'restore')
    for (const change of applied) {
      const draft = drafts.find((d) => sameRef(d.ref, change.ref))
      const cell = store.cellOf(change.ref)
      // Sent against the version it was typed on: a change made meanwhile comes back as a conflict.
      if (draft) cell.basedOn = draft.basedOn
    }
    const refused = store.applyBatch(drafts.filter((d) => d.refused).map((d) => ({ ref: d.ref, input: d.refused!.text })), 'restore')
    return applied.length + refused.refused.length + refused.applied.length
  }

  function discard(): void {
    forgetOffered()
  }

  return { offered, load, restore, discard }
}


export type Drafts = ReturnType<typeof useDrafts>
