// npm run seed:synthetic -- --municipalities 60 --schools 40 --indicators 150 [--years 2018-2025] [--seed N]
// Adds synthetic municipalities for load checks to the database named by DATABASE_URL. Never run
// by npm start or npm run seed: synthetic data is only ever asked for by name.
import 'reflect-metadata'
import { formatCount, formatSeconds, insertSynthetic } from '../modules/seed/synthetic-insert.js'
import { SYNTHETIC_USAGE, generateSynthetic, parseSyntheticArgs, type SyntheticOptions } from '../modules/seed/synthetic.js'
import { DEFAULT_DATABASE_URL, openOrm } from '../orm.js'

const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(SYNTHETIC_USAGE)
  process.exit(0)
}

let options: SyntheticOptions
try {
  options = parseSyntheticArgs(argv)
} catch (error) {
  console.error(`Ошибка: ${(error as Error).message}\n\n${SYNTHETIC_USAGE}`)
  process.exit(2)
}

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL
console.log(
  `Синтетические данные → ${url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}: ${options.municipalities} муницип., ` +
    `${options.schools} школ, ${options.indicators} показателей, ${options.yearFrom}–${options.yearTo}, зерно ${options.seed}`,
)
const orm = await openOrm(url)
try {
  const report = await insertSynthetic(orm.em.fork(), generateSynthetic(options), console.log)
  const rate = report.valueRows / Math.max(report.seconds, 0.001)
  console.log(
    `Готово: добавлено муниципалитетов ${report.created.length}, уже были ${report.skipped.length}; ` +
      `значений ${formatCount(report.valueRows)} за ${formatSeconds(report.seconds)} (${formatCount(rate)} строк/с)`,
  )
} finally {
  await orm.close()
}
