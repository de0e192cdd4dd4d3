// The built web app: hashed assets cached for a year, the HTML pages revalidated on every load,
// so a deploy reaches an open browser on its next page load.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import express, { Router, type Response } from 'express'

export const IMMUTABLE = 'public, max-age=31536000, immutable'

/** For the HTML pages: always ask the server (a 304 when nothing changed). */
export function noCache(res: Response): void {
  res.setHeader('cache-control', 'no-cache')
}

export function clientRoutes(clientDir: string): Router {
  const router = Router()
  const indexHtml = join(clientDir, 'index.html')
  if (!existsSync(indexHtml)) return router
  router.use(
    express.static(clientDir, {
      index: 'index.html',
      cacheControl: false,
      // Vite puts a content hash in every name under assets/: a changed file gets a new name.
      setHeaders: (res, path) => res.setHeader('cache-control', path.startsWith(join(clientDir, 'assets')) ? IMMUTABLE : 'no-cache'),
    }),
  )
  // Client-side routes (/roadmaps/3 …) all load the same page. A missing /assets/ file stays a
  // 404: answering it with index.html would hand a stale tab HTML where it expects a script.
  router.get(/^\/(?!graphql|export|healthz|readyz|assets\/).*/, (_req, res) => {
    noCache(res)
    res.sendFile(indexHtml)
  })
  return router
}
