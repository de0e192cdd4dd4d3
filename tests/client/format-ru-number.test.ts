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

  it('writes what Intl.NumberFormat ru-RU writes, for every option', () => {
    // The values a table holds and their edges: ties at each place (1.005 is «1,01», as its shortest
    // decimal reads), carries (9,99 → 10,0), negatives, negative zero, tiny and huge numbers.
    const values = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 1.0049, 9.995, 9.99, 99.95, 999.5, 1234.5, -1234.56, 0.04, -0.04, 0.05, -0.05,
      64.8, 65.3 - 64.8, 1e-7, -1e-7, 1e15 + 0.5, 123456789.123, 1e20, 1e21, -1e22, 0.1 + 0.2, 57.3, 72.28, 100, 1000, 10000, 999999.99995]
    // A fixed pseudo-random sample: whole numbers, two to five places, across magnitudes.
    let seed = 12345
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 3000; i++) {
      const magnitude = 10 ** Math.floor(random() * 8 - 2)
      const places = Math.floor(random() * 6)
      values.push(Number(((random() - 0.3) * magnitude).toFixed(places)))
    }
    const mismatches: string[] = []
    for (const decimals of [0, 1, 2, 3, 4])
      for (const maxDecimals of [decimals, 4])
        for (const grouping of [true, false])
          for (const signed of [true, false]) {
            const intl = new Intl.NumberFormat('ru-RU', {
              minimumFractionDigits: decimals, maximumFractionDigits: maxDecimals, useGrouping: grouping, signDisplay: signed ? 'exceptZero' : 'auto',
            })
            const options = { grouping, signed, maxDecimals }
            for (const value of values) {
              const expected = intl.format(value)
              const shown = formatRuNumber(value, decimals, options)
              if (shown !== expected.replace('-', '−')) mismatches.push(`${value} ${JSON.stringify({ decimals, ...options })}: ${shown} ≠ ${expected}`)
              if (!grouping && formatRuNumber(value, decimals, { ...options, plain: true }) !== expected) mismatches.push(`${value} plain ${decimals}`)
            }
          }
    expect(mismatches.slice(0, 20)).toEqual([])
  })
})
