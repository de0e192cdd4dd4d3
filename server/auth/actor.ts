import { ChangeSource, Role } from '../domain/enums.js'

/** Who is calling: a signed-in user or an API token, with the scope they may see. */
export interface Actor {
  role: Role
  name: string
  userId: number | null
  apiTokenId: number | null
  /** null: every municipality of the install. */
  municipalityId: number | null
  /** Set for SCHOOL: the one organisation whose facts it keeps. */
  organizationId: number | null
  source: ChangeSource
}
