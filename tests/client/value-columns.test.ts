import { describe, expect, it } from 'vitest'
import { valueColumnsOf, writtenValuesOf } from '../../client/api/valueColumns.js'
import type { ValueTableColumns } from '../../client/api/valueTable.js'

describe('valueColumnsOf', () => {
  it('sends each field only for the cells that have it, by their number in the batch, a null as a clear', () => {
    const columns = valueColumnsOf([
      { indicatorId: 1, organizationId: null, year: 2021, actual: 63.9, expectedVersion: 3 },
      { indicatorId: 1, organizationId: 7, year: 2022, target: null, note: 'не проводился', expectedVersion: 0 },
      { indicatorId: 2, organizationId: 7, year: 2021, target: 5, actual: null, expectedVersion: 1 },
    ])
    expect(columns).toEqual({
      indicatorIds: [1, 1, 2],
      organizationIds: [null, 7, 7],
      years: [2021, 2022, 2021],
      expectedVersions: [3, 0, 1],
      targets: { cells: [1, 2], values: [null, 5] },
      actuals: { cells: [0, 2], values: [63.9, null] },
      notes: { cells: [1], values: ['не проводился'] },
    })
  })

  it('leaves out a field no cell has', () => {
    expect(valueColumnsOf([{ indicatorId: 1, organizationId: null, year: 2021, actual: 1, expectedVersion: 0 }])).not.toHaveProperty('targets')
  })
})

describe('writtenValuesOf', () => {
  it('gives each written row with its indicator, in the order of the batch', () => {
    const table: ValueTableColumns = {
      ids: [11, 12], indicatorIds: [1, 2], organizationIds: [null, 7], years: [2021, 2022], targets: [64.8, null], actuals: [63.9, 3],
      notes: [null, 'н'], versions: [4, 1], statuses: ['NOT_MET', 'NO_TARGET'], deviations: [-0.9, null],
    }
    expect(writtenValuesOf(table)).toEqual([
      { id: 11, year: 2021, target: 64.8, actual: 63.9, note: null, version: 4, status: 'NOT_MET', deviation: -0.9, organization: null, indicator: { id: 1 } },
      { id: 12, year: 2022, target: null, actual: 3, note: 'н', version: 1, status: 'NO_TARGET', deviation: null, organization: { id: 7 }, indicator: { id: 2 } },
    ])
  })
})
