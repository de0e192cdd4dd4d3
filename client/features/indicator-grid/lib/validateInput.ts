// Typed text or a known number → the value to store, or why it is refused. The reading of the
// text (ru-RU numbers, «да»/«нет», the unit after the number) and the rules per indicator are
// the server's own modules, imported so there is one rule.
import { checkValue, roundingNotice, storedDecimals } from '../../../../server/domain/value-rules.js'
import { parseValueText } from '../../../../server/domain/value-text.js'
import { formatRuNumber } from './formatRuNumber.js'

export interface IndicatorShape {
  valueType: string
  decimals: number
  unit: string
  minValue?: number | null
  maxValue?: number | null
}

export type ValidatedInput =
  | { ok: true; value: number | null; rounding?: string }
  | { ok: false; text: string; message: string }

export function validateInput(input: string | number | null, shape: IndicatorShape): ValidatedInput {
  let value: number | null
  let text: string
  if (typeof input === 'string') {
    const parsed = parseValueText(input, shape)
    text = input.trim()
    if (!parsed.ok) return { ok: false, text, message: parsed.message }
    value = parsed.value
  } else {
    value = input
    text = value === null ? '' : formatRuNumber(value, 0, { grouping: false, maxDecimals: storedDecimals(shape) + 4 })
  }
  if (value === null) return { ok: true, value: null }
  const checked = checkValue(value, shape)
  if (!checked.ok) return { ok: false, text, message: checked.message }
  if (!checked.rounded) return { ok: true, value: checked.value }
  const shown = formatRuNumber(checked.value, 0, { grouping: false, maxDecimals: storedDecimals(shape) })
  return { ok: true, value: checked.value, rounding: `«${text}» ${roundingNotice(shape)}: ${shown}` }
}
