import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The extracted tables live in seeds/source/, committed beside the code. This module runs
// both from seeds/ (tests) and from dist/seeds/ (the compiled server), so walk up to it.
function sourceDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'seeds', 'source')
    if (existsSync(candidate)) return candidate
    if (existsSync(join(dir, 'source', 'targets-001.tsv'))) return join(dir, 'source')
    dir = dirname(dir)
  }
  throw new Error('seeds/source not found')
}

export function readSourceText(name: string): string {
  return readFileSync(join(sourceDir(), name), 'utf8')
}

/** Rows of a TSV file in seeds/source as objects keyed by the header row. */
export function readSourceTsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readSourceText(name).replace(/\r/g, '').split('\n').filter((l) => l.length > 0)
  const keys = header.split('\t')
  return lines.map((line) => {
    const cells = line.split('\t')
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']))
  })
}

export function readSourceJson<T>(name: string): T {
  return JSON.parse(readSourceText(name)) as T
}
