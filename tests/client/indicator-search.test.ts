import { describe, expect, it } from 'vitest'
import { indicatorMatcher } from '../../client/features/indicator-grid/lib/indicatorSearch.js'
import { indicators } from './fixtures.js'

const found = (query: string) => {
  const test = indicatorMatcher(query)
  return test ? indicators.filter(test).map((i) => i.code) : null
}

describe('indicatorMatcher', () => {
  it('finds by code and by words of the name, in any case and order', () => {
    expect(found('и4')).toEqual(['И4'])
    expect(found('ПЕДАГОГОВ')).toEqual(['11'])
    expect(found('  обучающихся   доля ')).toEqual(['5'])
    expect(found('балл средний')).toEqual(['И3'])
  })
  it('reads ё as е and shows everything for an empty query', () => {
    expect(indicatorMatcher('  ')).toBeNull()
    expect(found('победителёй')).toEqual(['И4'])
  })
})
