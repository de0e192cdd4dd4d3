// A value of one indicator as the grid, the clipboard and the panels show it: «да»/«нет» for a
// yes/no indicator; otherwise a ru-RU number with the indicator's display places, and more when
// the stored value has them (57,3 of an indicator whose targets print whole numbers).
import { storedDecimals } from '../../../../server/domain/value-rules.js'
import { booleanText } from '../../../../server/domain/value-text.js'
import { formatRuNumber, type FormatOptions } from './formatRuNumber.js'

export interface ValueDisplayShape {
  valueType: string
  decimals: number
}

/** A difference of two values (Факт − План): always a number, signed on screen. */
export function formatDeviation(value: number | null | undefined, shape: ValueDisplayShape, options: FormatOptions = { signed: true }): string {
  return formatRuNumber(value, shape.decimals, { maxDecimals: storedDecimals(shape), ...options })
}

export function formatIndicatorValue(value: number | null | undefined, shape: ValueDisplayShape, options: FormatOptions = {}): string {
  if (value === null || value === undefined) return ''
  const yesNo = booleanText(value, shape)
  if (yesNo) return yesNo
  return formatRuNumber(value, shape.decimals, { maxDecimals: storedDecimals(shape), ...options })
}
