import 'reflect-metadata'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, readConfig, type Config } from './config.js'
import { logger } from './logger.js'
import { StartError, startServer } from './server-start.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

let config: Config
try {
  config = readConfig()
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  // Plain text, not a log line: the logger's own settings may be what is wrong.
  process.stderr.write(`${err.message}\nСервер не запущен. Переменные окружения описаны в README (раздел «Конфигурация»).\n`)
  process.exit(1)
}
logger.level = config.logLevel

let started: Awaited<ReturnType<typeof startServer>>
try {
  started = await startServer({
    port: config.port,
    host: config.host,
    databaseUrl: config.databaseUrl,
    clientDir: join(root, 'dist', 'client'),
    adminPassword: config.adminPassword,
    isDevelopment: config.isDevelopment,
    trustProxy: config.trustProxy,
  })
} catch (err) {
  // Logged through the logger, whose error serializer keeps SQL values out of the message.
  if (err instanceof StartError) logger.fatal({ err: err.cause }, `${err.message}. Сервер не запущен.`)
  else logger.fatal({ err }, 'Ошибка при подготовке базы данных или сервера. Сервер не запущен.')
  process.exit(1)
}
const address = started.server.address()
logger.info(`Ориентир запущен: http://localhost:${typeof address === 'object' && address ? address.port : config.port}/ (GraphQL: /graphql)`)

// SIGTERM from systemd or docker, SIGINT from Ctrl+C: finish what is in flight, then exit;
// past the deadline, or on a second signal, exit at once.
let isStopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (isStopping) {
      logger.warn(`Повторный ${signal}: выхожу, не дожидаясь запросов`)
      process.exit(1)
    }
    isStopping = true
    logger.info(`Получен ${signal}: дожидаюсь начатых запросов (не дольше ${config.shutdownTimeoutMs / 1000} с) и останавливаюсь`)
    setTimeout(() => {
      logger.error(`Запросы не завершились за ${config.shutdownTimeoutMs / 1000} с: выхожу принудительно`)
      process.exit(1)
    }, config.shutdownTimeoutMs).unref()
    started.close().then(
      () => {
        logger.info('Ориентир остановлен')
        process.exit(0)
      },
      (err: unknown) => {
        logger.error({ err }, 'Ошибка при остановке')
        process.exit(1)
      },
    )
  })
}
