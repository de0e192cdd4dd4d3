// Which values an indicator accepts, as one rule for the grid, the API and imports.
// `decimals` is how many places a value is SHOWN with; a value is STORED with up to
// `storedDecimals` places (a percent keeps at least two whatever its printed targets show), and
// a value with more places — Excel's 16,666666667 — is rounded to that, never refused. A value
// must lie within the indicator's scale (`minValue`..`maxValue`). Pure: the web app imports it.
import { ValueType } from './enums.js'

export interface ValueShape {
  valueType: ValueType | string
  decimals: number
  unit: string
  /** Lowest value of the scale; null: the value type's natural scale. */
  minValue?: number | null
  /** Highest value of the scale; null: the value type's natural scale. */
  maxValue?: number | null
}

export interface Scale {
  min: number | null
  max: number | null
}

/** The scale a value type has by nature: a percent 0–100, a mark 1–5, a count from 0, yes/no 0–1. */
export function naturalScale(valueType: ValueType | string): Scale {
  switch (valueType) {
    case ValueType.PERCENT: return { min: 0, max: 100 }
    case ValueType.MARK: return { min: 1, max: 5 }
    case ValueType.BOOLEAN: return { min: 0, max: 1 }
    case ValueType.COUNT:
    case ValueType.SCORE: return { min: 0, max: null }
    default: return { min: null, max: null }
  }
}

/** The indicator's own scale where set, its type's natural scale otherwise. */
export function scaleOf(shape: ValueShape): Scale {
  const natural = naturalScale(shape.valueType)
  return { min: shape.minValue ?? natural.min, max: shape.maxValue ?? natural.max }
}

/** Places a value of this indicator is stored with. */
export function storedDecimals(shape: Pick<ValueShape, 'valueType' | 'decimals'>): number {
  switch (shape.valueType) {
    case ValueType.COUNT:
    case ValueType.BOOLEAN: return 0
    default: return Math.min(6, Math.max(2, shape.decimals))
  }
}

export type CheckedValue =
  | { ok: true; value: number; rounded: boolean }
  | { ok: false; message: string }

/** The value to store, rounded to the stored places, or why it is refused (Russian). */
export function checkValue(value: number, shape: ValueShape): CheckedValue {
  if (!Number.isFinite(value)) return { ok: false, message: 'ожидается число' }
  if (shape.valueType === ValueType.TEXT) return { ok: false, message: 'показатель текстовый: число не вводится, используйте примечание' }
  if (shape.valueType === ValueType.BOOLEAN && value !== 0 && value !== 1) return { ok: false, message: 'ожидается «да» или «нет» (1 или 0)' }
  const places = storedDecimals(shape)
  const stored = roundTo(value, places)
  const { min, max } = scaleOf(shape)
  if ((min !== null && stored < min) || (max !== null && stored > max)) return { ok: false, message: scaleMessage(shape, min, max) }
  return { ok: true, value: stored, rounded: stored !== value }
}

/** The Russian reason for a value, or null when it is stored as given or rounded. */
export function valueProblem(value: number, shape: ValueShape): string | null {
  const checked = checkValue(value, shape)
  return checked.ok ? null : checked.message
}

/** «округлено до 2 знаков после запятой» / «округлено до целого». */
export function roundingNotice(shape: Pick<ValueShape, 'valueType' | 'decimals'>): string {
  const places = storedDecimals(shape)
  return places === 0 ? 'округлено до целого' : `округлено до ${places} знаков после запятой`
}

const SUBJECTS: Record<string, { noun: string; must: string; negative: string }> = {
  [ValueType.PERCENT]: { noun: 'процент', must: 'должен', negative: 'отрицательным' },
  [ValueType.MARK]: { noun: 'отметка', must: 'должна', negative: 'отрицательной' },
  [ValueType.COUNT]: { noun: 'количество', must: 'должно', negative: 'отрицательным' },
  [ValueType.SCORE]: { noun: 'балл', must: 'должен', negative: 'отрицательным' },
}
const ANY_VALUE = { noun: 'значение', must: 'должно', negative: 'отрицательным' }

function scaleMessage(shape: ValueShape, min: number | null, max: number | null): string {
  const { noun, must, negative } = SUBJECTS[shape.valueType] ?? ANY_VALUE
  const ru = (n: number) => String(n).replace('.', ',')
  if (min !== null && max !== null) return `${noun} ${must} быть от ${ru(min)} до ${ru(max)}`
  if (min === 0) return `${noun} не может быть ${negative}`
  if (min !== null) return `${noun} ${must} быть не меньше ${ru(min)}`
  return `${noun} ${must} быть не больше ${ru(max!)}`
}

/** Half away from zero at `places`, by decimal notation, so 1.005 → 1.01 as a person expects. */
export function roundTo(value: number, places: number): number {
  if (String(value).includes('e')) {
    const factor = 10 ** places
    return Math.round(value * factor) / factor
  }
  const sign = value < 0 ? -1 : 1
  return sign * Number(`${Math.round(Number(`${Math.abs(value)}e${places}`))}e-${places}`)
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
