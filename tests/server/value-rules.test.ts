import { describe, expect, it } from 'vitest'
import { ValueType } from '../../server/domain/enums.js'
import { checkValue, decimalsOf, roundTo, scaleOf, storedDecimals, valueProblem } from '../../server/domain/value-rules.js'
import { booleanText, parseValueText } from '../../server/domain/value-text.js'

const shape = (valueType: ValueType, decimals = 0, bounds: { minValue?: number | null; maxValue?: number | null } = {}) =>
  ({ valueType, decimals, unit: '', ...bounds })

describe('checkValue: decimals are shown, not an input limit; the scale bounds what is stored', () => {
  it.each([
    // value type, shown decimals, typed, stored (or the refusal)
    [ValueType.PERCENT, 0, 57.3, 57.3],
    [ValueType.PERCENT, 0, 33.33, 33.33],
    [ValueType.PERCENT, 1, 64.85, 64.85],
    [ValueType.PERCENT, 1, 16.666666667, 16.67],
    [ValueType.PERCENT, 1, 0, 0],
    [ValueType.PERCENT, 1, 100, 100],
    [ValueType.PERCENT, 1, 101, 'процент должен быть от 0 до 100'],
    [ValueType.PERCENT, 1, -0.1, 'процент должен быть от 0 до 100'],
    [ValueType.PERCENT, 1, 100.004, 100],
    [ValueType.COUNT, 0, 12, 12],
    [ValueType.COUNT, 0, 1.5, 2],
    [ValueType.COUNT, 0, -1, 'количество не может быть отрицательным'],
    [ValueType.MARK, 2, 4.42, 4.42],
    [ValueType.MARK, 2, 4.425, 4.43],
    [ValueType.MARK, 2, 0.5, 'отметка должна быть от 1 до 5'],
    [ValueType.MARK, 2, 5.01, 'отметка должна быть от 1 до 5'],
    [ValueType.SCORE, 2, 72.28, 72.28],
    [ValueType.SCORE, 2, -3, 'балл не может быть отрицательным'],
    [ValueType.BOOLEAN, 0, 1, 1],
    [ValueType.BOOLEAN, 0, 2, 'ожидается «да» или «нет» (1 или 0)'],
    [ValueType.TEXT, 0, 1, 'показатель текстовый: число не вводится, используйте примечание'],
  ] as const)('%s shown with %i places: %s → %s', (valueType, decimals, value, expected) => {
    const checked = checkValue(value, shape(valueType, decimals))
    if (typeof expected === 'number') expect(checked).toEqual({ ok: true, value: expected, rounded: expected !== value })
    else expect(checked).toEqual({ ok: false, message: expected })
  })

  it('bounds an ЕГЭ average by the indicator’s own scale, 0–100', () => {
    const ege = shape(ValueType.SCORE, 2, { minValue: 0, maxValue: 100 })
    expect(valueProblem(150, ege)).toBe('балл должен быть от 0 до 100')
    expect(valueProblem(99.5, ege)).toBeNull()
    expect(scaleOf(ege)).toEqual({ min: 0, max: 100 })
    expect(scaleOf(shape(ValueType.SCORE, 2))).toEqual({ min: 0, max: null })
  })

  it('stores at least two places of a percent, a score and a mark, whole counts and yes/no', () => {
    expect(storedDecimals(shape(ValueType.PERCENT, 0))).toBe(2)
    expect(storedDecimals(shape(ValueType.PERCENT, 3))).toBe(3)
    expect(storedDecimals(shape(ValueType.COUNT, 0))).toBe(0)
    expect(storedDecimals(shape(ValueType.BOOLEAN, 0))).toBe(0)
  })

  it('refuses infinities and NaN', () => {
    expect(valueProblem(Number.NaN, shape(ValueType.SCORE, 2))).toBe('ожидается число')
    expect(valueProblem(Number.POSITIVE_INFINITY, shape(ValueType.SCORE, 2))).toBe('ожидается число')
  })

  it('rounds half away from zero as written, not as binary floats', () => {
    expect(roundTo(1.005, 2)).toBe(1.01)
    expect(roundTo(-1.005, 2)).toBe(-1.01)
    expect(roundTo(1e-7, 2)).toBe(0)
  })
})

describe('parseValueText: what specialists type', () => {
  const yesNo = { valueType: ValueType.BOOLEAN, unit: 'да/нет' }
  it.each([
    ['да', yesNo, 1], ['Да', yesNo, 1], ['нет', yesNo, 0], ['НЕТ', yesNo, 0], ['1', yesNo, 1], ['0', yesNo, 0],
    ['12 чел.', { valueType: ValueType.COUNT, unit: 'чел.' }, 12],
    ['12 чел', { valueType: ValueType.COUNT, unit: 'чел.' }, 12],
    ['12 человек', { valueType: ValueType.COUNT, unit: 'чел.' }, 12],
    ['4 ед.', { valueType: ValueType.COUNT, unit: 'ед.' }, 4],
    ['72,5 балла', { valueType: ValueType.SCORE, unit: 'баллы' }, 72.5],
    ['65 %', { valueType: ValueType.PERCENT, unit: '%' }, 65],
    ['1 234,5', { valueType: ValueType.COUNT, unit: 'чел.' }, 1234.5],
    ['-', { valueType: ValueType.COUNT, unit: 'чел.' }, null],
  ] as const)('«%s» → %s', (text, s, expected) => {
    expect(parseValueText(text, s)).toEqual({ ok: true, value: expected })
  })

  it('refuses a unit that is not the indicator’s and words that are not «да»/«нет»', () => {
    expect(parseValueText('12 ед.', { valueType: ValueType.COUNT, unit: 'чел.' })).toEqual({ ok: false, message: 'единица «ед.» не совпадает с единицей показателя «чел.»' })
    expect(parseValueText('может быть', yesNo)).toEqual({ ok: false, message: 'ожидается «да» или «нет»' })
    expect(parseValueText('12abc', { valueType: ValueType.COUNT, unit: 'чел.' })).toMatchObject({ ok: false, message: expect.stringContaining('ожидается число') })
  })

  it('shows yes/no values as «да»/«нет»', () => {
    expect(booleanText(1, yesNo)).toBe('да')
    expect(booleanText(0, yesNo)).toBe('нет')
    expect(booleanText(1, { valueType: ValueType.COUNT })).toBeNull()
  })
})

describe('decimalsOf', () => {
  it('counts the decimals a person wrote, not binary noise', () => {
    expect(decimalsOf(64.8)).toBe(1)
    expect(decimalsOf(0.1 + 0.2)).toBeGreaterThan(2)
    expect(decimalsOf(65)).toBe(0)
    expect(decimalsOf(1e-7)).toBe(7)
  })
})
