// GET /export/values.csv: the flat fact table of indicatorValues, same filters, streamed.
import type { EntityManager } from '@mikro-orm/core'
import type { Actor } from '../../auth/actor.js'
import { BOM, csvLine, type CsvDelimiter, type CsvFormat } from '../../domain/csv.js'
import { ValueStatus } from '../../domain/enums.js'
import { deviation, valueStatus } from '../../domain/progress.js'
import { badInput } from '../../errors.js'
import type { IndicatorValueFilter } from '../indicator-value/indicator-value.inputs.js'
import { indicatorValueChunks } from '../indicator-value/indicator-value.query.js'

// The id columns are the keys BI joins on (the same ids as in GraphQL); names are for people.
const HEADER = [
  'id', 'id муниципалитета', 'Муниципалитет', 'id организации', 'Организация', 'Код направления', 'Направление',
  'id показателя', 'Код показателя', 'Показатель', 'Единица', 'Год', 'План', 'Факт', 'Отклонение', 'Статус', 'Примечание', 'Версия', 'Изменено (UTC)',
]
const STATUS_RU: Record<ValueStatus, string> = { MET: 'достигнут', NOT_MET: 'не достигнут', NO_DATA: 'нет данных', NO_TARGET: 'нет плана' }

/** The filter of indicatorValues from query parameters: lists are comma-separated. */
export function filterFromQuery(query: Record<string, unknown>): { filter: IndicatorValueFilter; delimiter: CsvDelimiter } {
  const one = (key: string): number | null => {
    const raw = query[key]
    if (raw === undefined || raw === '') return null
    if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw badInput(`Параметр ${key}: ожидается целое число, получено «${String(raw)}»`)
    return Number(raw)
  }
  const list = (key: string): number[] | null => {
    const raw = query[key]
    if (raw === undefined || raw === '') return null
    if (typeof raw !== 'string' || !/^\d+(,\d+)*$/.test(raw)) throw badInput(`Параметр ${key}: ожидается список целых через запятую, получено «${String(raw)}»`)
    return raw.split(',').map(Number)
  }
  const status = typeof query.status === 'string' && query.status ? query.status.split(',') : null
  if (status?.some((s) => !(s in STATUS_RU))) throw badInput(`Параметр status: допустимы ${Object.keys(STATUS_RU).join(', ')}`)
  const delimiter = query.delimiter === undefined || query.delimiter === ';' ? ';' : query.delimiter === ',' ? ',' : null
  if (!delimiter) throw badInput('Параметр delimiter: «;» (по умолчанию) или «,»')
  const level = query.municipalityLevel
  return {
    delimiter,
    filter: {
      municipalityId: one('municipalityId'),
      roadmapId: one('roadmapId'),
      directionId: one('directionId'),
      indicatorIds: list('indicatorIds'),
      organizationIds: list('organizationIds'),
      years: list('years'),
      status: status as ValueStatus[] | null,
      municipalityLevel: level === 'true' ? true : level === 'false' ? false : null,
    },
  }
}

/** «;» is Excel in Russia: decimal comma, dates as it reads them; «,» is for scripts: decimal point, ISO 8601. */
const FORMATS: Record<CsvDelimiter, CsvFormat & { formatDate: (date: Date) => string }> = {
  ';': { delimiter: ';', formatNumber: (n) => String(n).replace('.', ','), formatDate: excelRuDate },
  ',': { delimiter: ',', formatNumber: String, formatDate: (d) => d.toISOString() },
}

export async function* valuesCsv(em: EntityManager, actor: Actor, filter: IndicatorValueFilter, delimiter: CsvDelimiter): AsyncGenerator<string> {
  const format = FORMATS[delimiter]
  yield BOM + csvLine(HEADER, format)
  for await (const rows of indicatorValueChunks(em, actor, filter)) {
    let text = ''
    for (const r of rows) {
      const indicator = r.indicator!
      const direction = indicator.direction
      const status = valueStatus({ target: r.target, actual: r.actual, goodDirection: indicator.goodDirection, tolerance: indicator.tolerance })
      text += csvLine([
        r.id, r.municipalityId, r.municipality!.name, r.organizationId, r.organization?.name ?? '',
        direction.code, direction.title, indicator.id, indicator.code, indicator.name, indicator.unit, r.year, r.target, r.actual,
        deviation(r.target, r.actual), STATUS_RU[status], r.note, r.version, format.formatDate(r.updatedAt),
      ], format)
    }
    yield text
  }
}

/** «26.11.2026 14:05:00», in UTC: Excel in Russia reads it as a date and time; it has no time zones. */
function excelRuDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(date.getUTCDate())}.${two(date.getUTCMonth() + 1)}.${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`
}
