import pg from 'pg'

/** Empties the test database so the server migrates and seeds it from nothing. */
export async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('drop schema if exists public cascade; create schema public;')
  } finally {
    await client.end()
  }
}
