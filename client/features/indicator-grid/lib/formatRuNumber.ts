// ru-RU display of values: «64,8», «1 234,5», «−0,9». Pure.

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(decimals: number, grouping: boolean, signed: boolean, maxDecimals = decimals): Intl.NumberFormat {
  const key = `${decimals}:${maxDecimals}:${grouping}:${signed}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat('ru-RU', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: grouping,
      signDisplay: signed ? 'exceptZero' : 'auto',
    })
    formatters.set(key, f)
  }
  return f
}

export interface FormatOptions {
  /** Thousands separated by U+00A0; off for text that goes to an editor. */
  grouping?: boolean
  /** «+1,5» for deviations. */
  signed?: boolean
  /**
   * For the clipboard: no grouping and an ASCII hyphen for minus, because Excel's ru locale
   * reads «−5» (U+2212) as text, not as a number.
   */
  plain?: boolean
  /** Show up to this many places when the value has them (57,3 of a whole-number indicator). */
  maxDecimals?: number
}

export function formatRuNumber(value: number | null | undefined, decimals: number, options: FormatOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  const plain = options.plain ?? false
  const min = clampDecimals(decimals)
  const max = Math.max(min, clampDecimals(options.maxDecimals ?? min))
  const text = formatter(min, plain ? false : (options.grouping ?? true), options.signed ?? false, max).format(value)
  // Intl gives a hyphen for negatives; on screen the typographic minus reads better.
  return plain ? text : text.replace('-', '−')
}

function clampDecimals(decimals: number): number {
  return Math.min(4, Math.max(0, Math.trunc(decimals)))
}
