// ru-RU display of values: «64,8», «1 234,5», «−0,9». Pure.

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(decimals: number, grouping: boolean, signed: boolean): Intl.NumberFormat {
  const key = `${decimals}:${grouping}:${signed}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat('ru-RU', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
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
}

export function formatRuNumber(value: number | null | undefined, decimals: number, options: FormatOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  const plain = options.plain ?? false
  const text = formatter(clampDecimals(decimals), plain ? false : (options.grouping ?? true), options.signed ?? false).format(value)
  // Intl gives a hyphen for negatives; on screen the typographic minus reads better.
  return plain ? text : text.replace('-', '−')
}

function clampDecimals(decimals: number): number {
  return Math.min(4, Math.max(0, Math.trunc(decimals)))
}
