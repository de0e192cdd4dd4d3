// Numbers as people type them in a Russian office (the grid, paste and file imports alike): «64,8», «1 234,5», «65 %», «-» for no data.
// Pure: no Vue, no grid. The result tells a number (or null for an empty cell) from a reason.

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string }

const NOT_A_NUMBER = 'ожидается число, например 64,8'

// Excel's ru locale puts U+00A0 between thousands; Word and browsers also use U+202F and U+2009.
const GROUP_SPACES = /[\u0020\u00A0\u2007\u2009\u202F]/g
// A dash alone is how the documents say «no data».
const EMPTY_MARKS = new Set(['-', '–', '—', '−'])

export function parseRuNumber(input: string): ParsedNumber {
  let text = input.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '')
  if (text === '' || EMPTY_MARKS.has(text)) return { ok: true, value: null }

  // «65 %» is 65 of a percent indicator: the unit is the indicator's, not a factor.
  text = text.replace(/[\s\u00A0\u202F]*%$/, '')
  let sign = 1
  const signMatch = /^([+\-−–])[\s\u00A0]*/.exec(text)
  if (signMatch) {
    sign = signMatch[1] === '+' ? 1 : -1
    text = text.slice(signMatch[0].length)
  }
  if (text === '' || !/^[\d\s\u00A0\u2007\u2009\u202F.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, message: NOT_A_NUMBER }

  const normalized = normalizeSeparators(text)
  if (normalized === null) return { ok: false, message: NOT_A_NUMBER }
  const value = sign * Number(normalized)
  if (!Number.isFinite(value)) return { ok: false, message: NOT_A_NUMBER }
  return { ok: true, value: Object.is(value, -0) ? 0 : value }
}

/** «1 234,5» → «1234.5»; null when the separators do not make one number. */
function normalizeSeparators(text: string): string | null {
  const commas = count(text, ',')
  const dots = count(text, '.')
  let decimal: string | null = null
  let grouping: string | null = null
  if (commas > 0 && dots > 0) {
    // Both present, as in an en-US export «1,234.5»: the last one is the decimal separator.
    decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.'
    grouping = decimal === ',' ? '.' : ','
    if (count(text, decimal) > 1) return null
  } else if (commas > 1 || dots > 1) {
    return null
  } else if (commas === 1) {
    decimal = ','
  } else if (dots === 1) {
    // A dot is a decimal point here (numpad on an English layout), never a thousands separator.
    decimal = '.'
  }

  const [intPart, fracPart = ''] = decimal ? splitOnce(text, decimal) : [text, '']
  if (/[\s\u00A0\u2007\u2009\u202F.,]/.test(fracPart)) return null
  const digits = groupedInteger(intPart, grouping)
  if (digits === null) return null
  if (digits === '' && fracPart === '') return null
  return `${digits || '0'}.${fracPart || '0'}`
}

/** The digits of an integer part with optional thousands groups («1 234 567»), or null. */
function groupedInteger(part: string, grouping: string | null): string | null {
  const unified = part.replace(GROUP_SPACES, ' ')
  const separator = grouping && unified.includes(grouping) ? grouping : ' '
  if (grouping && unified.includes(grouping) && unified.includes(' ')) return null
  if (!unified.includes(separator)) return /^\d*$/.test(unified) ? unified : null
  const groups = unified.split(separator)
  if (!/^\d{1,3}$/.test(groups[0])) return null
  if (!groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null
  return groups.join('')
}

function splitOnce(text: string, separator: string): [string, string] {
  const i = text.indexOf(separator)
  return [text.slice(0, i), text.slice(i + 1)]
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}
