// Where an indicator is heading, as seen in a given year: the pace needed to reach the final
// target from the last actual, the pace so far, and a linear forecast of the final year. Pure.
import { GoodDirection, ValueStatus } from './enums.js'
import { valueStatus } from './progress.js'

export interface YearValue {
  year: number
  target: number | null
  actual: number | null
}

export interface Trend {
  finalYear: number
  finalTarget: number | null
  lastActualYear: number | null
  lastActual: number | null
  /** Change per year needed from the last actual to reach the final target. */
  requiredPace: number | null
  /** Average change per year between the first and the last actual. */
  paceSoFar: number | null
  /** Least-squares line through the actuals, read at the final year. */
  forecast: number | null
  /** The forecast falls short of the final target (by the good direction). */
  forecastMisses: boolean
}

export interface TrendOptions {
  tolerance?: number | null
  /**
   * The year the view is for: facts of later years were not known then, so pace and forecast
   * leave them out («за 2022» never uses the 2023 fact). Targets are the plan, known from the start.
   */
  asOfYear?: number
}

export function trend(values: YearValue[], finalYear: number, goodDirection: GoodDirection, { tolerance = null, asOfYear = finalYear }: TrendOptions = {}): Trend {
  const knownTo = Math.min(asOfYear, finalYear)
  const actuals = values.filter((v): v is YearValue & { actual: number } => v.actual !== null && v.year <= knownTo).sort((a, b) => a.year - b.year)
  const finalTarget = values.find((v) => v.year === finalYear)?.target ?? null
  const last = actuals.at(-1) ?? null
  const first = actuals[0] ?? null
  const requiredPace = last && finalTarget !== null && finalYear > last.year ? round((finalTarget - last.actual) / (finalYear - last.year)) : null
  const paceSoFar = first && last && last.year > first.year ? round((last.actual - first.actual) / (last.year - first.year)) : null
  const forecast = actuals.length >= 2 ? round(linearAt(actuals.map((a) => [a.year, a.actual]), finalYear)) : last && last.year === finalYear ? last.actual : null
  const forecastMisses = forecast !== null && finalTarget !== null && valueStatus({ target: finalTarget, actual: forecast, goodDirection, tolerance }) === ValueStatus.NOT_MET
  return { finalYear, finalTarget, lastActualYear: last?.year ?? null, lastActual: last?.actual ?? null, requiredPace, paceSoFar, forecast, forecastMisses }
}

function linearAt(points: [number, number][], x: number): number {
  const n = points.length
  const mx = points.reduce((s, [px]) => s + px, 0) / n
  const my = points.reduce((s, [, py]) => s + py, 0) / n
  const sxx = points.reduce((s, [px]) => s + (px - mx) ** 2, 0)
  const sxy = points.reduce((s, [px, py]) => s + (px - mx) * (py - my), 0)
  const slope = sxx === 0 ? 0 : sxy / sxx
  return my + slope * (x - mx)
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6
