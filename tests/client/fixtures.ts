// A small roadmap for the client tests: two directions (one nested), four indicators.
import { createGridStore, type StoreUser } from '../../client/features/indicator-grid/gridStore.js'
import type { DirectionInfo, IndicatorInfo } from '../../client/features/indicator-grid/lib/rowModel.js'
import type { ServerValue } from '../../client/api/operations.js'

export const directions: DirectionInfo[] = [
  { id: 1, code: '1', title: 'Кадры', kind: 'DIRECTION', parentId: null },
  { id: 2, code: '2', title: 'Результаты', kind: 'DIRECTION', parentId: null },
  { id: 3, code: '2.1', title: 'Олимпиады', kind: 'SECTION', parentId: 2 },
  { id: 4, code: '3', title: 'Пустое направление', kind: 'DIRECTION', parentId: null },
]

export const indicators: IndicatorInfo[] = [
  { id: 10, code: '11', name: 'Удельный вес педагогов с категорией', unit: '%', valueType: 'PERCENT', decimals: 1, goodDirection: 'UP', level: 'MUNICIPALITY', directionId: 1 },
  { id: 11, code: '5', name: 'Доля обучающихся с высокими результатами', unit: '%', valueType: 'PERCENT', decimals: 0, goodDirection: 'UP', level: 'MUNICIPALITY', directionId: 2 },
  { id: 12, code: 'И4', name: 'Число победителей', unit: 'чел.', valueType: 'COUNT', decimals: 0, goodDirection: 'UP', level: 'ORGANIZATION', directionId: 3 },
  { id: 13, code: 'И3', name: 'Средний балл (базовый)', unit: 'баллы', valueType: 'MARK', decimals: 2, goodDirection: 'UP', level: 'MUNICIPALITY', directionId: 2 },
]

export const roadmap = { municipalityId: 7, periodFrom: 2021, periodTo: 2025, years: [2019, 2020, 2021, 2022, 2023, 2024, 2025], lockedYears: [2022] }

export const specialist: StoreUser = { role: 'SPECIALIST', municipalityId: 7, organizationId: null }

export function makeStore(user: StoreUser = specialist) {
  return createGridStore({ user, roadmap, indicators })
}

export function serverValue(year: number, fields: Partial<ServerValue> = {}): ServerValue {
  return { id: year, year, target: null, actual: null, note: null, version: 1, status: 'NO_TARGET', deviation: null, organization: null, ...fields }
}

export const ref = (indicatorId: number, year: number, field: 'target' | 'actual' = 'actual', organizationId: number | null = null) =>
  ({ indicatorId, organizationId, year, field })
