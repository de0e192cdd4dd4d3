// Which numbers an indicator accepts, by its value type and decimals. Returns a Russian
// reason for the person who typed it, or null when the number is fine.
import { ValueType } from './enums.js'

export interface ValueShape {
  valueType: ValueType
  decimals: number
  unit: string
}

export function valueProblem(value: number, shape: ValueShape): string | null {
  if (!Number.isFinite(value)) return 'ожидается число'
  if (shape.valueType === ValueType.TEXT) return 'показатель текстовый: число не вводится, используйте примечание'
  if (decimalsOf(value) > shape.decimals)
    return shape.decimals === 0 ? 'ожидается целое число' : `не более ${shape.decimals} знаков после запятой`
  switch (shape.valueType) {
    case ValueType.PERCENT:
      return value < 0 || value > 100 ? 'процент должен быть от 0 до 100' : null
    case ValueType.COUNT:
      if (!Number.isInteger(value)) return 'количество должно быть целым'
      return value < 0 ? 'количество не может быть отрицательным' : null
    case ValueType.SCORE:
      return value < 0 ? 'балл не может быть отрицательным' : null
    case ValueType.MARK:
      return value < 1 || value > 5 ? 'отметка должна быть от 1 до 5' : null
    case ValueType.BOOLEAN:
      return value === 0 || value === 1 ? null : 'ожидается 1 (да) или 0 (нет)'
  }
}

/** Decimal places of a number as a person wrote it (64.8 → 1), immune to binary float noise. */
export function decimalsOf(value: number): number {
  const text = String(value)
  if (text.includes('e')) {
    const [mantissa, exp] = text.split('e')
    return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exp))
  }
  return text.split('.')[1]?.length ?? 0
}
