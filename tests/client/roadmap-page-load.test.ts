import { describe, expect, it } from 'vitest'
import { organizationOfQuery } from '../../client/api/roadmapPageLoad.js'

describe('organizationOfQuery', () => {
  it('reads ?org= as an organisation id, anything else as the municipality', () => {
    expect(organizationOfQuery({ org: '16' })).toBe(16)
    expect(organizationOfQuery({})).toBeNull()
    expect(organizationOfQuery({ org: 'abc' })).toBeNull()
    expect(organizationOfQuery({ org: '1.5' })).toBeNull()
    expect(organizationOfQuery({ org: '0' })).toBeNull()
    expect(organizationOfQuery({ org: ['3', '4'] })).toBeNull()
  })
})
