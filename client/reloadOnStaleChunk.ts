// After a deploy the hashed chunks an open tab knows of are gone from the server: loading the
// next page's chunk fails. Reload once, at the page being opened, to get the new index.html;
// a second failure before any navigation succeeds is a real outage, and reloading again would
// loop, so it is left to surface as an error.
import type { Router } from 'vue-router'

const RELOADED_KEY = 'orientir:reloaded-for-stale-chunk'

export interface ReloadGuard {
  /** Reloads at `target` unless a reload for a stale chunk already happened; says whether it did. */
  reloadOnce(target: string): boolean
  /** A navigation succeeded: the next stale chunk may reload again. */
  settle(): void
}

export function createReloadGuard(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, reload: (target: string) => void): ReloadGuard {
  return {
    reloadOnce(target) {
      if (storage.getItem(RELOADED_KEY)) return false
      storage.setItem(RELOADED_KEY, target)
      reload(target)
      return true
    },
    settle() {
      storage.removeItem(RELOADED_KEY)
    },
  }
}

// Chromium, Firefox and Safari word a failed dynamic import differently; Vite's preload of a
// chunk's CSS has its own words.
export function isStaleChunkError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(message)
}

export function reloadOnStaleChunk(router: Router): void {
  const guard = createReloadGuard(window.sessionStorage, (target) => window.location.assign(target))
  let pendingTarget: string | null = null
  router.beforeEach((to) => {
    pendingTarget = to.fullPath
  })
  router.afterEach((_to, _from, failure) => {
    pendingTarget = null
    if (!failure) guard.settle()
  })
  // Route components: reload at the route that was being opened, not the one still shown.
  router.onError((error, to) => {
    pendingTarget = null
    if (isStaleChunkError(error)) guard.reloadOnce(to.fullPath)
  })
  // Any other lazy chunk (the XLSX writer, the charts): Vite reports it here.
  window.addEventListener('vite:preloadError', (event) => {
    if (guard.reloadOnce(pendingTarget ?? window.location.pathname + window.location.search + window.location.hash)) event.preventDefault()
  })
}
