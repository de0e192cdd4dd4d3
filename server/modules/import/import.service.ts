// Import of values from a file: a dry run that lists every change cell by cell and every bad
// row, then an all-or-nothing write through the one values service, audited as an import.
import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { ChangeSource } from '../../domain/enums.js'
import { parseRuNumber } from '../../domain/ru-number.js'
import { parseValueText } from '../../domain/value-text.js'
import { notFound } from '../../errors.js'
import { Indicator } from '../indicator/indicator.entity.js'
import { MUNICIPALITY_SCOPE } from '../indicator-value/indicator-value.entity.js'
import type { IndicatorValueInput } from '../indicator-value/indicator-value.inputs.js'
import { cellKey, checkCells, loadCells, saveIndicatorValues } from '../indicator-value/indicator-value.service.js'
import { Organization } from '../organization/organization.entity.js'
import { roadmapOrThrow } from '../roadmap/roadmap.service.js'
import { readRows } from './import-file.js'
import { readLayout, type ImportCell, type ImportField, type RowError, type ValueReader } from './import-layout.js'
import type { TextEncodingName } from './text-encoding.js'

export const MAX_IMPORT_CELLS = 100_000

export interface ImportRequest {
  roadmapId: number
  fileName: string
  bytes: Buffer
  /** Whose values a matrix file holds; null: the municipality. The flat layout names it per row. */
  organizationId: number | null
  /** What the year columns of a matrix file hold when it has no План/Факт sub-header. */
  field: 'target' | 'actual'
  dryRun: boolean
}

export interface ImportChange {
  row: number
  indicator: Indicator
  organization: Organization | null
  year: number
  field: ImportField
  oldValue: string | null
  newValue: string | null
}

export interface ImportResult {
  layout: string
  encoding: TextEncodingName | null
  dryRun: boolean
  applied: boolean
  changes: ImportChange[]
  errors: RowError[]
  unchanged: number
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()
const show = (v: number | string | null | undefined): string | null => (v === null || v === undefined ? null : String(v))

export async function importValues(em: EntityManager, actor: Actor, request: ImportRequest): Promise<ImportResult> {
  const roadmap = await roadmapOrThrow(em, actor, request.roadmapId)
  const { rows, encoding } = await readRows(request.fileName, request.bytes)
  const indicators = await em.find(Indicator, { roadmap })
  const byCode = new Map(indicators.map((i) => [norm(i.code), i]))
  const byName = new Map(indicators.map((i) => [norm(i.name), i]))
  const indicatorOf = (code: string | null, name: string | null) => (code && byCode.get(norm(code))) || (name && byName.get(norm(name))) || null
  // A value reads as the grid reads it for the row's indicator; an unknown indicator is reported below.
  const readValue: ValueReader = (text, named) => {
    const indicator = indicatorOf(named.code, named.name)
    return indicator ? parseValueText(text, indicator) : parseRuNumber(text)
  }
  const { layout, cells, errors } = readLayout(rows, request.field, readValue)
  const result = (changes: ImportChange[], unchanged: number, applied = false): ImportResult =>
    ({ layout, encoding, dryRun: request.dryRun, applied, changes, errors: errors.sort((a, b) => a.row - b.row), unchanged })
  if (cells.length > MAX_IMPORT_CELLS) {
    errors.push({ row: 1, message: `В файле ${cells.length} значений, за один импорт — до ${MAX_IMPORT_CELLS}` })
    return result([], 0)
  }

  const orgs = await em.find(Organization, { municipality: roadmap.municipality })
  const orgByName = new Map(orgs.flatMap((o) => [o.name, o.shortName, ...o.aliases].map((n) => [norm(n), o] as const)))
  const fixedOrg = request.organizationId === null ? null : orgs.find((o) => o.id === request.organizationId) ?? null
  if (request.organizationId !== null && !fixedOrg) throw notFound('Организация', request.organizationId)

  // One input per cell of the table, with the file rows it came from.
  const inputs = new Map<string, { input: IndicatorValueInput; rows: number[]; cells: ImportCell[] }>()
  for (const cell of cells) {
    const indicator = indicatorOf(cell.indicatorCode, cell.indicatorName)
    if (!indicator) {
      errors.push({ row: cell.row, message: `показатель «${cell.indicatorCode ?? cell.indicatorName}» не найден в дорожной карте` })
      continue
    }
    let org: Organization | null = fixedOrg
    if (layout === 'flat') {
      org = cell.organizationName ? orgByName.get(norm(cell.organizationName)) ?? null : null
      if (cell.organizationName && !org) {
        errors.push({ row: cell.row, message: `организация «${cell.organizationName}» не найдена` })
        continue
      }
    }
    const key = cellKey(indicator.id, org?.id ?? MUNICIPALITY_SCOPE, cell.year)
    const entry = inputs.get(key) ?? { input: { indicatorId: indicator.id, organizationId: org?.id ?? null, year: cell.year }, rows: [], cells: [] }
    ;(entry.input as unknown as Record<string, unknown>)[cell.field] = cell.value
    if (cell.expectedVersion !== null) entry.input.expectedVersion = cell.expectedVersion
    if (!entry.rows.includes(cell.row)) entry.rows.push(cell.row)
    entry.cells.push(cell)
    inputs.set(key, entry)
  }

  const entries = [...inputs.values()]
  const { problems } = await checkCells(em, entries.map((e) => e.input), actor)
  for (const p of problems) for (const row of entries[p.index].rows) errors.push({ row, message: p.message })

  const current = await loadCells(em, entries.map((e) => e.input))
  const indicatorById = new Map(indicators.map((i) => [i.id, i]))
  const changes: ImportChange[] = []
  const changed: IndicatorValueInput[] = []
  let unchanged = 0
  for (const [i, { input, rows, cells: sourceCells }] of entries.entries()) {
    const row = current[i]
    if (input.expectedVersion != null && (row?.version ?? 0) !== input.expectedVersion) {
      errors.push({ row: rows[0], message: `значение изменено после выгрузки (версия в файле ${input.expectedVersion}, сейчас ${row?.version ?? 0})` })
      continue
    }
    let isChanged = false
    for (const cell of sourceCells) {
      const before = row ? row[cell.field] : null
      if (show(before) === show(cell.value)) continue
      isChanged = true
      changes.push({
        row: cell.row, indicator: indicatorById.get(input.indicatorId)!, organization: orgs.find((o) => o.id === input.organizationId) ?? null,
        year: input.year, field: cell.field, oldValue: show(before), newValue: show(cell.value),
      })
    }
    if (isChanged) changed.push({ ...input, expectedVersion: row?.version ?? 0 })
    else unchanged++
  }

  if (request.dryRun || errors.length > 0 || changed.length === 0) return result(changes, unchanged)
  await saveIndicatorValues(em, changed, { ...actor, source: ChangeSource.IMPORT }, MAX_IMPORT_CELLS)
  return result(changes, unchanged, true)
}
