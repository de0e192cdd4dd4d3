import { describe, expect, it } from 'vitest'
import { cellClasses, type CellFlags } from '../../client/features/indicator-grid/buildColumnDefs.js'

const plain: CellFlags = {
  isReadOnly: false, isBaseline: false, isComputed: false, status: null, save: null, isInvalid: false, isInRange: false, hasNote: false, isRollupMismatch: false,
}

describe('cellClasses', () => {
  it('gives a plain cell no class', () => {
    expect(cellClasses(plain)).toEqual([])
  })

  it('names every flag that is set, the status and the save state by their value', () => {
    expect(cellClasses({ ...plain, isInRange: true, isReadOnly: true, isBaseline: true, isComputed: true, isInvalid: true, hasNote: true, isRollupMismatch: true }).sort()).toEqual(
      ['cell-baseline', 'cell-computed', 'cell-in-range', 'cell-invalid', 'cell-note', 'cell-readonly', 'cell-rollup-mismatch'],
    )
    expect(cellClasses({ ...plain, status: 'not-met', save: 'conflict' })).toEqual(['st-not-met', 'sv-conflict'])
    for (const status of ['met', 'not-met', 'no-data', 'pending'] as const) expect(cellClasses({ ...plain, status })).toEqual([`st-${status}`])
    for (const save of ['queued', 'saving', 'saved', 'failed', 'conflict'] as const) expect(cellClasses({ ...plain, save })).toEqual([`sv-${save}`])
  })
})
