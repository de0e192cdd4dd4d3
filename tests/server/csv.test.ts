import { describe, expect, it } from 'vitest'
import { csvLine, neutraliseFormula, restoreFormulaText, type CsvFormat } from '../../server/domain/csv.js'

const ru: CsvFormat = { delimiter: ';', formatNumber: (n) => String(n).replace('.', ',') }
const plain: CsvFormat = { delimiter: ',', formatNumber: String }

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+7 900 000-00-00', '-2+3', '@SUM(A1:A2)', '\tабв', '\rабв', "=HYPERLINK(\"http://x\";\"y\")", '-'])(
    'prefixes an apostrophe to a text that starts a formula: %j',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`)
    },
  )

  it.each(['', 'Доля школ', ' =1+1', '1=1', 'a@b.ru', "'apostrophe", '№ 5', '65,3', '«=»'])('leaves any other text as it is: %j', (text) => {
    expect(neutraliseFormula(text)).toBe(text)
  })

  it('marks a text that already starts with apostrophes before a formula character, so the way back is exact', () => {
    expect(neutraliseFormula("'=1+1")).toBe("''=1+1")
    expect(neutraliseFormula("''@x")).toBe("'''@x")
  })

  it.each(['', '=1+1', "'=1+1", "''=1+1", "'", "'abc", '-', "'-", '@', 'текст', '\t', "'\r"])('restoreFormulaText undoes it: %j', (text) => {
    expect(restoreFormulaText(neutraliseFormula(text))).toBe(text)
  })
})

describe('csvLine', () => {
  it('writes numbers as numbers, negative ones included, and neutralises only text cells', () => {
    expect(csvLine([-1.5, '-1,5', 64.8, '=1+1', null, undefined, 0], ru)).toBe("-1,5;'-1,5;64,8;'=1+1;;;0\r\n")
    expect(csvLine([-1.5, '@x', 64.8], plain)).toBe("-1.5,'@x,64.8\r\n")
  })

  it('quotes a cell holding the delimiter, a quote or a line break, after neutralising it', () => {
    expect(csvLine(['а;б', 'say "hi"', 'две\nстроки', '=A1;B1', '\rx'], ru)).toBe('"а;б";"say ""hi""";"две\nстроки";"\'=A1;B1";"\'\rx"\r\n')
    expect(csvLine(['1,5', 'а;б'], plain)).toBe('"1,5",а;б\r\n')
  })
})
