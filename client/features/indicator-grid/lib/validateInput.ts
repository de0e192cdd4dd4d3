// Typed text or a known number → the value to store, or why it is refused. Parsing is ru-RU;
// the rules per value type are the server's own module, imported so there is one rule.
import type { ValueType } from '../../../../server/domain/enums.js'
import { valueProblem } from '../../../../server/domain/value-rules.js'
import { formatRuNumber } from './formatRuNumber.js'
import { parseRuNumber } from '../../../../server/domain/ru-number.js'

export interface IndicatorShape {
  valueType: string
  decimals: number
  unit: string
}

export type ValidatedInput = { ok: true; value: number | null } | { ok: false; text: string; message: string }

export function validateInput(input: string | number | null, shape: IndicatorShape): ValidatedInput {
  let value: number | null
  let text: string
  if (typeof input === 'string') {
    const parsed = parseRuNumber(input)
    text = input.trim()
    if (!parsed.ok) return { ok: false, text, message: parsed.message }
    value = parsed.value
  } else {
    value = input
    text = value === null ? '' : formatRuNumber(value, shape.decimals + 4, { grouping: false }).replace(/,?0+$/, '')
  }
  if (value === null) return { ok: true, value: null }
  const problem = valueProblem(value, { valueType: shape.valueType as ValueType, decimals: shape.decimals, unit: shape.unit })
  return problem ? { ok: false, text, message: problem } : { ok: true, value }
}
