// What the loaded data says against the documents' own text: 001's passport, 002's period that
// the document does not state, notes in Russian only, and 001's indicator links marked inferred.
import { beforeAll, describe, expect, it } from 'vitest'
import { readDocument } from '../../seeds/source-files.js'
import { admin, ok, type Caller } from './client.js'

/** The document's text as a reader sees it: no markup, no table separators, single spaces. */
const plain = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ')
const DOC_001 = plain(readDocument('001'))
const DOC_002 = plain(readDocument('002'))
const DOC_004 = plain(readDocument('004'))

let a: Caller
const roadmapIds: Record<string, number> = {}

beforeAll(async () => {
  a = await admin()
  const { municipalities } = await ok<any>('{ municipalities { name roadmaps { id } } }', {}, a)
  const idOf = (name: string) => municipalities.find((m: any) => m.name === name).roadmaps[0].id
  roadmapIds['001'] = idOf('Балтийский городской округ')
  roadmapIds['002'] = idOf('Омсукчанский городской округ')
  roadmapIds['004'] = idOf('Бессоновский район')
})

describe('001: the programme’s passport', () => {
  it('belongs to the roadmap, each part and item as the document writes it', async () => {
    const { roadmap } = await ok<any>('query($id:Int!){ roadmap(id:$id){ parts { key label items } } }', { id: roadmapIds['001'] }, a)
    expect(roadmap.parts.map((p: any) => p.label)).toEqual([
      'Цели программы', 'Задачи программы', 'Ожидаемые результаты Программы', 'Сроки и этапы реализации Программы',
      'Механизмы реализации Программы', 'Эффекты реализации Программы', 'Риски',
    ])
    expect(DOC_001).toContain('1. Паспорт программы')
    for (const part of roadmap.parts) {
      expect(DOC_001).toContain(part.label)
      for (const item of part.items) expect(DOC_001, item).toContain(item)
    }
    expect(roadmap.parts[0].items[0]).toMatch(/^Создание конструктивно-эффективной системы открытого образования/)
  })
})

describe('002: a regulation without a period', () => {
  it('says its period is not stated, as the document names no years of its own', async () => {
    const { roadmap } = await ok<any>('query($id:Int!){ roadmap(id:$id){ isPeriodStated periodFrom periodTo } }', { id: roadmapIds['002'] }, a)
    expect(roadmap.isPeriodStated).toBe(false)
    expect(DOC_002).not.toMatch(/20\d\d\s*[-–]\s*20\d\d/)
    const { roadmap: baltiysk } = await ok<any>('query($id:Int!){ roadmap(id:$id){ isPeriodStated periodFrom periodTo } }', { id: roadmapIds['001'] }, a)
    expect(baltiysk).toEqual({ isPeriodStated: true, periodFrom: 2021, periodTo: 2025 })
    expect(DOC_001).toMatch(/2021\s*[-–]\s*2025/)
  })
})

describe('notes users read', () => {
  it('never carry the extraction’s English notes: every Latin word in them is the document’s', async () => {
    for (const [doc, text] of [['002', DOC_002], ['004', DOC_004]] as const) {
      const { roadmap } = await ok<any>('query($id:Int!){ roadmap(id:$id){ indicators { code name notes formula source periodicity } } }', { id: roadmapIds[doc] }, a)
      expect(roadmap.indicators.length).toBeGreaterThan(0)
      for (const i of roadmap.indicators) {
        for (const field of [i.name, i.notes, i.formula, i.source, i.periodicity]) {
          for (const word of (field ?? '').match(/[A-Za-z]+/g) ?? []) expect(text, `${doc} ${i.code}: ${word}`).toContain(word)
        }
        expect(i.notes ?? '').not.toMatch(/inferred|derived|Direction of good|Indicator GROUP/)
      }
    }
  })
})

describe('001: measures and indicators', () => {
  it('marks the links placed by section as inferred, and a link a person sets as not', async () => {
    const { roadmap } = await ok<any>('query($id:Int!){ roadmap(id:$id){ allDirections { code indicators { id code } measures { id code isIndicatorLinkInferred indicators { id code } } } } }', { id: roadmapIds['001'] }, a)
    const measures = roadmap.allDirections.flatMap((d: any) => d.measures)
    const linked = measures.filter((m: any) => m.indicators.length > 0)
    expect(linked.length).toBeGreaterThan(0)
    expect(linked.every((m: any) => m.isIndicatorLinkInferred)).toBe(true)
    expect(measures.filter((m: any) => m.indicators.length === 0).every((m: any) => !m.isIndicatorLinkInferred)).toBe(true)
    // the programme's indicator table stands apart from its measures: no measure names an indicator
    expect(DOC_001).not.toMatch(/показател[ьяи] № ?\d+/i)

    const section = roadmap.allDirections.find((d: any) => d.measures.some((m: any) => m.indicators.length > 0))
    const measure = section.measures.find((m: any) => m.indicators.length > 0)
    const { setMeasureIndicators } = await ok<any>('mutation($m:Int!,$i:[Int!]!){ setMeasureIndicators(measureId:$m, indicatorIds:$i){ isIndicatorLinkInferred indicators { code } } }', { m: measure.id, i: [section.indicators[0].id] }, a)
    expect(setMeasureIndicators).toEqual({ isIndicatorLinkInferred: false, indicators: [{ code: section.indicators[0].code }] })
    // the links as they were, for the tests that read progress after this one
    await ok('mutation($m:Int!,$i:[Int!]!){ setMeasureIndicators(measureId:$m, indicatorIds:$i){ id } }', { m: measure.id, i: measure.indicators.map((i: any) => i.id) }, a)
  })
})
