// The settings of every SQLite connection the app opens; the bench's raw reference opens its
// connection with the same, so that both sides write under the same rules.

/**
 * WAL lets readers go on while one writer writes; foreign keys are checked on every write;
 * busy_timeout waits instead of failing at once.
 */
export const SQLITE_PRAGMAS = ['journal_mode = WAL', 'foreign_keys = ON', 'busy_timeout = 5000'] as const
