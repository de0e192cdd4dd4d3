import { describe, expect, it } from 'vitest'
import { readSourceText } from '../../seeds/source-files.js'
import { parseResponsible } from '../../server/modules/measure/responsible-parser.js'


function distinctResponsible(): string[] {
  const values = ['measures-000.tsv', 'measures-001-003.tsv'].flatMap((file) => {
    const [header, ...lines] = readSourceText(file).split('\n').filter((l) => l.length > 0)
    const column = header.split('\t').indexOf('responsible')
    return lines.map((line) => line.split('\t')[column] ?? '')
  })
  return [...new Set(values)].sort()
}

// Every distinct «ответственные» of measures-000.tsv and measures-001-003.tsv.
const DOCUMENT_RESPONSIBLE: [text: string, parties: string[]][] = [
  ['', []],
  ['ГУО администрации г. Черногорска', ['ГУО администрации г. Черногорска']],
  ['ГУО администрации г. Черногорска, ДОО', ['ГУО администрации г. Черногорска', 'ДОО']],
  ['ГУО администрации г. Черногорска, ОО', ['ГУО администрации г. Черногорска', 'ОО']],
  ['ММС', ['ММС']],
  ['ММС Руководители ОО', ['ММС', 'Руководители ОО']],
  ['ММС руководители ОО', ['ММС', 'руководители ОО']],
  ['ММС, руководители ОО', ['ММС', 'руководители ОО']],
  ['Отдел образовани , руководители ОО', ['Отдел образовани', 'руководители ОО']],
  ['Отдел образования', ['Отдел образования']],
  ['Отдел образования ММС', ['Отдел образования', 'ММС']],
  ['Отдел образования ММС Руководители ОО', ['Отдел образования', 'ММС', 'Руководители ОО']],
  ['Отдел образования ОО', ['Отдел образования', 'ОО']],
  [
    'Отдел образования ОО, руководители муниципальных м/о',
    ['Отдел образования', 'ОО', 'руководители муниципальных м/о'],
  ],
  ['Отдел образования, ММС', ['Отдел образования', 'ММС']],
  ['Отдел образования, ММС Руководители ОО', ['Отдел образования', 'ММС', 'Руководители ОО']],
  ['Отдел образования, ММС руководители ОО', ['Отдел образования', 'ММС', 'руководители ОО']],
  ['Отдел образования, ММС, руководители ОМО', ['Отдел образования', 'ММС', 'руководители ОМО']],
  ['Отдел образования, ММС, руководители ОО', ['Отдел образования', 'ММС', 'руководители ОО']],
  ['Отдел образования, Руководители ММО', ['Отдел образования', 'Руководители ММО']],
  ['Отдел образования, Руководители ОО', ['Отдел образования', 'Руководители ОО']],
  [
    'Отдел образования, Руководители ОО, руководители муниципальных м/о',
    ['Отдел образования', 'Руководители ОО', 'руководители муниципальных м/о'],
  ],
  ['Отдел образования, руководители ОО', ['Отдел образования', 'руководители ОО']],
  [
    'Отдел образования, руководители ОО, педагоги-психологи МБОО ДО ЦДО',
    ['Отдел образования', 'руководители ОО', 'педагоги-психологи МБОО ДО ЦДО'],
  ],
  [
    'Отдел образования, руководители ОО, руководители муниципальных м/о',
    ['Отдел образования', 'руководители ОО', 'руководители муниципальных м/о'],
  ],
  [
    'Отдел образования, руководители ОО, старшие воспитатели',
    ['Отдел образования', 'руководители ОО', 'старшие воспитатели'],
  ],
  ['Руководители ОО', ['Руководители ОО']],
  ['Управление образования Руководители ОО', ['Управление образования', 'Руководители ОО']],
  ['руководители ОО', ['руководители ОО']],
]

describe('parseResponsible over the documents', () => {
  it('has an expectation for every distinct responsible text of the measures tables', () => {
    expect(DOCUMENT_RESPONSIBLE.map(([text]) => text).sort()).toEqual(distinctResponsible())
  })

  it.each(DOCUMENT_RESPONSIBLE)('splits «%s» into its parties', (text, parties) => {
    expect(parseResponsible(text)).toEqual(parties)
  })
})

describe('parseResponsible', () => {
  it('splits on commas, semicolons and line breaks', () => {
    expect(parseResponsible('Отдел образования,\nММС, руководители ОО')).toEqual(['Отдел образования', 'ММС', 'руководители ОО'])
    expect(parseResponsible('ММС; Руководители ДОО')).toEqual(['ММС', 'Руководители ДОО'])
    expect(parseResponsible('Отдел образования\r\nОО')).toEqual(['Отдел образования', 'ОО'])
  })

  it('splits run-together parties at a known head: «Управление образования Руководители ОО»', () => {
    expect(parseResponsible('Управление образования Руководители ОО')).toEqual(['Управление образования', 'Руководители ОО'])
    expect(parseResponsible('Отдел образования ММС Руководители ОО')).toEqual(['Отдел образования', 'ММС', 'Руководители ОО'])
    expect(parseResponsible('Отдел образования ДОО')).toEqual(['Отдел образования', 'ДОО'])
    expect(parseResponsible('Управление образования МКУ «ЦОДОУ»')).toEqual(['Управление образования', 'МКУ «ЦОДОУ»'])
  })

  it('keeps a role with its object: «руководители ОО» is one party', () => {
    expect(parseResponsible('руководители ОО')).toEqual(['руководители ОО'])
    expect(parseResponsible('Руководители ДОО')).toEqual(['Руководители ДОО'])
    expect(parseResponsible('педагоги-психологи МБОО ДО ЦДО')).toEqual(['педагоги-психологи МБОО ДО ЦДО'])
  })

  it('does not split a body from the administration it belongs to', () => {
    expect(parseResponsible('Управление образования администрации Балтийского городского округа')).toEqual([
      'Управление образования администрации Балтийского городского округа',
    ])
    expect(parseResponsible('ГУО администрации г. Черногорска')).toEqual(['ГУО администрации г. Черногорска'])
  })

  it('does not take «ДО» for «ДОО» nor a head inside a word', () => {
    expect(parseResponsible('МБОО ДО ЦДО')).toEqual(['МБОО ДО ЦДО'])
    expect(parseResponsible('Отдел образования ООО «Ромашка»')).toEqual(['Отдел образования ООО «Ромашка»'])
  })

  it('keeps the document wording and case of each party, typos included', () => {
    expect(parseResponsible('Отдел образовани , руководители ОО')).toEqual(['Отдел образовани', 'руководители ОО'])
    expect(parseResponsible('ММС Руководители ОО')).toEqual(['ММС', 'Руководители ОО'])
  })

  it('trims, collapses whitespace and drops empty parties', () => {
    expect(parseResponsible('  Отдел   образования ,, ;\n\n  ММС  ')).toEqual(['Отдел образования', 'ММС'])
    expect(parseResponsible('')).toEqual([])
    expect(parseResponsible(' ,; \n')).toEqual([])
  })
})
