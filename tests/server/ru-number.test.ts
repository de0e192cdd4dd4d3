import { describe, expect, it } from 'vitest'
import { parseRuNumber } from '../../server/domain/ru-number.js'

const value = (text: string) => {
  const result = parseRuNumber(text)
  if (!result.ok) throw new Error(`expected a number from ${JSON.stringify(text)}, got: ${result.message}`)
  return result.value
}
const refuses = (text: string) => expect(parseRuNumber(text).ok, JSON.stringify(text)).toBe(false)

describe('parseRuNumber', () => {
  it('reads whole numbers', () => {
    expect(value('0')).toBe(0)
    expect(value('7')).toBe(7)
    expect(value('65')).toBe(65)
    expect(value('007')).toBe(7)
    expect(value('1234567')).toBe(1234567)
  })

  it('reads a decimal comma as Russian users type it', () => {
    expect(value('64,8')).toBe(64.8)
    expect(value('0,05')).toBe(0.05)
    expect(value('72,28')).toBe(72.28)
    expect(value('100,0')).toBe(100)
  })

  it('reads a decimal point from an English layout or numpad', () => {
    expect(value('64.8')).toBe(64.8)
    expect(value('0.5')).toBe(0.5)
  })

  it('reads a leading or trailing separator like Excel does', () => {
    expect(value(',5')).toBe(0.5)
    expect(value('.5')).toBe(0.5)
    expect(value('5,')).toBe(5)
    expect(value('5.')).toBe(5)
  })

  it('reads thousands separated by a space, a no-break space (Excel ru) or a narrow no-break space', () => {
    expect(value('1 234,5')).toBe(1234.5)
    expect(value('1\u00A0234,5')).toBe(1234.5)
    expect(value('1\u202F234,5')).toBe(1234.5)
    expect(value('1\u2009234')).toBe(1234)
    expect(value('12 345 678,9')).toBe(12345678.9)
    expect(value('1 000')).toBe(1000)
  })

  it('reads an en-US export with comma thousands and a decimal point', () => {
    expect(value('1,234.5')).toBe(1234.5)
    expect(value('1,234,567.25')).toBe(1234567.25)
  })

  it('reads a German-style export with dot thousands and a decimal comma', () => {
    expect(value('1.234,5')).toBe(1234.5)
    expect(value('1.234.567,5')).toBe(1234567.5)
  })

  it('takes a single comma or dot as the decimal separator, never as thousands', () => {
    expect(value('1,234')).toBe(1.234)
    expect(value('1.234')).toBe(1.234)
  })

  it('reads signs: hyphen, typographic minus, en dash and plus', () => {
    expect(value('-5')).toBe(-5)
    expect(value('−0,9')).toBe(-0.9)
    expect(value('–3')).toBe(-3)
    expect(value('+1,5')).toBe(1.5)
    expect(value('- 5')).toBe(-5)
    expect(value('-0')).toBe(0)
    expect(Object.is(value('-0'), -0)).toBe(false)
  })

  it('drops a trailing percent sign: the unit is the indicator’s', () => {
    expect(value('65 %')).toBe(65)
    expect(value('65%')).toBe(65)
    expect(value('64,8\u00A0%')).toBe(64.8)
  })

  it('trims spaces, tabs and no-break spaces around the number', () => {
    expect(value('  64,8  ')).toBe(64.8)
    expect(value('\t12\n')).toBe(12)
    expect(value('\u00A012\u00A0')).toBe(12)
  })

  it('reads an empty cell and a lone dash as no data (null), not zero', () => {
    expect(value('')).toBeNull()
    expect(value('   ')).toBeNull()
    expect(value('-')).toBeNull()
    expect(value('—')).toBeNull()
    expect(value('–')).toBeNull()
    expect(value('−')).toBeNull()
  })

  it('refuses text that is not a number', () => {
    for (const text of ['abc', 'да', 'нет', 'не проводился', '12abc', 'abc12', '1e5', '0x10', 'Infinity', 'NaN', '%', '+', '5 5 %%', '12-3', '(5)', '1/2', '١٢'])
      refuses(text)
  })

  it('refuses separators that do not make one number', () => {
    for (const text of [',', '.', '1,2,3', '1..2', '1,,2', '1.2.3', '12 34', '1 2345', '1234 567', '1  234', '1,234.5,6', '1.234,56.7', '1 234.567,8', ', 5'])
      refuses(text)
  })

  it('says in Russian what it expected', () => {
    const result = parseRuNumber('abc')
    expect(result).toEqual({ ok: false, message: expect.stringContaining('ожидается число') })
  })

  it('round-trips what the app itself displays', async () => {
    const { formatRuNumber } = await import('../../client/features/indicator-grid/lib/formatRuNumber.js')
    for (const [n, d] of [[1234.5, 1], [-0.9, 1], [72.28, 2], [1000000, 0], [0, 0], [65.3, 1], [-1234567.89, 2]] as const) {
      expect(value(formatRuNumber(n, d))).toBe(n)
      expect(value(formatRuNumber(n, d, { plain: true }))).toBe(n)
      expect(value(formatRuNumber(n, d, { signed: true }))).toBe(n)
    }
  })
})
