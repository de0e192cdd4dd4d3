import type { MikroORM } from '@mikro-orm/core'
import { Router } from 'express'
import { pipeChunks, rest } from '../../http/rest.js'
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
  return router
}
