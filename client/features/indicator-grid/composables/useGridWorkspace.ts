// What every table page over the grid shares: the store, history and autosave it provides, the
// toolbar's notices, undo/redo and paste summary, the focused cell and its note, and the guard
// that keeps unsaved values from being left behind. GridWorkspace.vue draws it around a layout.
import { computed, onBeforeUnmount, onMounted, provide, ref, shallowRef } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import type { TableMunicipality, RoadmapData } from '../../../api/operations.js'
import { useSession } from '../../../session/useSession.js'
import { createGridStore, EDIT_ROLES, GRID_STORE } from '../gridStore.js'
import { rowKeyOf, type FieldRef } from '../lib/cellChange.js'
import type { IndicatorInfo } from '../lib/rowModel.js'
import { AUTOSAVE, useAutosave } from './useAutosave.js'
import type { PasteSummary } from './useClipboard.js'
import { useDrafts } from './useDrafts.js'
import { EDIT_HISTORY, useEditHistory } from './useEditHistory.js'

export type Notice = { text: string; kind: 'info' | 'warn' }

export function useGridWorkspace(roadmap: RoadmapData, municipality: TableMunicipality) {
  const user = useSession().state.user!
  const isSchool = user.role === 'SCHOOL'
  const canEdit = EDIT_ROLES.includes(user.role)

  const indicators: IndicatorInfo[] = roadmap.indicators.map((i) => ({
    id: i.id, code: i.code, name: i.name, unit: i.unit, valueType: i.valueType, decimals: i.decimals, minValue: i.minValue, maxValue: i.maxValue,
    goodDirection: i.goodDirection, level: i.level, rollup: i.rollup, directionId: i.direction.id,
  }))
  const indicatorById = new Map(indicators.map((i) => [i.id, i]))
  const store = createGridStore({
    user: { role: user.role, municipalityId: user.municipality?.id ?? null, organizationId: user.organization?.id ?? null },
    roadmap: {
      municipalityId: roadmap.municipality.id, periodFrom: roadmap.periodFrom, periodTo: roadmap.periodTo,
      years: roadmap.years, lockedYears: roadmap.lockedYears,
    },
    indicators,
  })
  provide(GRID_STORE, store)
  const history = useEditHistory(store)
  provide(EDIT_HISTORY, history)
  const autosave = useAutosave(store)
  provide(AUTOSAVE, autosave)
  store.mergeServerIndicators(roadmap.indicators)
  const notice = ref<Notice | null>(null)
  const drafts = useDrafts(store, { userId: user.id, roadmapId: roadmap.id })
  onMounted(() => void drafts.load())
  function handleRestoreDrafts() {
    const count = drafts.restore()
    notice.value = { text: `Восстановлено значений: ${count}`, kind: 'info' }
  }
  function handleDiscardDrafts() {
    drafts.discard()
    notice.value = { text: 'Несохранённые значения с прошлого раза отброшены', kind: 'info' }
  }

  function handlePasted(summary: PasteSummary) {
    notice.value = { text: summary.message, kind: summary.refused ? 'warn' : 'info' }
  }
  function handleUndo() {
    const result = history.undo()
    if (result) notice.value = { text: `Отменено изменений: ${result.applied.length}`, kind: 'info' }
  }
  function handleRedo() {
    const result = history.redo()
    if (result) notice.value = { text: `Повторено изменений: ${result.applied.length}`, kind: 'info' }
  }

  // The focused cell: its history and note panels follow it and refresh when its row changes.
  const activeRef = shallowRef<FieldRef | null>(null)
  const historyRevision = ref(0)
  store.onCellsChanged((keys) => {
    if (activeRef.value && keys.includes(rowKeyOf(activeRef.value))) historyRevision.value++
  })
  const activeIndicator = computed(() => (activeRef.value ? indicatorById.get(activeRef.value.indicatorId) ?? null : null))
  const isNoteOpen = ref(false)
  const activeNote = computed(() => {
    void historyRevision.value
    return activeRef.value ? store.noteOf(activeRef.value) : null
  })
  const noteReadOnlyReason = computed(() => {
    if (!activeRef.value) return null
    if (!canEdit) return 'только просмотр'
    return store.readOnlyReason({ ...activeRef.value, field: 'note' })
  })
  function openNote() {
    if (activeRef.value) isNoteOpen.value = true
  }
  /** A note goes through applyBatch() like a value: validation, history and autosave alike. */
  function handleSaveNote(text: string) {
    const at = activeRef.value
    isNoteOpen.value = false
    if (!at) return
    const result = store.applyBatch([{ ref: { ...at, field: 'note' }, input: text }], 'edit')
    if (result.applied.length) notice.value = { text: text.trim() ? 'Примечание записано' : 'Примечание удалено', kind: 'info' }
  }

  const scopeName = (organizationId: number | null) =>
    organizationId === null ? 'муниципалитет' : (municipality.organizations.find((o) => o.id === organizationId)?.shortName ?? `ОО ${organizationId}`)

  // Leaving with anything unsaved asks, refused values included; what stays unsaved is kept in
  // this browser (useDrafts) and offered back when the table is opened again.
  function handleBeforeUnload(e: BeforeUnloadEvent) {
    if (!store.summary.hasUnsaved) return
    void autosave.flush()
    e.preventDefault()
  }
  onMounted(() => window.addEventListener('beforeunload', handleBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', handleBeforeUnload))
  onBeforeRouteLeave(async () => {
    await autosave.whenIdle()
    const { conflicts, failed, invalid } = store.summary
    const count = conflicts.length + failed + invalid
    if (!count) return true
    const kinds = [invalid ? `не принято таблицей: ${invalid}` : '', failed ? `ошибка сохранения: ${failed}` : '', conflicts.length ? `конфликтов: ${conflicts.length}` : '']
    return window.confirm(
      `Есть несохранённые значения (${kinds.filter(Boolean).join(', ')}). ` +
      'Они останутся в этом браузере и будут предложены, когда вы снова откроете таблицу. Уйти со страницы?',
    )
  })

  return {
    user, isSchool, canEdit, indicators, indicatorById, store, history, autosave, notice, handlePasted, handleUndo, handleRedo,
    offeredDrafts: drafts.offered, handleRestoreDrafts, handleDiscardDrafts,
    activeRef, historyRevision, activeIndicator, isNoteOpen, activeNote, noteReadOnlyReason, openNote, handleSaveNote, scopeName,
  }
}

export type GridWorkspaceState = ReturnType<typeof useGridWorkspace>
