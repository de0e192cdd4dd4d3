import { describe, expect, it } from 'vitest'
import { formatRuNumber } from '../../client/features/indicator-grid/lib/formatRuNumber.js'

describe('formatRuNumber', () => {
  it('shows the indicator’s decimals with a decimal comma', () => {
    expect(formatRuNumber(64.8, 1)).toBe('64,8')
    expect(formatRuNumber(65, 1)).toBe('65,0')
    expect(formatRuNumber(72.28, 2)).toBe('72,28')
    expect(formatRuNumber(58, 0)).toBe('58')
  })

  it('groups thousands with a no-break space, as Excel ru does', () => {
    expect(formatRuNumber(1234.5, 1)).toBe('1\u00A0234,5')
    expect(formatRuNumber(12345678, 0)).toBe('12\u00A0345\u00A0678')
  })

  it('shows nothing for no data (empty is not zero)', () => {
    expect(formatRuNumber(null, 1)).toBe('')
    expect(formatRuNumber(undefined, 1)).toBe('')
    expect(formatRuNumber(Number.NaN, 1)).toBe('')
    expect(formatRuNumber(0, 1)).toBe('0,0')
  })

  it('shows negatives with a typographic minus on screen and a hyphen for the clipboard', () => {
    expect(formatRuNumber(-0.9, 1)).toBe('−0,9')
    expect(formatRuNumber(-1234.5, 1, { plain: true })).toBe('-1234,5')
  })

  it('signs deviations', () => {
    expect(formatRuNumber(1.5, 1, { signed: true })).toBe('+1,5')
    expect(formatRuNumber(-1.5, 1, { signed: true })).toBe('−1,5')
    expect(formatRuNumber(0, 1, { signed: true })).toBe('0,0')
  })

  it('rounds float noise away', () => {
    expect(formatRuNumber(65.3 - 64.8, 1)).toBe('0,5')
  })
})
