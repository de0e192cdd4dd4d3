import { describe, expect, it } from 'vitest'
import type { FieldRef } from '../../client/features/indicator-grid/lib/cellChange.js'
import type { IndicatorInfo, SchoolRow } from '../../client/features/indicator-grid/lib/rowModel.js'
import { schoolsLocator } from '../../client/features/indicator-grid/layouts/schools.js'

const indicator = (rollup: string): IndicatorInfo => ({
  id: 7, code: '7', name: 'Призёры', unit: 'чел.', valueType: 'COUNT', decimals: 0, goodDirection: 'UP', level: 'ORGANIZATION', rollup, directionId: 1,
})
const municipality: SchoolRow = { kind: 'school', rowId: 's:m', organizationId: null, name: 'Муниципалитет' }
const school: SchoolRow = { kind: 'school', rowId: 's:1', organizationId: 1, name: 'Ш1' }

function locatorWith(rule: string, values: Record<string, number>) {
  const valueOf = (ref: FieldRef) => values[`${ref.organizationId ?? 'm'}:${ref.year}:${ref.field}`] ?? null
  return schoolsLocator({ year: () => 2024, indicator: () => indicator(rule), organizationIds: () => [1, 2, 3], valueOf })
}

describe('the schools table’s roll-up', () => {
  const values = { '1:2024:actual': 2, '2:2024:actual': 3, '3:2024:actual': 5, 'm:2024:actual': 12, '1:2023:actual': 100 }

  it('sums the schools’ facts of the year for the municipality’s Факт and flags the entered value that differs', () => {
    const locator = locatorWith('SUM', values)
    const at = locator.locate(municipality, 'i7:actual')!
    expect(locator.rollupOf!(municipality, at)).toEqual({ value: 10, count: 3, disagrees: true })
  })

  it('averages by the MEAN rule, and gives nothing for a school’s row, a План cell or an entered-only indicator', () => {
    expect(locatorWith('MEAN', values).rollupOf!(municipality, locatorWith('MEAN', values).locate(municipality, 'i7:actual')!)).toEqual({ value: 3, count: 3, disagrees: true })
    const locator = locatorWith('SUM', values)
    expect(locator.rollupOf!(school, locator.locate(school, 'i7:actual')!)).toBeNull()
    expect(locator.rollupOf!(municipality, locator.locate(municipality, 'i7:target')!)).toBeNull()
    const none = locatorWith('NONE', values)
    expect(none.rollupOf!(municipality, none.locate(municipality, 'i7:actual')!)).toBeNull()
  })

  it('repaints the municipality’s row when a school’s value of the year changes', () => {
    const locator = locatorWith('SUM', values)
    expect(locator.rowIdsOf!('7:1:2024')).toEqual(['s:1', 's:m'])
    expect(locator.rowIdsOf!('7:m:2024')).toEqual(['s:m'])
    expect(locator.rowIdsOf!('7:1:2023')).toEqual([])
  })
})
