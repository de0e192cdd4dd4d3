// The grid's write model: a batch of cells as columns in, the written rows as columns out (the
// ValueTable the grid reads). Only the shape is its own: the cells go through
// saveIndicatorValues, the one way values are written (validation, access, version checks,
// audit, all or nothing). graphql-js coerces a list of input objects field by field, object by
// object; a column of scalars costs it one check per item, and an answer of columns no
// completion per row.
import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { badInput } from '../../errors.js'
import type { IndicatorValueInput } from '../indicator-value/indicator-value.inputs.js'
import type { IndicatorValueRow } from '../indicator-value/indicator-value.row.js'
import { saveIndicatorValues } from '../indicator-value/indicator-value.service.js'
import type { ValueColumnsInput } from './value-columns.inputs.js'
import { ValueTable } from './value-table.type.js'

/** Writes the cells of the columns as setIndicatorValues writes the same cells; answers the written rows in the cells' order. */
export async function saveValueColumns(em: EntityManager, columns: ValueColumnsInput, actor: Actor): Promise<ValueTable> {
  return valueTableOf(await saveIndicatorValues(em, cellsOfColumns(columns), actor))
}

type Field = 'target' | 'actual' | 'note'
const FIELD_COLUMNS = [['targets', 'target'], ['actuals', 'actual'], ['notes', 'note']] as const

/** The cells the columns describe, as setIndicatorValues takes them: a field not given for a cell is left out (unchanged). */
export function cellsOfColumns(columns: ValueColumnsInput): IndicatorValueInput[] {
  const count = columns.indicatorIds.length
  const lengths: [string, number][] = [
    ['indicatorIds', count], ['organizationIds', columns.organizationIds.length], ['years', columns.years.length],
    ...(columns.expectedVersions ? [['expectedVersions', columns.expectedVersions.length] as [string, number]] : []),
  ]
  if (lengths.some(([, length]) => length !== count))
    throw badInput(`Пакет не записан: столбцы ячеек разной длины (${lengths.map(([name, length]) => `${name} — ${length}`).join(', ')})`)

  const cells: IndicatorValueInput[] = columns.indicatorIds.map((indicatorId, i) => ({
    indicatorId, organizationId: columns.organizationIds[i], year: columns.years[i], expectedVersion: columns.expectedVersions?.[i] ?? null,
  }))
  for (const [name, field] of FIELD_COLUMNS) {
    const column = columns[name]
    if (!column) continue
    if (column.cells.length !== column.values.length)
      throw badInput(`Пакет не записан: в столбце ${name} номеров ячеек ${column.cells.length}, а значений ${column.values.length}`)
    const seen = new Set<number>()
    column.cells.forEach((index, k) => {
      if (index < 0 || index >= count) throw badInput(`Пакет не записан: в столбце ${name} номер ячейки ${index} вне пакета (0–${count - 1})`, { index })
      if (seen.has(index)) throw badInput(`Пакет не записан: в столбце ${name} ячейка ${index} указана дважды`, { index })
      seen.add(index)
      ;(cells[index] as Record<Field, unknown>)[field] = column.values[k]
    })
  }
  return cells
}

/** The written rows as the grid reads values: columns in the same order, each with its indicator's rule for the status. */
function valueTableOf(rows: IndicatorValueRow[]): ValueTable {
  const table = new ValueTable()
  // The write path answers every row with its indicator's rule.
  for (const row of rows) table.add(row, row.rule!)
  return table
}
