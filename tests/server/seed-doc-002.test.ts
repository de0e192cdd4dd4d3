import { describe, expect, it } from 'vitest'
import { readDocument, readSourceTsv } from '../../seeds/source-files.js'
import { absenceClauseOf, doc002, goodDirectionOf, levelOf, riskWindowOf, unitOf } from '../../seeds/doc-002.js'
import type { SeedIndicator } from '../../seeds/seed-types.js'

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()
const DOCUMENT = squash(readDocument('002'))

const rows = readSourceTsv('indicators-002.tsv')
const municipality = doc002()
const roadmap = municipality.roadmaps[0]
const directions = roadmap.directions
const indicators: SeedIndicator[] = directions.flatMap((d) => d.indicators)

function indicator(code: string): SeedIndicator {
  const found = indicators.find((i) => i.code === code)
  if (!found) throw new Error(`no indicator ${code}`)
  return found
}

describe('doc002 roadmap', () => {
  it('names Омсукчанский городской округ in Магаданская область', () => {
    expect(municipality.name).toBe('Омсукчанский городской округ')
    expect(municipality.region).toBe('Магаданская область')
  })

  it('records order № 135 of 28.12.2020 of the education department as the approval', () => {
    expect(roadmap.approvalNumber).toBe('135')
    expect(roadmap.approvalDate).toBe('2020-12-28')
    expect(roadmap.approvalBody).toBe('Управление образования администрации Омсукчанского городского округа')
    expect(DOCUMENT).toContain('Утверждено приказом Управления образования администрации Омсукчанского городского округа От 28.12.2020 г. № 135')
    expect(roadmap.title).toBe('Положение о муниципальной системе оценки качества образования в Омсукчанском городском округе')
  })

  it('marks its period as not stated: the regulation names no years of its own, only those of the acts it cites', () => {
    const years = [...DOCUMENT.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]))
    expect(years.every((y) => y <= 2020 || DOCUMENT.includes(`на период до ${y} года`))).toBe(true)
    expect(DOCUMENT).not.toMatch(/20\d\d\s*[-–]\s*20\d\d/)
    expect(roadmap.isPeriodStated).toBe(false)
    expect([roadmap.periodFrom, roadmap.periodTo]).toEqual([2021, 2025])
    expect([roadmap.baselineFrom, roadmap.baselineTo]).toEqual([null, null])
  })
})

describe('doc002 subsystems', () => {
  it('has the ten subsystems as top-level directions with their printed codes and titles', () => {
    const printed = [...new Set(rows.map((r) => r.direction))]
    expect(directions.map((d) => `${d.code}. ${d.title}`)).toEqual(printed)
    expect(directions.map((d) => d.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1'])
    for (const d of directions) expect(d.kind).toBe('DIRECTION')
  })

  it('gives every subsystem its purpose, goals, indicators, analysis, recommendations, decisions and effectiveness', () => {
    for (const d of directions) {
      const keys = d.parts.map((p) => p.key)
      for (const key of ['purpose', 'goals', 'indicators', 'analysis', 'recommendations', 'decisions', 'effectiveness']) {
        expect(keys, `${d.code} ${key}`).toContain(key)
      }
      for (const part of d.parts) expect(part.items.length, `${d.code} ${part.key}`).toBeGreaterThan(0)
    }
  })

  it('keeps every text part item verbatim from the document', () => {
    for (const d of directions) {
      for (const part of d.parts) {
        for (const item of part.items) expect(DOCUMENT, `${d.code} ${part.key}`).toContain(squash(item))
      }
    }
  })

  it('lists the monitored indicators of subsystem 1.3 in the document order', () => {
    const goals = directions[2].parts.find((p) => p.key === 'goals')?.items
    expect(goals?.[0]).toBe('выявление, поддержка, и развитие способностей и талантов у детей и молодежи;')
    const indicatorsPart = directions[2].parts.find((p) => p.key === 'indicators')?.items
    expect(indicatorsPart).toHaveLength(7)
  })

  it('lists sources of data for every subsystem that names them (3.1 names none)', () => {
    for (const d of directions) {
      const hasSources = d.parts.some((p) => p.key === 'sources')
      expect(hasSources, d.code).toBe(d.code !== '3.1')
    }
  })
})

describe('doc002 indicators', () => {
  it('has every indicator of the table once, under its subsystem, and a count for each of the 8 absence clauses of the criteria', () => {
    expect(indicators).toHaveLength(rows.length + 8)
    expect(indicators.filter((i) => i.code.endsWith('-5'))).toHaveLength(8)
    for (const row of rows) {
      const direction = directions.find((d) => d.indicators.some((i) => i.code === row.code))
      expect(row.direction.startsWith(`${direction?.code}. `), row.code).toBe(true)
    }
  })

  it('keeps every name exactly as the document prints it', () => {
    for (const row of rows) {
      const ind = indicator(row.code)
      expect(ind.name).toBe(row.name)
      expect(ind.name).not.toMatch(/\[(derived|inferred)\]/)
    }
    for (const row of rows.filter((r) => r.code !== '3.1.03')) expect(DOCUMENT, row.code).toContain(squash(row.name))
  })

  it('splits «доля X от общего числа Y» into numerator X and denominator Y in the document wording', () => {
    for (const row of rows) {
      const ind = indicator(row.code)
      if (ind.numerator) expect(squash(row.name), row.code).toContain(ind.numerator)
      if (ind.denominator) expect(squash(row.name), row.code).toContain(ind.denominator)
      if (/^(процентная )?доля .*(от общего числа|от общего количества|в общей численности|в общем числе)/.test(row.name)) {
        expect(ind.denominator, row.code).toBeTruthy()
      }
      if (ind.formula) expect(ind.formula).toBe(`${ind.numerator} / ${ind.denominator} × 100`)
      else expect(ind.denominator).toBeNull()
    }
    expect(indicator('2.2.01').numerator).toBe(
      'руководителей образовательных организаций Омсукчанского городского округа, обладающих требуемым качеством профессиональной подготовки',
    )
    expect(indicator('2.2.01').denominator).toBe('общего числа руководителей всех образовательных организаций Омсукчанского городского округа')
  })

  it('keeps the numerator but no denominator where the document names none', () => {
    const ind = indicator('1.2.1.01')
    expect(ind.numerator).toBe('обучающихся, получивших за ВПР по предмету «Русский язык, 4 класс» оценку «2»')
    expect(ind.denominator).toBeNull()
    expect(ind.formula).toBeNull()
  })

  it('keeps the extraction’s English notes out of everything a user reads', () => {
    expect(rows.find((r) => r.code === '1.1.01')?.notes).toContain('Direction of good: lower [inferred]')
    for (const ind of indicators) {
      for (const text of [ind.name, ind.unit, ind.notes, ind.formula, ind.numerator, ind.denominator, ind.source, ind.periodicity]) {
        for (const word of (text ?? '').match(/[A-Za-z]+/g) ?? []) expect(DOCUMENT, `${ind.code}: ${word}`).toContain(word)
      }
    }
    expect(indicator('1.1.01').notes).toBe('Источники данных документ перечисляет для всей подсистемы, не для показателя.')
  })

  it('makes shares percents with one decimal and counts COUNT', () => {
    for (const row of rows) {
      const ind = indicator(row.code)
      if (/^(процентная доля|доля) /.test(row.name) && row.unit.startsWith('%') && !row.unit.includes('index')) {
        expect([ind.unit, ind.valueType, ind.decimals], row.code).toEqual(['%', 'PERCENT', 1])
      }
      if (/^(количество|численность) /.test(row.name)) expect(ind.valueType, row.code).toBe('COUNT')
      if (/^наличие /.test(row.name)) expect(ind.valueType, row.code).toBe('BOOLEAN')
    }
    expect(indicator('1.2.1.19').unit).toBe('чел.')
    expect(indicator('1.4.09').unit).toBe('ед.')
  })

  it('makes shares of bad things lower-is-better and the rest higher-is-better', () => {
    for (const code of ['1.1.01', '1.2.1', '1.2.1.01', '1.2.1.07', '1.2.1.14', '2.1.1.01', '2.3.10']) {
      expect(indicator(code).goodDirection, code).toBe('DOWN')
    }
    for (const code of ['1.1.02', '1.2.1.09', '1.2.1.10', '2.2.01', '2.4.03']) expect(indicator(code).goodDirection, code).toBe('UP')
    expect(indicators.some((i) => i.goodDirection === 'HOLD')).toBe(false)
  })

  it('measures identification criteria per school and the rest per municipality', () => {
    expect(indicator('1.2.1.01').level).toBe('ORGANIZATION')
    expect(indicator('1.2.1.01').rollup).toBe('RATIO')
    expect(indicator('1.2.1.21').rollup).toBe('SUM')
    expect(indicator('2.2.01').level).toBe('MUNICIPALITY')
    expect(indicator('2.2.01').rollup).toBe('NONE')
  })

  it('takes the source from the subsystem list and the periodicity from the annual schedule', () => {
    expect(indicator('2.3.01').source).toBe(
      'региональная информационная система оценки профессиональных дефицитов педагогов; региональная информационная система аттестации педагогических работников; региональная информационная система повышения профессионального уровня педагогических работников',
    )
    expect(indicator('3.1.01').source).toBeNull()
    expect(indicator('1.2.2').periodicity).toBe('ежегодно')
    expect(indicator('2.2.01').periodicity).toBe('по ежегодному графику процедур оценки качества образования')
  })
})

describe('doc002 risk rules', () => {
  const rules = roadmap.riskRules

  it('has the 19 thresholds the document sets for identifying schools', () => {
    expect(rules).toHaveLength(19)
    expect(new Set(rules.map((r) => r.code)).size).toBe(19)
  })

  it('quotes every rule verbatim and reads existing school indicators, the first named as the criterion', () => {
    for (const rule of rules) {
      expect(DOCUMENT).toContain(rule.description)
      expect(indicator(rule.clauses[0].indicatorCode ?? '').name).toBe(rule.description)
      for (const clause of rule.clauses) expect(indicator(clause.indicatorCode ?? '').level).toBe('ORGANIZATION')
      expect(rule.combinator).toBe('OR')
    }
  })

  const first = (code: string) => rules.find((r) => r.clauses[0].indicatorCode === code)?.clauses[0]

  it('reads each criterion’s window of years as the document writes it', () => {
    // written by hand from the text of the criteria
    const expected: Record<string, [number, number, boolean]> = {
      Р1: [2, 3, false], Р2: [2, 3, false], Р3: [2, 3, false], Р4: [2, 3, false], Р5: [2, 3, false], Р6: [2, 3, false], Р7: [2, 3, false],
      Р8: [2, 2, false], Р9: [2, 3, true], Р10: [2, 3, false],
      Р11: [1, 1, true], Р12: [1, 1, true], Р13: [1, 1, true], Р14: [1, 1, true], Р15: [1, 1, true], Р16: [1, 1, true], Р17: [1, 1, true], Р18: [1, 1, true], Р19: [1, 1, true],
    }
    expect(Object.fromEntries(rules.map((r) => [r.code, [r.minYears, r.windowYears, r.windowIncludesCurrent]]))).toEqual(expected)
    expect(DOCUMENT).toContain('оценку «5», 2 учебных года или более из последних 3 учебных лет, предшествующих году проведения идентификации')
    expect(DOCUMENT).toContain('оценку «5», за два учебных года, предшествующих учебному году идентификации')
    expect(DOCUMENT).toContain('2 учебных года или более из последних 3 учебных лет, включая учебный год проведения идентификации')
    expect(DOCUMENT).toContain('не менее 2 учебных лет из последних 3 учебных лет, предшествующих году идентификации')
  })

  it('reads «и/или отсутствуют обучающиеся, получившие …» as a second clause over a count of those pupils', () => {
    const withAbsence = rules.filter((r) => r.clauses.length === 2)
    expect(withAbsence.map((r) => r.code)).toEqual(['Р1', 'Р2', 'Р3', 'Р4', 'Р5', 'Р6', 'Р7', 'Р8'])
    for (const rule of withAbsence) {
      const absent = absenceClauseOf(rule.description)!
      expect(DOCUMENT).toContain(`и/или отсутствуют обучающиеся, получившие ${absent},`)
      expect(rule.clauses[1]).toEqual({ indicatorCode: `${rule.clauses[0].indicatorCode}-5`, operator: 'LTE', threshold: 0 })
      const count = indicator(rule.clauses[1].indicatorCode!)
      expect([count.valueType, count.unit, count.level, count.rollup]).toEqual(['COUNT', 'чел.', 'ORGANIZATION', 'SUM'])
      expect(count.name.endsWith(absent)).toBe(true)
      expect(count.notes).toContain(`«отсутствуют обучающиеся, получившие ${absent}»`)
    }
    expect(indicator('1.2.1.01-5').name).toBe('численность обучающихся, получивших за ВПР по предмету «Русский язык, 4 класс» оценку «5»')
    expect(indicator('1.2.1.04-5').name).toBe('численность обучающихся, получивших на ЕГЭ по предмету «Русский язык» высокие результаты (81 балл и более)')
    expect(indicator('1.2.1.06-5').name).toBe('численность обучающихся, получивших на ОГЭ по предмету «Математика» высокие результаты (оценка «5»)')
    expect(indicator('1.2.1.08-5').name).toBe('численность обучающихся, получивших по проверочным работам (ВПР) по предмету «Русский язык» 5, 6 классы и/или «Математика» 5, 6 классы оценку «5»')
  })

  it('reads a window from the text of a criterion, and none where it names none', () => {
    expect(riskWindowOf('… 2 учебных года или более из последних 3 учебных лет, предшествующих году проведения идентификации')).toEqual({ minYears: 2, windowYears: 3, windowIncludesCurrent: false })
    expect(riskWindowOf('… (пороговое значение – более 30 % от общей численности обучающихся)')).toEqual({ minYears: 1, windowYears: 1, windowIncludesCurrent: true })
  })

  it('flags a school with 20 % or more «2» in ВПР, 4th grade', () => {
    const vpr = rules.filter((r) => /^процентная доля обучающихся, получивших за ВПР .*4 класс/.test(r.description))
    expect(vpr).toHaveLength(3)
    for (const rule of vpr) expect([rule.clauses[0].operator, rule.clauses[0].threshold]).toEqual(['GTE', 20])
  })

  it('flags 30 % or more failing ЕГЭ/ОГЭ and ВПР in 5–6 grades', () => {
    for (const code of ['1.2.1.04', '1.2.1.05', '1.2.1.06', '1.2.1.07', '1.2.1.08']) {
      expect([first(code)?.operator, first(code)?.threshold], code).toEqual(['GTE', 30])
    }
  })

  it('flags low intake into 10th grade and a low rating from below', () => {
    expect(first('1.2.1.09')).toMatchObject({ operator: 'LT', threshold: 5 })
    expect(first('1.2.1.10')).toMatchObject({ operator: 'LT', threshold: 50 })
  })

  it('flags social conditions above their «пороговое значение» and any positive count', () => {
    const expected: Record<string, number> = { '1.2.1.14': 30, '1.2.1.15': 10, '1.2.1.16': 5, '1.2.1.17': 70, '1.2.1.18': 20 }
    for (const [code, threshold] of Object.entries(expected)) {
      expect(first(code)).toMatchObject({ operator: 'GT', threshold })
    }
    for (const code of ['1.2.1.19', '1.2.1.20', '1.2.1.21', '1.2.1.22']) {
      expect(first(code)).toMatchObject({ operator: 'GT', threshold: 0 })
    }
  })
})

describe('doc002 table mapping', () => {
  it('maps the table unit column to unit and value type', () => {
    expect(unitOf('% (процентная доля)', 'процентная доля …')).toEqual({ unit: '%', valueType: 'PERCENT', decimals: 1 })
    expect(unitOf('yes/no (наличие)', 'наличие …').valueType).toBe('BOOLEAN')
    expect(unitOf('index (unit not stated)', 'индекс …')).toEqual({ unit: '', valueType: 'TEXT', decimals: 0 })
    expect(unitOf('% / index', 'доля …').valueType).toBe('TEXT')
  })

  it('reads school-level rows as ORGANIZATION', () => {
    expect(levelOf('school (per ОО)')).toBe('ORGANIZATION')
    expect(levelOf('per ДО → municipal')).toBe('ORGANIZATION')
    expect(levelOf('municipal; per ДО')).toBe('MUNICIPALITY')
  })

  it('derives the good direction from the table notes or from a rule flagging high values', () => {
    expect(goodDirectionOf('Direction: lower [inferred].', [])).toBe('DOWN')
    expect(goodDirectionOf('Direction: higher [inferred].', [])).toBe('UP')
    const rule = { code: 'Р', title: '', description: '', indicatorCode: 'x', operator: 'LT' as const, threshold: 5 }
    expect(goodDirectionOf('', [rule])).toBe('UP')
    expect(goodDirectionOf('', [{ ...rule, operator: 'GTE' }])).toBe('DOWN')
  })
})
