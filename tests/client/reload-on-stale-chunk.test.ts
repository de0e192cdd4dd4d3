import { describe, expect, it } from 'vitest'
import { createReloadGuard, isStaleChunkError } from '../../client/reloadOnStaleChunk.js'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('reloading a tab whose chunks a deploy removed', () => {
  it('reloads once at the page being opened', () => {
    const reloads: string[] = []
    const guard = createReloadGuard(memoryStorage(), (target) => reloads.push(target))
    expect(guard.reloadOnce('/roadmaps/2')).toBe(true)
    expect(reloads).toEqual(['/roadmaps/2'])
  })

  it('does not reload again when the chunk is still missing after the reload', () => {
    const storage = memoryStorage()
    const reloads: string[] = []
    createReloadGuard(storage, (target) => reloads.push(target)).reloadOnce('/roadmaps/2')
    // The reloaded page makes a new guard over the same session storage.
    const afterReload = createReloadGuard(storage, (target) => reloads.push(target))
    expect(afterReload.reloadOnce('/roadmaps/2')).toBe(false)
    expect(reloads).toEqual(['/roadmaps/2'])
  })

  it('reloads again for a later deploy once a navigation has succeeded', () => {
    const storage = memoryStorage()
    const reloads: string[] = []
    const guard = createReloadGuard(storage, (target) => reloads.push(target))
    guard.reloadOnce('/roadmaps/2')
    guard.settle()
    expect(guard.reloadOnce('/roadmaps/2/dashboard')).toBe(true)
    expect(reloads).toEqual(['/roadmaps/2', '/roadmaps/2/dashboard'])
  })

  it('recognises a failed dynamic import in each browser and nothing else', () => {
    expect(isStaleChunkError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/RoadmapPage-abc.js'))).toBe(true)
    expect(isStaleChunkError(new TypeError('error loading dynamically imported module: http://x/assets/a.js'))).toBe(true)
    expect(isStaleChunkError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isStaleChunkError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true)
    expect(isStaleChunkError(new Error('Сессия истекла'))).toBe(false)
    expect(isStaleChunkError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false)
  })
})
