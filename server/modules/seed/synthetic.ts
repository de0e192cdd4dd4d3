// Synthetic municipalities for load checks at the scale of a regional install (PRODUCT.md,
// «Scale it is built for»). Pure: a seeded PRNG, no ORM; synthetic-insert.ts writes the result.
//
// Every municipality draws from its own PRNG derived from (seed, its number), so «Синтетический
// округ 07» gets the same data whether 7 or 60 municipalities are generated, and values can be
// produced one municipality at a time without holding 3 million rows in memory.
import { MeasureStatusKind } from '../../domain/enums.js'
import { dueYears } from '../../domain/overdue.js'
import { parseDeadline } from '../measure/deadline-parser.js'
import type { DirectionKind, GoodDirection, IndicatorLevel, RollupRule, SeedOrganization, SeedTextPart } from '../../../seeds/seed-types.js'

export interface SyntheticOptions {
  municipalities: number
  schools: number
  indicators: number
  yearFrom: number
  yearTo: number
  seed: number
}

export const SYNTHETIC_DEFAULTS: SyntheticOptions = { municipalities: 1, schools: 40, indicators: 150, yearFrom: 2018, yearTo: 2025, seed: 1 }

export const SYNTHETIC_REGION = 'Синтетический регион'
export const SYNTHETIC_MARK = '(синт.)'

export type SyntheticValueType = 'PERCENT' | 'COUNT' | 'SCORE' | 'MARK'

export interface SyntheticDirection {
  kind: DirectionKind
  code: string
  title: string
  /** Index of the parent in `SyntheticPlan.directions`, null at the top. */
  parent: number | null
  parts: SeedTextPart[]
}

export interface SyntheticIndicator {
  /** Index of its section in `SyntheticPlan.directions`. */
  direction: number
  code: string
  name: string
  unit: string
  valueType: SyntheticValueType
  decimals: number
  goodDirection: GoodDirection
  level: IndicatorLevel
  rollup: RollupRule
  numerator: string | null
  denominator: string | null
  source: string
  periodicity: string
  position: number
  /** How its values are drawn: a school's typical range in the first year and the yearly change. */
  model: { low: number; high: number; trend: number }
}

export interface SyntheticMeasureStatus {
  year: number
  status: MeasureStatusKind
  note: string | null
}

export interface SyntheticMeasure {
  /** Index of its direction in `SyntheticPlan.directions`. */
  direction: number
  code: string
  text: string
  deadlineText: string
  responsibleText: string
  expectedResult: string | null
  position: number
  statuses: SyntheticMeasureStatus[]
}

export interface SyntheticMunicipality {
  /** 1-based number, the one in the name. */
  number: number
  name: string
  region: string
  organizations: SeedOrganization[]
  measures: SyntheticMeasure[]
}

export interface SyntheticRoadmap {
  title: string
  periodFrom: number
  periodTo: number
  baselineFrom: number | null
  baselineTo: number | null
}

/** One row of indicator_value; indexes point into the plan and the municipality. */
export interface SyntheticValue {
  indicator: number
  /** Index into `SyntheticMunicipality.organizations`; null is the municipality's own row. */
  organization: number | null
  year: number
  target: number | null
  actual: number | null
  note: string | null
}

export interface SyntheticPlan {
  options: SyntheticOptions
  years: number[]
  roadmap: SyntheticRoadmap
  /** One roadmap structure for all synthetic municipalities, as a region's template would be. */
  directions: SyntheticDirection[]
  indicators: SyntheticIndicator[]
  municipalities: SyntheticMunicipality[]
}

/** Share of cells with a fact due that have none («нет данных»). */
export const GAP_RATE = 0.012

export function syntheticMunicipalityName(number: number): string {
  return `Синтетический округ ${String(number).padStart(2, '0')}`
}

export function generateSynthetic(options: Partial<SyntheticOptions> = {}): SyntheticPlan {
  const o: SyntheticOptions = { ...SYNTHETIC_DEFAULTS, ...options }
  const years = range(o.yearFrom, o.yearTo)
  const periodFrom = Math.max(o.yearFrom, o.yearTo - 4)
  const roadmap: SyntheticRoadmap = {
    title: `Дорожная карта по развитию муниципальной системы оценки качества образования на ${periodFrom}–${o.yearTo} годы (синтетические данные)`,
    periodFrom,
    periodTo: o.yearTo,
    baselineFrom: periodFrom > o.yearFrom ? o.yearFrom : null,
    baselineTo: periodFrom > o.yearFrom ? periodFrom - 1 : null,
  }
  const structureRandom = createRandom(mix(o.seed, 0x5eed))
  const { directions, sectionsOf } = buildDirections(structureRandom)
  const indicators = buildIndicators(structureRandom, sectionsOf, o.indicators)
  const municipalities = range(1, o.municipalities).map((number) => buildMunicipality(o, roadmap, directions, number))
  return { options: o, years, roadmap, directions, indicators, municipalities }
}

// ---------------------------------------------------------------------------------------------
// PRNG

export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  int(from: number, to: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<T>(items: readonly (readonly [T, number])[]): T
  /** Standard normal. */
  normal(): number
}

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (from, to) => from + Math.floor(next() * (to - from + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0)
      let r = next() * total
      for (const [item, w] of items) if ((r -= w) < 0) return item
      return items[items.length - 1][0]
    },
    normal: () => {
      const u = 1 - next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
    },
  }
}

function mix(...parts: number[]): number {
  let h = 0x811c9dc5
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193)
    h ^= h >>> 13
    h = Math.imul(h, 0x5bd1e995)
    h ^= h >>> 15
  }
  return h >>> 0
}

// ---------------------------------------------------------------------------------------------
// Directions and indicators

interface Template {
  name: (variant: string) => string
  variants: readonly string[] | null
  unit: string
  valueType: SyntheticValueType
  goodDirection: GoodDirection
  level?: IndicatorLevel
  /** Typical values of a school in the first year; a count is scaled by the school's size. */
  low: number
  high: number
  /** Yearly change towards the good direction, in the indicator's units. */
  trend: number
  source: string
  numerator?: (variant: string) => string
  denominator?: (variant: string) => string
}

interface DirectionTemplate {
  title: string
  sections: readonly [string, string]
  goal: string
  /** Relative share of the indicators. */
  weight: number
  templates: readonly Template[]
}

const VPR: readonly string[] = [
  '4|русскому языку', '4|математике', '4|окружающему миру',
  '5|русскому языку', '5|математике', '5|истории', '5|биологии',
  '6|русскому языку', '6|математике', '6|географии', '6|обществознанию',
  '7|русскому языку', '7|математике', '7|физике', '7|английскому языку',
  '8|русскому языку', '8|математике', '8|химии', '8|биологии',
]
const EGE = ['русскому языку', 'математике (профильный уровень)', 'физике', 'химии', 'биологии', 'истории', 'обществознанию', 'информатике', 'английскому языку', 'литературе', 'географии']
const OGE = ['русскому языку', 'математике', 'обществознанию', 'биологии', 'информатике', 'географии', 'химии', 'физике']
const OLYMPIAD = ['математике', 'русскому языку', 'литературе', 'истории', 'обществознанию', 'биологии', 'химии', 'физике', 'информатике', 'английскому языку', 'экологии', 'праву', 'экономике', 'технологии', 'физической культуре']
const LITERACY = ['читательская', 'математическая', 'естественнонаучная', 'финансовая', 'глобальные компетенции', 'креативное мышление']
const grade = (v: string) => v.split('|')[0]
const subject = (v: string) => v.split('|')[1]

const FIS_OKO = 'ФИС ОКО'
const RIS_GIA = 'РИС ГИА'
const REPORT = 'Отчёты ОО'

const DIRECTION_TEMPLATES: readonly DirectionTemplate[] = [
  {
    title: 'Система оценки качества подготовки обучающихся',
    sections: ['Оценка предметных результатов', 'Оценка метапредметных результатов и функциональной грамотности'],
    goal: 'Повышение качества подготовки обучающихся на основе объективных результатов оценочных процедур',
    weight: 4,
    templates: [
      { name: (v) => `Доля обучающихся ${grade(v)} классов, получивших «2» по ВПР по ${subject(v)}`, variants: VPR, unit: '%', valueType: 'PERCENT', goodDirection: 'DOWN', low: 3, high: 22, trend: 0.6, source: FIS_OKO,
        numerator: (v) => `Число участников ВПР по ${subject(v)} в ${grade(v)} классах, получивших «2»`, denominator: (v) => `Число участников ВПР по ${subject(v)} в ${grade(v)} классах` },
      { name: (v) => `Средняя отметка по ВПР по ${subject(v)}, ${grade(v)} класс`, variants: VPR, unit: 'баллы', valueType: 'MARK', goodDirection: 'UP', low: 3.2, high: 4.1, trend: 0.03, source: FIS_OKO },
      { name: (v) => `Средний балл ЕГЭ по ${v}`, variants: EGE, unit: 'баллы', valueType: 'SCORE', goodDirection: 'UP', low: 50, high: 72, trend: 0.8, source: RIS_GIA },
      { name: (v) => `Доля выпускников 9 классов, получивших «2» на ОГЭ по ${v}`, variants: OGE, unit: '%', valueType: 'PERCENT', goodDirection: 'DOWN', low: 1, high: 9, trend: 0.3, source: RIS_GIA,
        numerator: (v) => `Число выпускников, получивших «2» на ОГЭ по ${v}`, denominator: (v) => `Число выпускников, сдававших ОГЭ по ${v}` },
      { name: (v) => `Доля обучающихся 8 классов, достигших базового уровня функциональной грамотности (${v})`, variants: LITERACY, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 50, high: 82, trend: 1.2, source: 'Региональный мониторинг функциональной грамотности' },
      { name: (v) => `Средняя отметка ОГЭ по ${v}`, variants: OGE, unit: 'баллы', valueType: 'MARK', goodDirection: 'UP', low: 3.3, high: 4.0, trend: 0.02, source: RIS_GIA },
      { name: () => 'Количество выпускников 11 классов, не получивших аттестат о среднем общем образовании', variants: null, unit: 'чел.', valueType: 'COUNT', goodDirection: 'DOWN', low: 0, high: 2, trend: 0.1, source: RIS_GIA },
      { name: (v) => `Доля выпускников 11 классов, набравших не менее 80 баллов на ЕГЭ по ${v}`, variants: EGE, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 3, high: 18, trend: 0.5, source: RIS_GIA },
    ],
  },
  {
    title: 'Система работы со школами с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях',
    sections: ['Выявление школ с низкими результатами обучения', 'Адресная поддержка школ с низкими результатами обучения'],
    goal: 'Повышение качества образования в школах с низкими результатами обучения и школах, функционирующих в неблагоприятных социальных условиях',
    weight: 1.5,
    templates: [
      { name: (v) => `Доля обучающихся, успевающих на «4» и «5» по итогам учебного года (${v})`, variants: ['начальное общее образование', 'основное общее образование', 'среднее общее образование'], unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 32, high: 60, trend: 0.8, source: REPORT },
      { name: () => 'Доля обучающихся, оставленных на повторное обучение', variants: null, unit: '%', valueType: 'PERCENT', goodDirection: 'DOWN', low: 0, high: 1.5, trend: 0.05, source: REPORT },
      { name: () => 'Количество обучающихся, имеющих академическую задолженность по итогам учебного года', variants: null, unit: 'чел.', valueType: 'COUNT', goodDirection: 'DOWN', low: 0, high: 8, trend: 0.3, source: REPORT },
      { name: () => 'Количество школ с низкими результатами обучения', variants: null, unit: 'ед.', valueType: 'COUNT', goodDirection: 'DOWN', level: 'MUNICIPALITY', low: 2, high: 6, trend: 0.4, source: 'Региональный перечень ШНОР' },
      { name: (v) => `Доля учителей ${v}, прошедших диагностику профессиональных дефицитов`, variants: ['русского языка', 'математики', 'начальных классов', 'естественнонаучных предметов'], unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 30, high: 70, trend: 5, source: REPORT },
      { name: () => 'Индекс социального благополучия школы', variants: null, unit: 'баллы', valueType: 'SCORE', goodDirection: 'UP', low: 0.5, high: 0.95, trend: 0.01, source: 'Анкетирование родителей' },
    ],
  },
  {
    title: 'Система выявления, поддержки и развития способностей и талантов у детей и молодежи',
    sections: ['Олимпиадное движение', 'Дополнительное образование и конкурсы'],
    goal: 'Выявление, поддержка и развитие способностей и талантов у детей и молодёжи',
    weight: 2,
    templates: [
      { name: (v) => `Доля обучающихся 5–11 классов, принявших участие в школьном этапе ВсОШ по ${v}`, variants: OLYMPIAD, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 8, high: 40, trend: 1, source: 'Протоколы ВсОШ' },
      { name: (v) => `Количество победителей и призёров муниципального этапа ВсОШ по ${v}`, variants: OLYMPIAD, unit: 'чел.', valueType: 'COUNT', goodDirection: 'UP', low: 0, high: 6, trend: 0.2, source: 'Протоколы ВсОШ' },
      { name: (v) => `Доля обучающихся, охваченных дополнительным образованием ${v} направленности`, variants: ['технической', 'естественнонаучной', 'художественной', 'физкультурно-спортивной', 'туристско-краеведческой', 'социально-гуманитарной'], unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 12, high: 45, trend: 1.5, source: 'Навигатор дополнительного образования' },
      { name: () => 'Количество участников регионального этапа ВсОШ', variants: null, unit: 'чел.', valueType: 'COUNT', goodDirection: 'UP', low: 0, high: 5, trend: 0.2, source: 'Протоколы ВсОШ' },
    ],
  },
  {
    title: 'Система работы по самоопределению и профессиональной ориентации обучающихся',
    sections: ['Профориентационная работа', 'Профильное обучение'],
    goal: 'Обеспечение осознанного профессионального самоопределения обучающихся',
    weight: 1.2,
    templates: [
      { name: () => 'Доля обучающихся 6–11 классов, участвующих в проекте «Билет в будущее»', variants: null, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 20, high: 60, trend: 4, source: REPORT },
      { name: (v) => `Количество профориентационных мероприятий для обучающихся ${v} классов`, variants: ['6–7', '8–9', '10–11'], unit: 'ед.', valueType: 'COUNT', goodDirection: 'UP', low: 3, high: 12, trend: 0.6, source: REPORT },
      { name: (v) => `Доля обучающихся 10–11 классов, обучающихся по учебным планам ${v} профиля`, variants: ['технологического', 'естественно-научного', 'гуманитарного', 'социально-экономического', 'универсального'], unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 10, high: 40, trend: 1, source: REPORT },
      { name: () => 'Доля выпускников 11 классов, поступивших в организации высшего образования по профилю обучения', variants: null, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 35, high: 70, trend: 1.2, source: REPORT },
      { name: () => 'Средний балл анкетирования обучающихся 9 классов по готовности к выбору профессии', variants: null, unit: 'баллы', valueType: 'SCORE', goodDirection: 'UP', low: 55, high: 80, trend: 1, source: 'Анкетирование обучающихся' },
    ],
  },
  {
    title: 'Система мониторинга эффективности руководителей всех образовательных организаций',
    sections: ['Показатели эффективности руководителей', 'Управленческие решения по результатам мониторинга'],
    goal: 'Повышение эффективности деятельности руководителей образовательных организаций',
    weight: 1,
    templates: [
      { name: (v) => `Доля родителей, удовлетворённых качеством ${v}`, variants: ['образования', 'организации питания', 'дополнительного образования', 'условий обучения'], unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 70, high: 94, trend: 0.8, source: 'Анкетирование родителей' },
      { name: () => 'Количество обоснованных жалоб участников образовательных отношений', variants: null, unit: 'ед.', valueType: 'COUNT', goodDirection: 'DOWN', low: 0, high: 3, trend: 0.2, source: 'Журнал обращений' },
      { name: (v) => `Результативность руководителя по критерию «${v}»`, variants: ['Образовательные результаты', 'Кадровый потенциал', 'Условия обучения', 'Открытость ОО'], unit: 'баллы', valueType: 'SCORE', goodDirection: 'UP', low: 4, high: 9, trend: 0.2, source: 'Мониторинг эффективности руководителей' },
      { name: () => 'Доля руководителей ОО, прошедших обучение по программам управленческой подготовки', variants: null, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', level: 'MUNICIPALITY', low: 40, high: 70, trend: 5, source: 'Отдел образования' },
    ],
  },
  {
    title: 'Система обеспечения профессионального развития педагогических работников',
    sections: ['Повышение квалификации', 'Наставничество и конкурсы профессионального мастерства'],
    goal: 'Профессиональное развитие педагогических работников с учётом выявленных дефицитов',
    weight: 1.2,
    templates: [
      { name: (v) => `Доля педагогов, прошедших повышение квалификации по ${v}`, variants: ['формированию функциональной грамотности', 'обновлённым ФГОС', 'работе с обучающимися с ОВЗ', 'цифровым технологиям', 'оцениванию образовательных результатов'], unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 25, high: 70, trend: 4, source: 'ИРО' },
      { name: () => 'Доля педагогов с высшей и первой квалификационными категориями', variants: null, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 45, high: 75, trend: 1, source: REPORT },
      { name: () => 'Количество педагогов — участников конкурсов профессионального мастерства', variants: null, unit: 'чел.', valueType: 'COUNT', goodDirection: 'UP', low: 0, high: 4, trend: 0.2, source: REPORT },
      { name: () => 'Количество вакансий педагогических работников', variants: null, unit: 'ед.', valueType: 'COUNT', goodDirection: 'DOWN', low: 0, high: 4, trend: 0.2, source: REPORT },
      { name: (v) => `Средний балл диагностики предметных компетенций учителей ${v}`, variants: ['русского языка', 'математики', 'физики', 'биологии'], unit: 'баллы', valueType: 'SCORE', goodDirection: 'UP', low: 55, high: 78, trend: 1, source: 'ИРО' },
      { name: () => 'Количество муниципальных методических объединений педагогов', variants: null, unit: 'ед.', valueType: 'COUNT', goodDirection: 'UP', level: 'MUNICIPALITY', low: 10, high: 22, trend: 0.5, source: 'Отдел образования' },
    ],
  },
  {
    title: 'Система организации воспитания обучающихся',
    sections: ['Воспитательная работа', 'Профилактика правонарушений'],
    goal: 'Развитие системы воспитания и профилактики безнадзорности и правонарушений обучающихся',
    weight: 1,
    templates: [
      { name: (v) => `Доля обучающихся, вовлечённых в деятельность ${v}`, variants: ['«Движения первых»', 'школьных спортивных клубов', 'волонтёрских объединений', 'школьных театров', 'школьных музеев', 'юнармейских отрядов'], unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 10, high: 45, trend: 1.5, source: REPORT },
      { name: () => 'Количество обучающихся, состоящих на учёте в ПДН', variants: null, unit: 'чел.', valueType: 'COUNT', goodDirection: 'DOWN', low: 0, high: 4, trend: 0.2, source: 'КДН и ЗП' },
      { name: () => 'Количество правонарушений, совершённых несовершеннолетними обучающимися', variants: null, unit: 'ед.', valueType: 'COUNT', goodDirection: 'DOWN', low: 0, high: 3, trend: 0.15, source: 'КДН и ЗП' },
      { name: () => 'Доля обучающихся, выполнивших нормативы ГТО на знак отличия', variants: null, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 8, high: 30, trend: 1, source: 'Центр тестирования ГТО' },
    ],
  },
  {
    title: 'Система обеспечения объективности процедур оценки качества образования и олимпиад школьников',
    sections: ['Объективность оценочных процедур', 'Общественное наблюдение'],
    goal: 'Обеспечение объективности результатов оценочных процедур и олимпиад школьников',
    weight: 1.2,
    templates: [
      { name: (v) => `Доля обучающихся, подтвердивших отметку за четверть по ВПР по ${subject(v)}, ${grade(v)} класс`, variants: VPR, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 50, high: 80, trend: 1, source: FIS_OKO },
      { name: (v) => `Расхождение средней отметки ВПР и отметки за четверть по ${subject(v)}, ${grade(v)} класс`, variants: VPR, unit: 'баллы', valueType: 'SCORE', goodDirection: 'DOWN', low: 0.1, high: 0.7, trend: 0.03, source: FIS_OKO },
      { name: () => 'Доля аудиторий ППЭ, оснащённых видеонаблюдением в режиме онлайн', variants: null, unit: '%', valueType: 'PERCENT', goodDirection: 'UP', low: 70, high: 100, trend: 3, source: RIS_GIA },
      { name: () => 'Количество признаков необъективности результатов ВПР', variants: null, unit: 'ед.', valueType: 'COUNT', goodDirection: 'DOWN', low: 0, high: 2, trend: 0.1, source: FIS_OKO },
    ],
  },
]

const DECIMALS: Record<SyntheticValueType, number> = { PERCENT: 1, COUNT: 0, SCORE: 2, MARK: 2 }
const ROLLUP: Record<SyntheticValueType, RollupRule> = { PERCENT: 'RATIO', COUNT: 'SUM', SCORE: 'MEAN', MARK: 'MEAN' }

function buildDirections(random: Random): { directions: SyntheticDirection[]; sectionsOf: number[][] } {
  const directions: SyntheticDirection[] = []
  const sectionsOf: number[][] = []
  DIRECTION_TEMPLATES.forEach((t, i) => {
    const code = String(i + 1)
    const parent = directions.length
    directions.push({
      kind: 'DIRECTION', code, title: t.title, parent: null,
      parts: [
        { key: 'goals', label: 'Цели:', items: [t.goal] },
        { key: 'monitoring', label: 'Мониторинг:', items: ['Сбор и анализ показателей ежегодно по итогам учебного года'] },
      ],
    })
    const sectionCount = random.chance(0.6) ? 2 : 1
    sectionsOf.push(
      t.sections.slice(0, sectionCount).map((title, j) => {
        directions.push({ kind: 'SECTION', code: `${code}.${j + 1}`, title, parent, parts: [] })
        return directions.length - 1
      }),
    )
  })
  return { directions, sectionsOf }
}

function buildIndicators(random: Random, sectionsOf: number[][], count: number): SyntheticIndicator[] {
  const shares = apportion(DIRECTION_TEMPLATES.map((t) => t.weight), count)
  const indicators: SyntheticIndicator[] = []
  DIRECTION_TEMPLATES.forEach((direction, d) => {
    const pool = expandTemplates(direction.templates)
    const sections = sectionsOf[d]
    const perSection = apportion(sections.map(() => 1), shares[d])
    let k = 0
    sections.forEach((section, s) => {
      for (let position = 1; position <= perSection[s]; position++, k++) {
        const [template, variant] = pool[k % pool.length]
        const round = Math.floor(k / pool.length)
        // Past the templates' variety (only with thousands of indicators) names repeat with a number.
        const name = template.name(variant) + (round > 0 ? ` (${round + 1})` : '')
        const indicator: SyntheticIndicator = {
          direction: section,
          code: `${d + 1}.${s + 1}.${position}`,
          name,
          unit: template.unit,
          valueType: template.valueType,
          decimals: DECIMALS[template.valueType],
          goodDirection: template.goodDirection,
          level: template.level ?? 'ORGANIZATION',
          rollup: template.level === 'MUNICIPALITY' ? 'NONE' : ROLLUP[template.valueType],
          numerator: template.numerator?.(variant) ?? null,
          denominator: template.denominator?.(variant) ?? null,
          source: template.source,
          periodicity: random.chance(0.85) ? 'Ежегодно' : 'Ежегодно, по итогам учебного года',
          position,
          model: { low: template.low, high: template.high, trend: template.trend },
        }
        indicators.push(indicator)
      }
    })
  })
  return indicators
}

/** Templates interleaved (first variant of each, then the second …), so few indicators still mix types. */
function expandTemplates(templates: readonly Template[]): [Template, string][] {
  const out: [Template, string][] = []
  const rounds = Math.max(...templates.map((t) => t.variants?.length ?? 1))
  for (let r = 0; r < rounds; r++)
    for (const t of templates) {
      if (t.variants === null) {
        if (r === 0) out.push([t, ''])
      } else if (r < t.variants.length) out.push([t, t.variants[r]])
    }
  return out
}

/** Splits `total` by weights into integers summing to it (largest remainder). */
function apportion(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (w / sum) * total)
  const out = exact.map(Math.floor)
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  const missing = total - out.reduce((a, b) => a + b, 0)
  for (let i = 0; i < missing; i++) out[order[i][1]]++
  return out
}

// ---------------------------------------------------------------------------------------------
// Municipalities, schools, measures

function buildMunicipality(o: SyntheticOptions, roadmap: SyntheticRoadmap, directions: SyntheticDirection[], number: number): SyntheticMunicipality {
  const random = createRandom(mix(o.seed, number, 1))
  return {
    number,
    name: syntheticMunicipalityName(number),
    region: SYNTHETIC_REGION,
    organizations: range(1, o.schools).map(school),
    measures: buildMeasures(random, roadmap, directions, o.yearTo - 1),
  }
}

function school(n: number): SeedOrganization {
  const [full, short] =
    n % 11 === 0 ? [`Муниципальное бюджетное общеобразовательное учреждение «Лицей № ${n}»`, `МБОУ Лицей № ${n}`]
    : n % 8 === 0 ? [`Муниципальное автономное общеобразовательное учреждение «Гимназия № ${n}»`, `МАОУ Гимназия № ${n}`]
    : n % 6 === 0 ? [`Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа № ${n}»`, `МБОУ ООШ № ${n}`]
    : [`Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${n}»`, `МБОУ СОШ № ${n}`]
  return {
    name: `${full} ${SYNTHETIC_MARK}`,
    shortName: `${short} ${SYNTHETIC_MARK}`,
    kind: 'SCHOOL',
    aliases: [`${short.replace('№ ', '№')} ${SYNTHETIC_MARK}`],
  }
}

// Deadlines as the five documents print them, weighted by how often they occur there.
export const REAL_DEADLINES: readonly (readonly [string, number])[] = [
  ['Ежегодно', 76], ['2021-2024', 69], ['Весь период', 50], ['Постоянно', 27], ['2022-2024', 15],
  ['По итогам учебного года', 12], ['При необходимости', 7], ['2021-2022', 4], ['2022', 4], ['Согласно плану - графику', 4],
  ['2025', 3], ['По итогам проведения', 3], ['Ежегодно, август', 2], ['Весь период (по планам профориентационной работы ОО)', 2],
  ['Декабрь 2021', 2], ['Ежегодно (при наличии)', 2], ['Декабрь Июнь', 2], ['По итогам проведения оценочных процедур', 2],
  ['Март 2021 года', 1], ['Апрель 2021 год', 1], ['2022 год', 1], ['2021-2024 (по отдельном плану)', 1],
  ['Ежегодно (по отдельному плану)', 1], ['По результатам четверти', 1], ['2021-2024 (один раз в четверть)', 1],
  ['2021-2024 (март-апрель)', 1], ['2021-2023', 1], ['2023', 1], ['Весь период (1 раз в год)', 1], ['Август-сентябрь 2021', 1],
  ['Май-август (предварительные данные) сентябрь', 1], ['2022 2023', 1], ['2022-2023', 1], ['2021', 1], ['2022, 2024', 1],
  ['Январь – февраль 2021 г.', 1], ['Согласно графику', 1], ['В соответствии с графиком проведения', 1],
  ['Ежегодно в соответствии с графиком проведения', 1], ['1 раз в 3 года для каждой образовательной организации', 1],
  ['Апрель-июнь В течение учебного года', 1], ['Май 2022', 1],
]

const RESPONSIBLE: readonly (readonly [string, number])[] = [
  ['Отдел образования, руководители ОО', 63], ['Отдел образования', 36], ['Отдел образования, ММС, руководители ОО', 33],
  ['Управление образования Руководители ОО', 29], ['Руководители ОО', 25], ['Отдел образования, ММС', 14], ['ММС', 7],
  ['ММС, руководители ОО', 2], ['Отдел образования, руководители ОО, руководители муниципальных м/о', 1],
]

const EXPECTED_RESULTS = [
  'Аналитическая справка',
  'Повышение качества предметного образования',
  'Повышение профессиональной компетенции учителей',
  'Улучшение предметных и/или метапредметных результатов обучающихся',
  'Формирование в муниципальной системе образования новых управленческих практик',
  'Разработка индивидуальных образовательных маршрутов',
]

// Measure texts in the documents' wording, by direction.
const MEASURE_TEXTS: readonly (readonly string[])[] = [
  [
    'Участие в федеральных и региональных процедурах оценки качества подготовки обучающихся (предметных и метапредметных результатов)',
    'Анализ результатов проведения Всероссийских проверочных работ',
    'Анализ уровня сформированности функциональной грамотности у обучающихся',
    'Совершенствование механизмов подготовки обучающихся к ГИА (ОГЭ, ЕГЭ, ГВЭ), в том числе использование онлайн-ресурсов и программ-тренажёров',
    'Участие образовательных организаций в национальных исследованиях качества образования в составе общероссийской выборки',
    'Использование результатов регионального мониторинга достижения показателей оценки качества подготовки обучающихся',
  ],
  [
    'Комплексный мониторинг качества образовательных результатов в ШНОР, школах «зоны риска»',
    'Участие педагогических работников ШНОР, школ «зоны риска» в диагностике профессиональных дефицитов',
    'Разработка и реализация программ перехода школ в эффективный режим функционирования',
    'Организация сетевого взаимодействия ШНОР со школами с высокими результатами обучения',
    'Организация выездных курсов повышения квалификации по проблемным вопросам, выявленным в результате диагностических процедур',
  ],
  [
    'Совершенствование механизмов подготовки и проведения школьного и муниципального этапов всероссийской олимпиады школьников',
    'Анализ результатов участия обучающихся в олимпиадном и конкурсном движении. Подготовка адресных рекомендаций',
    'Представление результатов реализации целевых программ ОО по выявлению и поддержке способностей и талантов детей и молодёжи',
    'Проведение конкурсов профессионального мастерства с целью поддержки специалистов, работающих с одарёнными детьми',
    'Формирование муниципальной базы данных одарённых детей',
  ],
  [
    'Проведение психологического тестирования учащихся по профориентации',
    'Включение в учебные планы ОО (8-11 классы) курсов профориентационной направленности (элективные курсы, спецкурсы)',
    'Организация мероприятий по ранней профориентации обучающихся (6-14 лет)',
    'Проведение классных часов, бесед, диспутов и др. мероприятий по профессиональному самоопределению выпускников',
    'Обеспечение участия учащихся 2-11 классов во Всероссийских открытых онлайн-уроках на портале «Проектория»',
  ],
  [
    'Проведение мониторинга показателей эффективности деятельности руководителей образовательных организаций',
    'Принятие управленческих решений по результатам анализа мониторинга показателей эффективности деятельности руководителей образовательных организаций',
    'Формирование резерва управленческих кадров на муниципальном уровне',
    'Рассмотрение вопросов качества образовательных результатов на августовской конференции педагогов',
  ],
  [
    'Формирование запроса на содержание курсов повышения квалификации с учётом выявленных методических проблем учителей',
    'Методическое сопровождение молодых специалистов, содействие их становлению и профессиональному росту',
    'Проведение муниципальных конкурсов профессионального мастерства: «Учитель года», «Воспитатель года», «Педагогический дебют»',
    'Создание условий для повышения квалификации и профессиональной переподготовки педагогов образовательных организаций',
    'Разработка адресных методических рекомендаций для различных категорий педагогических работников',
  ],
  [
    'Проведение мониторинга реализации рабочих программ воспитания в общеобразовательных организациях',
    'Организация и проведение мероприятий, направленных на профилактику безнадзорности и правонарушений среди несовершеннолетних обучающихся',
    'Совершенствование форм взаимодействия с родителями по вопросам профилактики асоциального поведения обучающихся',
    'Организация и проведение на муниципальном и школьном уровнях мероприятий по гражданскому воспитанию обучающихся',
  ],
  [
    'Анализ результатов мониторинга объективности результатов оценочных процедур',
    'Организация общественного наблюдения при проведении процедур оценки качества образования и ВсОШ',
    'Соблюдение мер информационной безопасности на всех этапах проведения оценочных процедур, ВсОШ',
    'Использование рекомендаций для ОО по обеспечению объективности процедур оценки качества образования и олимпиад школьников',
    'Проведение профилактических мероприятий с общеобразовательными организациями по повышению объективности оценки образовательных результатов',
  ],
]

function buildMeasures(random: Random, roadmap: SyntheticRoadmap, directions: SyntheticDirection[], lastFactYear: number): SyntheticMeasure[] {
  const measures: SyntheticMeasure[] = []
  const tops = directions.flatMap((d, i) => (d.kind === 'DIRECTION' ? [i] : []))
  tops.forEach((directionIndex, d) => {
    const texts = shuffled(random, MEASURE_TEXTS[d % MEASURE_TEXTS.length])
    const count = Math.min(texts.length, random.chance(0.75) ? 4 : 3)
    for (let n = 1; n <= count; n++) {
      const deadlineText = random.weighted(REAL_DEADLINES)
      measures.push({
        direction: directionIndex,
        code: `${directions[directionIndex].code}.${n}`,
        text: texts[n - 1],
        deadlineText,
        responsibleText: random.weighted(RESPONSIBLE),
        expectedResult: random.chance(0.5) ? random.pick(EXPECTED_RESULTS) : null,
        position: measures.length + 1,
        statuses: measureStatuses(random, deadlineText, roadmap, lastFactYear),
      })
    }
  })
  return measures
}

/** Statuses for the years already reported: mostly done, a few not, some never marked (so overdue). */
function measureStatuses(random: Random, deadlineText: string, roadmap: SyntheticRoadmap, lastFactYear: number): SyntheticMeasureStatus[] {
  return dueYears(parseDeadline(deadlineText), roadmap)
    .filter((year) => year <= lastFactYear)
    .flatMap((year): SyntheticMeasureStatus[] => {
      const status = random.weighted([
        [MeasureStatusKind.DONE, 80],
        [MeasureStatusKind.NOT_DONE, 6],
        [MeasureStatusKind.IN_PROGRESS, 5],
        [null, 9],
      ] as const)
      if (status === null) return []
      return [{ year, status, note: status === MeasureStatusKind.NOT_DONE ? 'Перенесено на следующий год' : null }]
    })
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Values

const GAP_NOTES = ['не проводился', 'нет данных', null, null] as const

/**
 * Every value row of one municipality: each indicator × (the municipality + each school, for
 * organisation-level indicators) × year. Targets in the roadmap's period, facts in every year but
 * the last; a fact missing in a baseline year leaves no row at all, in a period year the row
 * keeps its target with an empty fact.
 */
export function generateValues(plan: SyntheticPlan, municipality: SyntheticMunicipality): SyntheticValue[] {
  const random = createRandom(mix(plan.options.seed, municipality.number, 2))
  const { years, roadmap } = plan
  const lastFactYear = plan.options.yearTo - 1
  const isPeriod = (year: number) => year >= roadmap.periodFrom && year <= roadmap.periodTo
  const schoolCount = municipality.organizations.length
  const municipalityLevel = random.normal() * 0.3
  // A school's strength carries across its indicators, as strong and weak schools do.
  const strength = municipality.organizations.map(() => clamp(random.normal(), -2.5, 2.5))
  const size = municipality.organizations.map((o) => (o.shortName.includes('ООШ') ? 0.35 : 0.6 + random.next() * 1.2))
  const values: SyntheticValue[] = []

  plan.indicators.forEach((indicator, i) => {
    const { low, high, trend } = indicator.model
    const sign = indicator.goodDirection === 'DOWN' ? -1 : 1
    const mid = (low + high) / 2
    const half = (high - low) / 2
    const shape = (x: number) => fit(x, indicator.valueType, indicator.decimals)
    const trajectory = (bias: number, scale: number) => {
      const base = (mid + half * (0.45 * bias + 0.3 * municipalityLevel + 0.35 * random.normal()) * sign) * scale
      const drift = random.next() * 2.3 - 0.3 // some schools slide back, most improve, some beat the plan
      return years.map((year) => {
        const t = year - plan.options.yearFrom
        const planned = isPeriod(year) ? shape(base + sign * trend * scale * (t + 0.3)) : null
        const actual = year <= lastFactYear ? shape(base + sign * trend * scale * t * drift + random.normal() * half * 0.15 * scale) : null
        return { year, planned, actual }
      })
    }
    const rows = (organization: number | null, series: { year: number; planned: number | null; actual: number | null }[]) => {
      for (const { year, planned, actual } of series) {
        const isGap = actual !== null && random.chance(GAP_RATE)
        if (isGap && planned === null) continue
        values.push({
          indicator: i, organization, year, target: planned, actual: isGap ? null : actual,
          note: isGap ? random.pick(GAP_NOTES) : null,
        })
      }
    }

    if (indicator.level === 'MUNICIPALITY' || schoolCount === 0) {
      rows(null, trajectory(0, 1))
      return
    }
    const schools = strength.map((s, k) => trajectory(s, indicator.valueType === 'COUNT' ? size[k] : 1))
    const municipal = years.map((year, y) => {
      const column = (pick: (p: { planned: number | null; actual: number | null }) => number | null) =>
        rollUp(schools.map((series) => pick(series[y])), indicator.rollup, indicator.valueType, indicator.decimals)
      return { year, planned: column((p) => p.planned), actual: column((p) => p.actual) }
    })
    rows(null, municipal)
    schools.forEach((series, k) => rows(k, series))
  })
  return values
}

function rollUp(values: (number | null)[], rule: RollupRule, valueType: SyntheticValueType, decimals: number): number | null {
  const known = values.filter((v): v is number => v !== null)
  if (known.length === 0) return null
  const sum = known.reduce((a, b) => a + b, 0)
  return fit(rule === 'SUM' ? sum : sum / known.length, valueType, decimals)
}

/** Rounds to the indicator's decimals inside the range its value type allows. */
function fit(x: number, valueType: SyntheticValueType, decimals: number): number {
  const bounded = valueType === 'PERCENT' ? clamp(x, 0, 100) : valueType === 'MARK' ? clamp(x, 1, 5) : Math.max(0, x)
  const factor = 10 ** decimals
  // An integer divided by a power of ten prints with at most that many decimals; + 0 drops -0.
  return Math.round(bounded * factor) / factor + 0
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x))
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

// ---------------------------------------------------------------------------------------------
// Command line

export const SYNTHETIC_USAGE = `Использование: npm run seed:synthetic -- [--municipalities N] [--schools N] [--indicators N] [--years ГГГГ-ГГГГ] [--seed N]
  --municipalities  число синтетических муниципалитетов, 1–999 (по умолчанию ${SYNTHETIC_DEFAULTS.municipalities})
  --schools         школ в каждом, 0–500 (по умолчанию ${SYNTHETIC_DEFAULTS.schools})
  --indicators      показателей в дорожной карте, 1–2000 (по умолчанию ${SYNTHETIC_DEFAULTS.indicators})
  --years           годы значений (по умолчанию ${SYNTHETIC_DEFAULTS.yearFrom}-${SYNTHETIC_DEFAULTS.yearTo}); период карты — последние 5 лет
  --seed            зерно генератора: одно зерно — одни и те же данные (по умолчанию ${SYNTHETIC_DEFAULTS.seed})`

/** Reads `--name value` and `--name=value`; throws an Error with a Russian message on anything else. */
export function parseSyntheticArgs(argv: readonly string[]): SyntheticOptions {
  const options = { ...SYNTHETIC_DEFAULTS }
  const seen = new Set<string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg)
    if (!match) throw new Error(`Непонятный аргумент «${arg}»`)
    const [, name, inline] = match
    if (!['municipalities', 'schools', 'indicators', 'years', 'seed'].includes(name)) throw new Error(`Неизвестный параметр --${name}`)
    if (seen.has(name)) throw new Error(`Параметр --${name} указан дважды`)
    seen.add(name)
    const value = inline ?? argv[++i]
    if (value === undefined || value === '') throw new Error(`Для --${name} не указано значение`)
    switch (name) {
      case 'municipalities':
        options.municipalities = integerArg(name, value, 1, 999)
        break
      case 'schools':
        options.schools = integerArg(name, value, 0, 500)
        break
      case 'indicators':
        options.indicators = integerArg(name, value, 1, 2000)
        break
      case 'seed':
        options.seed = integerArg(name, value, 0, 4294967295)
        break
      case 'years': {
        const years = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(value)
        if (!years) throw new Error(`--years: ожидается диапазон ГГГГ-ГГГГ, например 2018-2025, получено «${value}»`)
        const [from, to] = [Number(years[1]), Number(years[2])]
        if (from < 2000 || to > 2100) throw new Error(`--years: годы должны быть в пределах 2000–2100, получено «${value}»`)
        if (from > to) throw new Error(`--years: первый год больше последнего («${value}»)`)
        if (to - from > 29) throw new Error(`--years: не более 30 лет, получено «${value}»`)
        options.yearFrom = from
        options.yearTo = to
        break
      }
    }
  }
  return options
}

function integerArg(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new Error(`--${name}: ожидается целое число, получено «${value}»`)
  const n = Number(value)
  if (n < min || n > max) throw new Error(`--${name}: допустимо от ${min} до ${max}, получено ${n}`)
  return n
}
