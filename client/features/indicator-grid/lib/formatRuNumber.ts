// ru-RU display of values: «64,8», «1 234,5», «−0,9». Pure.
//
// Written out instead of Intl.NumberFormat: a page's first NumberFormat makes Chromium load ICU's
// number data, 60–100 ms of the table's first render on a loaded machine, and nothing else on
// that path uses Intl. The output is Intl's own for ru-RU, pinned against it in
// tests/client/format-ru-number.test.ts; Intl stays the way for numbers too large to write out.

/** ru-RU's group separator (Excel's ru locale uses the same). */
const GROUP_SEPARATOR = '\u00A0'

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

/** «999» + 1 → «1000»: a string of decimal digits plus one. */
function incremented(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i--
  if (i < 0) return '1' + '0'.repeat(digits.length)
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1)
}

/**
 * |value| rounded to at most `max` places and at least `min`, as Intl does: the shortest decimal
 * that reads back as the double («1.005», not its binary 1.00499…) rounded half away from zero,
 * trailing zeros past `min` dropped. Null for a value whose shortest form is exponential and
 * not below 1 (≥ 1e21).
 */
function roundedDigits(value: number, min: number, max: number): { int: string; frac: string } | null {
  const shortest = String(Math.abs(value))
  let int: string
  let frac: string
  if (shortest.includes('e')) {
    // Below 1e-6 (at most 4 places shown): zero.
    if (Math.abs(value) >= 1) return null
    int = '0'
    frac = ''
  } else {
    const point = shortest.indexOf('.')
    int = point < 0 ? shortest : shortest.slice(0, point)
    frac = point < 0 ? '' : shortest.slice(point + 1)
  }
  if (frac.length > max) {
    const roundsUp = frac[max] >= '5'
    frac = frac.slice(0, max)
    if (roundsUp) {
      const kept = incremented(int + frac)
      int = kept.slice(0, kept.length - max)
      frac = kept.slice(kept.length - max)
    }
  }
  frac = frac.padEnd(min, '0')
  let end = frac.length
  while (end > min && frac[end - 1] === '0') end--
  return { int, frac: frac.slice(0, end) }
}

function grouped(int: string): string {
  if (int.length <= 3) return int
  const head = int.length % 3 || 3
  let text = int.slice(0, head)
  for (let i = head; i < int.length; i += 3) text += GROUP_SEPARATOR + int.slice(i, i + 3)
  return text
}

/** Intl.NumberFormat('ru-RU') with these options, hyphen-minus for negatives; signDisplay 'exceptZero' when signed, else 'auto'. */
function formatAsIntl(value: number, min: number, max: number, grouping: boolean, signed: boolean): string {
  const digits = roundedDigits(value, min, max)
  if (!digits) return formatter(min, grouping, signed, max).format(value)
  const isZero = /^0*$/.test(digits.int + digits.frac)
  // 'auto' signs every negative, negative zero and values that round to zero included («-0,0»).
  const sign = signed ? (isZero ? '' : value < 0 ? '-' : '+') : value < 0 || Object.is(value, -0) ? '-' : ''
  const int = grouping ? grouped(digits.int) : digits.int
  return sign + int + (digits.frac ? `,${digits.frac}` : '')
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
  const text = formatAsIntl(value, min, max, plain ? false : (options.grouping ?? true), options.signed ?? false)
  // Intl gives a hyphen for negatives; on screen the typographic minus reads better.
  return plain ? text : text.replace('-', '−')
}

function clampDecimals(decimals: number): number {
  return Math.min(4, Math.max(0, Math.trunc(decimals)))
}
