import { doc000 } from './doc-000.js'
import { doc001 } from './doc-001.js'
import { doc002 } from './doc-002.js'
import { doc003 } from './doc-003.js'
import { doc004 } from './doc-004.js'
import type { SeedMunicipality } from './seed-types.js'

/** The five municipalities of the seed documents, in the documents' order. */
export function documentSeeds(): SeedMunicipality[] {
  return [doc000(), doc001(), doc002(), doc003(), doc004()]
}
