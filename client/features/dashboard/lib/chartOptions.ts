// ECharts options of the dashboard's three charts, built from shaped data. Pure: plain objects.
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, MarkAreaComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { formatRuNumber } from '../../indicator-grid/lib/formatRuNumber.js'
import type { DirectionBar, SchoolComparison, TrendPoint } from './dashboardData.js'

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption | MarkAreaComponentOption
>

export const STATUS_COLORS = { met: '#2f9e55', notMet: '#d64545', noData: '#e0a100', noTarget: '#9aa5b1' } as const
const ACCENT = '#1f6feb'
const TARGET = '#5d6b7a'
const FORECAST = '#e07b00'
const RISK = '#d64545'
const TEXT = { color: '#1d2733', fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif' }

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)
const ru = (value: number | null | undefined, decimals: number) => (value === null || value === undefined ? 'нет данных' : formatRuNumber(value, decimals))
/** Axis ticks keep the decimals they have: a 0-decimal indicator may still tick at 99,5. */
const tickFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 })
const tick = (value: number) => tickFormat.format(value).replace('-', '−')

/** Stacked bars per direction: how many indicators met, missed, lack a fact, lack a target. */
export function directionStatusOption(bars: DirectionBar[]): ChartOption {
  const series = [
    { key: 'met', name: 'Достигнут' },
    { key: 'notMet', name: 'Не достигнут' },
    { key: 'noData', name: 'Нет факта' },
    { key: 'noTarget', name: 'Нет плана' },
  ] as const
  return {
    animation: false,
    textStyle: TEXT,
    color: series.map((s) => STATUS_COLORS[s.key]),
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => clip(`${b.code}. ${b.title}`, 42)),
      axisLabel: { width: 260, overflow: 'truncate' },
    },
    series: series.map(
      (s): BarSeriesOption => ({
        type: 'bar',
        name: s.name,
        stack: 'status',
        barMaxWidth: 26,
        label: { show: true, formatter: (p) => (Number(p.value) > 0 ? String(p.value) : ''), color: '#fff', fontWeight: 600 },
        data: bars.map((b) => b.counts[s.key]),
      }),
    ),
  }
}

export interface TrendMeta {
  unit: string
  decimals: number
  baselineFrom: number | null
  baselineTo: number | null
  /** Linear forecast of the final year, drawn from the last fact. */
  forecast: { value: number; year: number; fromYear: number; fromValue: number } | null
}

/** One indicator over the years: the fact line, the target line, and the forecast point. */
export function trendOption(points: TrendPoint[], meta: TrendMeta): ChartOption {
  const years = points.map((p) => String(p.year))
  const forecast = meta.forecast
  const forecastData = points.map((p) => {
    if (!forecast) return null
    if (p.year === forecast.fromYear) return { value: forecast.fromValue, symbol: 'none' }
    if (p.year === forecast.year) return { value: forecast.value, symbol: 'diamond', symbolSize: 12 }
    return null
  })
  const hasBaseline = meta.baselineFrom !== null && meta.baselineTo !== null && years.includes(String(meta.baselineFrom))
  return {
    animation: false,
    textStyle: TEXT,
    legend: { top: 0, right: 0, itemWidth: 18, itemHeight: 10 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v) => (typeof v === 'number' ? `${formatRuNumber(v, meta.decimals)} ${meta.unit}`.trim() : 'нет данных'),
    },
    grid: { left: 8, right: 24, top: 34, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years, boundaryGap: false },
    yAxis: { type: 'value', scale: true, name: meta.unit, axisLabel: { formatter: tick } },
    series: [
      {
        type: 'line',
        name: 'Факт',
        color: ACCENT,
        symbolSize: 7,
        lineStyle: { width: 3 },
        data: points.map((p) => p.actual),
        markArea: hasBaseline
          ? {
              silent: true,
              itemStyle: { color: 'rgba(107, 91, 149, 0.08)' },
              label: { color: '#4b3a75', position: 'insideTop' },
              data: [[{ name: 'базовые годы', xAxis: String(meta.baselineFrom) }, { xAxis: String(meta.baselineTo) }]],
            }
          : undefined,
      },
      { type: 'line', name: 'План', color: TARGET, symbol: 'rect', symbolSize: 6, lineStyle: { type: 'dashed', width: 2 }, data: points.map((p) => p.target) },
      {
        type: 'line',
        name: 'Прогноз',
        color: FORECAST,
        connectNulls: true,
        lineStyle: { type: 'dotted', width: 2 },
        label: { show: true, position: 'top', formatter: (p) => (p.dataIndex === years.indexOf(String(forecast?.year)) ? ru(Number(p.value), meta.decimals) : '') },
        data: forecastData,
      },
    ],
  }
}

export interface SchoolMeta {
  unit: string
  decimals: number
}

/** Bars per school for one indicator and year, the municipality's value and target as lines. */
export function schoolOption(comparison: SchoolComparison, meta: SchoolMeta): ChartOption {
  const { schools, municipal } = comparison
  const lines: NonNullable<MarkLineComponentOption['data']> = []
  if (municipal.actual !== null)
    lines.push({
      yAxis: municipal.actual,
      name: municipal.isRollup ? 'Свод по школам' : 'Муниципалитет',
      lineStyle: { color: TEXT.color, type: 'solid', width: 2 },
      label: { formatter: `${municipal.isRollup ? 'свод' : 'муниципалитет'}: ${ru(municipal.actual, meta.decimals)}`, position: 'insideEndTop', color: TEXT.color },
    })
  if (municipal.target !== null)
    lines.push({
      yAxis: municipal.target,
      name: 'План муниципалитета',
      lineStyle: { color: TARGET, type: 'dashed', width: 1.5 },
      label: { formatter: `план: ${ru(municipal.target, meta.decimals)}`, position: 'insideStartTop', color: TARGET },
    })
  return {
    animation: false,
    textStyle: TEXT,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (v) => (typeof v === 'number' ? `${formatRuNumber(v, meta.decimals)} ${meta.unit}`.trim() : 'нет данных'),
    },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: schools.map((s) => (s.actual === null ? `${s.name}\n(нет данных)` : s.name)), axisLabel: { interval: 0, rotate: schools.length > 6 ? 30 : 0, width: 110, overflow: 'truncate', verticalAlign: 'top', lineHeight: 14 } },
    yAxis: { type: 'value', name: meta.unit, axisLabel: { formatter: tick } },
    series: [
      {
        type: 'bar',
        name: 'Факт школы',
        barMaxWidth: 42,
        label: { show: true, position: 'top', formatter: (p) => (p.value === null || p.value === undefined ? '' : ru(Number(p.value), meta.decimals)) },
        data: schools.map((s) => ({ value: s.actual, itemStyle: { color: s.isAtRisk ? RISK : ACCENT } })),
        markLine: lines.length ? { silent: true, symbol: 'none', data: lines } : undefined,
      },
    ],
  }
}
