import type { MikroORM } from '@mikro-orm/core'
import { Router } from 'express'
import { pipeChunks, rest } from '../../http/rest.js'
import { badInput } from '../../errors.js'
import { Direction } from '../direction/direction.entity.js'
import { Organization } from '../organization/organization.entity.js'
import { roadmapProgress } from '../progress/progress.service.js'
import { Roadmap } from '../roadmap/roadmap.entity.js'
import { progressWorkbook } from './report-xlsx.js'
import { filterFromQuery, valuesCsv } from './values-csv.js'

export function exportRoutes(orm: MikroORM): Router {
  const router = Router()
  router.get('/values.csv', rest(orm, async ({ em, actor, req, res }) => {
    const { filter, delimiter } = filterFromQuery(req.query as Record<string, unknown>)
    const chunks = valuesCsv(em, actor, filter, delimiter)
    res.setHeader('content-type', 'text/csv; charset=utf-8')
    res.setHeader('content-disposition', `attachment; filename="orientir-values.csv"`)
    await pipeChunks(res, chunks)
  }))
  router.get('/report.xlsx', rest(orm, async ({ em, actor, req, res }) => {
    const { roadmapId, year, organizationId } = reportParams(req.query as Record<string, unknown>)
    const progress = await roadmapProgress(em, actor, roadmapId, year, organizationId)
    const roadmap = await em.findOneOrFail(Roadmap, { id: roadmapId }, { populate: ['municipality'] })
    const org = organizationId ? await em.findOne(Organization, { id: organizationId }) : null
    const directions = await em.find(Direction, { roadmap }, { orderBy: { position: 'asc' } })
    const buffer = await progressWorkbook(roadmap, org?.name ?? roadmap.municipality.name, progress, directions)
    res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    res.setHeader('content-disposition', `attachment; filename="orientir-report-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`Ориентир — план и факт ${year}.xlsx`)}`)
    res.end(buffer)
  }))
  return router
}

function reportParams(query: Record<string, unknown>): { roadmapId: number; year: number; organizationId: number | null } {
  const int = (key: string, required: boolean): number | null => {
    const raw = query[key]
    if (raw === undefined || raw === '') {
      if (required) throw badInput(`Укажите параметр ${key}`)
      return null
    }
    if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw badInput(`Параметр ${key}: ожидается целое число`)
    return Number(raw)
  }
  return { roadmapId: int('roadmapId', true)!, year: int('year', true)!, organizationId: int('organizationId', false) }
}
