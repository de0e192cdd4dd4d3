import { describe, expect, it } from 'vitest'
import { parseTsv } from '../../client/features/indicator-grid/lib/parseTsv.js'
import { tsvFromRange } from '../../client/features/indicator-grid/lib/tsvFromRange.js'

describe('parseTsv', () => {
  it('splits rows on newlines and cells on tabs', () => {
    expect(parseTsv('1\t2\t3\n4\t5\t6')).toEqual([['1', '2', '3'], ['4', '5', '6']])
  })

  it('ignores the trailing newline Excel adds', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']])
  })

  it('reads Windows and old Mac line ends', () => {
    expect(parseTsv('1\r\n2\r3')).toEqual([['1'], ['2'], ['3']])
  })

  it('keeps empty cells, so columns stay in place', () => {
    expect(parseTsv('1\t\t3\n\t5\t')).toEqual([['1', '', '3'], ['', '5', '']])
  })

  it('reads a single value', () => {
    expect(parseTsv('64,8')).toEqual([['64,8']])
    expect(parseTsv('64,8\n')).toEqual([['64,8']])
  })

  it('reads nothing from empty text', () => {
    expect(parseTsv('')).toEqual([])
  })

  it('keeps an empty line in the middle as an empty row', () => {
    expect(parseTsv('1\n\n3')).toEqual([['1'], [''], ['3']])
  })

  it('reads Excel-quoted cells holding tabs, newlines and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"line1\nline2"\t"say ""hi"""\n2')).toEqual([['a\tb', 'line1\nline2', 'say "hi"'], ['2']])
  })

  it('leaves a quote that does not open a quoted cell as text', () => {
    expect(parseTsv('МБОУ "СОШ №4"\t5')).toEqual([['МБОУ "СОШ №4"', '5']])
    expect(parseTsv('"unclosed\t5')).toEqual([['"unclosed', '5']])
  })

  it('round-trips what tsvFromRange writes', () => {
    const rows = [['64,8', '1 234,5', ''], ['a\tb', 'x"y', 'line\nbreak']]
    expect(parseTsv(tsvFromRange(rows))).toEqual(rows)
  })
})

describe('tsvFromRange', () => {
  it('joins cells with tabs and rows with CRLF, ending with a newline like Excel', () => {
    expect(tsvFromRange([['1', '2'], ['3', '4']])).toBe('1\t2\r\n3\t4\r\n')
  })

  it('quotes cells that hold tabs, newlines or quotes', () => {
    expect(tsvFromRange([['a\tb', 'c"d', 'plain']])).toBe('"a\tb"\t"c""d"\tplain\r\n')
  })

  it('writes nothing for no rows', () => {
    expect(tsvFromRange([])).toBe('')
  })
})
