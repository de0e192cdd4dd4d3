import { describe, expect, it } from 'vitest'
import { assembleRoadmap, coversValues, valuesByIndicator, type RoadmapStructure, type ValueTableColumns } from '../../client/api/valueTable.js'

/** Two indicators; the first has the municipality's 2021 and a school's 2021 and 2022, the second one value. */
const table: ValueTableColumns = {
  ids: [11, 12, 13, 21],
  indicatorIds: [1, 1, 1, 2],
  organizationIds: [null, 7, 7, null],
  years: [2021, 2021, 2022, 2021],
  targets: [64.8, 60, null, 5],
  actuals: [63.9, null, 3, 5],
  notes: [null, 'не проводился', null, null],
  versions: [3, 1, 2, 1],
  statuses: ['NOT_MET', 'NO_DATA', 'NO_TARGET', 'MET'],
  deviations: [-0.9, null, null, 0],
}

const indicator = (id: number, directionId: number) => ({
  id, code: `${id}`, name: `Показатель ${id}`, unit: '%', valueType: 'PERCENT', decimals: 1, minValue: 0, maxValue: 100,
  goodDirection: 'UP', level: 'ORGANIZATION', rollup: 'MEAN', direction: { id: directionId },
})

const structure: RoadmapStructure = {
  allDirections: [{ id: 100, code: '1', title: 'Направление', kind: 'DIRECTION', parentId: null }],
  indicators: [indicator(1, 100), indicator(2, 100), indicator(3, 100)],
}

const roadmap = {
  id: 5, title: 'Карта', periodFrom: 2021, periodTo: 2025, baselineFrom: 2018, baselineTo: 2020, isPeriodStated: true,
  years: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], lockedYears: [2021], municipality: { id: 2, name: 'Округ' },
}

describe('the grid’s values from the columns of valueTable', () => {
  it('turns the i-th item of every column into the i-th value, kept per indicator in the order sent', () => {
    const values = valuesByIndicator(table)
    expect([...values.keys()]).toEqual([1, 2])
    expect(values.get(1)).toEqual([
      { id: 11, year: 2021, target: 64.8, actual: 63.9, note: null, version: 3, status: 'NOT_MET', deviation: -0.9, organization: null },
      { id: 12, year: 2021, target: 60, actual: null, note: 'не проводился', version: 1, status: 'NO_DATA', deviation: null, organization: { id: 7 } },
      { id: 13, year: 2022, target: null, actual: 3, note: null, version: 2, status: 'NO_TARGET', deviation: null, organization: { id: 7 } },
    ])
    expect(values.get(2)).toEqual([{ id: 21, year: 2021, target: 5, actual: 5, note: null, version: 1, status: 'MET', deviation: 0, organization: null }])
  })

  it('assembles the roadmap as the pages know it: every indicator of the structure, one without values with an empty list', () => {
    const data = assembleRoadmap(roadmap, structure, table)
    expect(data).toMatchObject({ ...roadmap, allDirections: structure.allDirections })
    expect(data.indicators.map((i) => [i.id, i.values.map((v) => v.id)])).toEqual([[1, [11, 12, 13]], [2, [21]], [3, []]])
    expect(data.indicators[0]).toMatchObject(structure.indicators[0])
  })

  it('gives fresh objects each time, so one scope’s lists never show in another’s', () => {
    const a = assembleRoadmap(roadmap, structure, table)
    const b = assembleRoadmap(roadmap, structure, { ...table, ids: [], indicatorIds: [], organizationIds: [], years: [], targets: [], actuals: [], notes: [], versions: [], statuses: [], deviations: [] })
    expect(a.indicators[0]).not.toBe(b.indicators[0])
    expect(a.indicators[0].direction).not.toBe(structure.indicators[0].direction)
    expect(a.allDirections[0]).not.toBe(structure.allDirections[0])
    expect(b.indicators.every((i) => i.values.length === 0)).toBe(true)
    expect(a.indicators[0].values).toHaveLength(3)
  })

  it('tells when values belong to an indicator the kept structure does not know', () => {
    expect(coversValues(structure, table)).toBe(true)
    expect(coversValues({ ...structure, indicators: [indicator(1, 100)] }, table)).toBe(false)
  })
})
