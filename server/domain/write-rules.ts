// Who may write which cell: the one rule the server enforces and the grid shows before typing.
// Pure: no ORM, no GraphQL, so the web app imports it as it is.

export interface Writer {
  role: string
  /** null: every municipality of the install. */
  municipalityId: number | null
  organizationId: number | null
}

export interface CellTarget {
  municipalityId: number
  /** null: the municipality's own row. */
  organizationId: number | null
  year: number
  lockedYears: readonly number[]
  /** First year of the roadmap's period; the years before it are baseline: facts only. */
  periodFrom: number
  indicatorLevel: string
  touchesTarget: boolean
  /** A number is written into План (not only cleared). */
  setsTarget?: boolean
}

const WRITING_ROLES = ['ADMIN', 'SPECIALIST', 'SCHOOL']

/** Why this writer may not write this cell, in Russian, or null when it may. */
export function writeProblem(writer: Writer, cell: CellTarget): string | null {
  return accessProblem(writer, cell) ?? cellStateProblem(cell)
}

/** The part of writeProblem that is about who writes (role, municipality, school, plan): a refusal of access. */
export function accessProblem(writer: Writer, cell: Pick<CellTarget, 'municipalityId' | 'organizationId' | 'touchesTarget'>): string | null {
  if (!WRITING_ROLES.includes(writer.role)) return 'только просмотр: роль не вводит данные'
  if (writer.municipalityId !== null && writer.municipalityId !== cell.municipalityId) return 'нет доступа к другому муниципалитету'
  if (writer.role === 'SCHOOL') {
    if (cell.organizationId === null || cell.organizationId !== writer.organizationId) return 'пользователь школы вводит данные только своей организации'
    if (cell.touchesTarget) return 'план устанавливает специалист управления образования'
  }
  return null
}

/** The part of writeProblem that is about the cell, whoever writes it. */
export function cellStateProblem(cell: CellTarget): string | null {
  if (cell.lockedYears.includes(cell.year)) return `${cell.year} год закрыт для изменений`
  if (cell.setsTarget && cell.year < cell.periodFrom) return `${cell.year} — базовый год: в нём вводится только факт, план не ставится`
  if (cell.organizationId !== null && cell.indicatorLevel === 'MUNICIPALITY')
    return 'показатель муниципального уровня: значения по организациям не ведутся'
  return null
}
