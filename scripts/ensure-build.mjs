// Builds the server and the client when there is no build yet (a fresh clone after npm install).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync('dist/server/main.js') || !existsSync('dist/client/index.html')) {
  console.log('Сборки нет — собираю (npm run build)…')
  execSync('npm run build', { stdio: 'inherit' })
}
