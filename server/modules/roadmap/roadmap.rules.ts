import { badInput } from '../../errors.js'

export interface RoadmapYears {
  periodFrom: number
  periodTo: number
  baselineFrom: number | null
  baselineTo: number | null
  approvalDate: string | null
}

/** Throws BAD_USER_INPUT when the years or the date of a roadmap do not make sense. */
export function assertRoadmapYears(r: RoadmapYears): void {
  const sane = (y: number) => Number.isInteger(y) && y >= 2000 && y <= 2100
  if (!sane(r.periodFrom) || !sane(r.periodTo) || r.periodFrom > r.periodTo)
    throw badInput(`Период ${r.periodFrom}–${r.periodTo} задан неверно: годы от 2000 до 2100, начало не позже конца`)
  if ((r.baselineFrom === null) !== (r.baselineTo === null)) throw badInput('Базовые годы задаются оба или ни одного')
  if (r.baselineFrom !== null && r.baselineTo !== null) {
    if (!sane(r.baselineFrom) || r.baselineFrom > r.baselineTo || r.baselineTo >= r.periodFrom)
      throw badInput(`Базовые годы ${r.baselineFrom}–${r.baselineTo} должны идти до начала периода ${r.periodFrom}`)
  }
  if (r.approvalDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(r.approvalDate)) throw badInput('Дата утверждения — в виде ГГГГ-ММ-ДД')
}
