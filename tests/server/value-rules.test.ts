import { describe, expect, it } from 'vitest'
import { ValueType } from '../../server/domain/enums.js'
import { decimalsOf, valueProblem } from '../../server/domain/value-rules.js'

const shape = (valueType: ValueType, decimals = 0) => ({ valueType, decimals, unit: '' })

describe('valueProblem', () => {
  it.each([
    [ValueType.PERCENT, 1, 64.8, null],
    [ValueType.PERCENT, 1, 0, null],
    [ValueType.PERCENT, 1, 100, null],
    [ValueType.PERCENT, 1, 101, 'процент должен быть от 0 до 100'],
    [ValueType.PERCENT, 1, -0.1, 'процент должен быть от 0 до 100'],
    [ValueType.PERCENT, 1, 64.85, 'не более 1 знаков после запятой'],
    [ValueType.PERCENT, 0, 64.8, 'ожидается целое число'],
    [ValueType.COUNT, 0, 12, null],
    [ValueType.COUNT, 0, -1, 'количество не может быть отрицательным'],
    [ValueType.COUNT, 0, 1.5, 'ожидается целое число'],
    [ValueType.MARK, 2, 4.42, null],
    [ValueType.MARK, 2, 0.5, 'отметка должна быть от 1 до 5'],
    [ValueType.MARK, 2, 5.01, 'отметка должна быть от 1 до 5'],
    [ValueType.SCORE, 2, 72.28, null],
    [ValueType.SCORE, 2, -3, 'балл не может быть отрицательным'],
    [ValueType.BOOLEAN, 0, 1, null],
    [ValueType.BOOLEAN, 0, 2, 'ожидается 1 (да) или 0 (нет)'],
    [ValueType.TEXT, 0, 1, 'показатель текстовый: число не вводится, используйте примечание'],
  ] as const)('%s with %i decimals: %s → %s', (valueType, decimals, value, expected) => {
    expect(valueProblem(value, shape(valueType, decimals))).toBe(expected)
  })

  it('refuses infinities and NaN', () => {
    expect(valueProblem(Number.NaN, shape(ValueType.SCORE, 2))).toBe('ожидается число')
    expect(valueProblem(Number.POSITIVE_INFINITY, shape(ValueType.SCORE, 2))).toBe('ожидается число')
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
