// Splits a measure's verbatim «ответственные» into parties, keeping each party's wording.
//
// Parties are separated by commas, semicolons and line breaks, but a cell wrapped in Word
// often runs them together: «Управление образования Руководители ОО», «Отдел образования ММС».
// Inside a clause a new party starts at a known head word, unless the word before it is a
// role that takes it as its object: «руководители ОО» is one party, «ММС руководители ОО» two.

const SEPARATOR_RE = /[,;\r\n]+/

// The heads that start a party in the documents, and the usual names of municipal bodies and
// institutions that may follow one another in a cell.
const PARTY_HEAD_RE = new RegExp(
  '^(?:' +
    [
      String.raw`(?:главное\s+)?(?:управление|отдел|комитет|департамент)\s+(?:по\s+)?образовани[а-я]*`,
      'гуо',
      'ммс',
      'ммо',
      'омо',
      'рмо',
      'оо',
      'доо',
      'оу',
      'доу',
      'мку',
      'мбу',
      'мау',
      'мбоу',
      'маоу',
      'мкоу',
      'мбдоу',
      'мадоу',
      'мкдоу',
      'мбоо',
      'мбудо',
      'руководител[а-я]*',
      'педагоги-психологи',
      'старшие\\s+воспитатели',
    ].join('|') +
    ')(?![а-яa-z0-9-])',
  'i',
)

// A word after one of these is what the role is of: «руководители ОО», «педагоги-психологи МБОО».
const ROLE_RE =
  /^(?:руководител|педагог|заместител|специалист|учител|воспитател|директор|представител|член|сотрудник|работник|председател|администраци)/i

export function parseResponsible(text: string): string[] {
  return text
    .split(SEPARATOR_RE)
    .map(collapseSpaces)
    .filter((clause) => clause.length > 0)
    .flatMap(splitRunTogether)
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** «Отдел образования ММС Руководители ОО» → three parties. */
function splitRunTogether(clause: string): string[] {
  const words = clause.split(' ')
  const parties: string[][] = [[]]
  words.forEach((word, i) => {
    if (i > 0 && startsParty(words, i)) parties.push([])
    parties[parties.length - 1].push(word)
  })
  return parties.map((party) => party.join(' '))
}

function startsParty(words: string[], i: number): boolean {
  const rest = words.slice(i).join(' ').toLowerCase().replace(/ё/g, 'е')
  return PARTY_HEAD_RE.test(rest) && !ROLE_RE.test(words[i - 1])
}
