// A value as a specialist types or pastes it, read for one indicator: ru-RU numbers
// (ru-number.ts), «да»/«нет» for yes/no indicators, and the indicator's own unit after the
// number («12 чел.», «4 ед.», «72 балла»). Pure: the grid and imports use the same reading.
import { ValueType } from './enums.js'
import { parseRuNumber, type ParsedNumber } from './ru-number.js'
import type { ValueShape } from './value-rules.js'

const YES = new Set(['да', 'yes', 'есть', 'имеется'])
const NO = new Set(['нет', 'no', 'отсутствует'])

// Unit words as people write them after a number, by the unit the indicator declares.
const UNIT_WORDS: Record<string, RegExp> = {
  'чел.': /^(чел\.?|человека?|человек)$/i,
  'ед.': /^(ед\.?|единиц[аы]?)$/i,
  'баллы': /^(б\.?|балл(а|ов|ы)?)$/i,
  '%': /^(%|проц\.?|процент(а|ов)?)$/i,
}

export function parseValueText(input: string, shape: Pick<ValueShape, 'valueType' | 'unit'>): ParsedNumber {
  const text = input.trim()
  if (shape.valueType === ValueType.BOOLEAN) {
    const word = text.toLowerCase()
    if (YES.has(word)) return { ok: true, value: 1 }
    if (NO.has(word)) return { ok: true, value: 0 }
  }
  const withUnit = /^(.*?\d)[\s\u00A0\u202F]*([^\d\s\u00A0\u202F.,%][^\d]*)$/.exec(text)
  if (withUnit) {
    const [, number, unit] = withUnit
    const word = unit.trim()
    if (UNIT_WORDS[shape.unit]?.test(word)) return parseRuNumber(number)
    if (Object.values(UNIT_WORDS).some((pattern) => pattern.test(word)))
      return { ok: false, message: `единица «${word}» не совпадает с единицей показателя «${shape.unit || 'без единицы'}»` }
  }
  const parsed = parseRuNumber(text)
  if (!parsed.ok && shape.valueType === ValueType.BOOLEAN) return { ok: false, message: 'ожидается «да» или «нет»' }
  return parsed
}

/** «да»/«нет» for a yes/no indicator's 1/0; null for other indicators (shown as numbers). */
export function booleanText(value: number | null, shape: Pick<ValueShape, 'valueType'>): string | null {
  if (shape.valueType !== ValueType.BOOLEAN || value === null) return null
  return value === 1 ? 'да' : value === 0 ? 'нет' : null
}
