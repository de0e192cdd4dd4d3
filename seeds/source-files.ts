import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Everything the seeds and their tests read lives in the repository under seeds/:
//   seeds/documents/          the five source documents, verbatim (UTF-8 text)
//   seeds/documents/tables/   their tables extracted as TSV/JSON (see its README)
//   seeds/source/             our own small extractions made once from the documents
// This module runs both from seeds/ (tests) and from dist/seeds/ (the compiled server),
// so it walks up to the repository's seeds/ folder.
function seedsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'documents', 'tables'))) return dir
    if (existsSync(join(dir, 'seeds', 'documents', 'tables'))) return join(dir, 'seeds')
    dir = dirname(dir)
  }
  throw new Error('Папка seeds/documents не найдена рядом с программой')
}

/** The numbers of the five documents, as their file names begin. */
export type DocumentNumber = '000' | '001' | '002' | '003' | '004'

const DOCUMENT_FILES: Record<DocumentNumber, string> = {
  '000': '000_500da1ccba1261cb.txt',
  '001': '001_3134f12542d0d45a.txt',
  '002': '002_f27df71561c99712.txt',
  '003': '003_332c140748f4c201.txt',
  '004': '004_c093c18f34ac49b1.txt',
}

/** The full text of one source document. */
export function readDocument(number: DocumentNumber): string {
  return readFileSync(join(seedsDir(), 'documents', DOCUMENT_FILES[number]), 'utf8')
}

/** A file of seeds/documents/tables or, for our own extractions, of seeds/source. */
export function readSourceText(name: string): string {
  const root = seedsDir()
  const table = join(root, 'documents', 'tables', name)
  return readFileSync(existsSync(table) ? table : join(root, 'source', name), 'utf8')
}

/** Rows of a TSV table as objects keyed by the header row. */
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
