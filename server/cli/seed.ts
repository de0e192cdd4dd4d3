import 'reflect-metadata'
import { documentSeeds } from '../../seeds/index.js'
import { seedMunicipalities } from '../modules/seed/seed.service.js'
import { ensureAdmin } from '../modules/user/auth.service.js'
import { openOrm } from '../orm.js'

const orm = await openOrm()
const em = orm.em.fork()
await ensureAdmin(em, process.env.ADMIN_PASSWORD || undefined, console.log)
const report = await seedMunicipalities(em, documentSeeds())
console.log(`Загружено: ${report.created.join(', ') || 'ничего'}; уже были: ${report.skipped.join(', ') || 'нет'}`)
await orm.close()
