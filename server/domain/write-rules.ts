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
  /** The write leaves a target value (not only clears one); when unsaid, any touch counts. */
  setsTarget?: boolean
}

const WRITING_ROLES = ['ADMIN', 'SPECIALIST', 'SCHOOL']

/** Why this writer may not write this cell, in Russian, or null when it may. */
export function writeProblem(writer: Writer, cell: CellTarget): string | null {
  if (!WRITING_ROLES.includes(writer.role)) return 'только просмотр: роль не вводит данные'
  if (writer.municipalityId !== null && writer.municipalityId !== cell.municipalityId) return 'нет доступа к другому муниципалитету'
  if (cell.lockedYears.includes(cell.year)) return `${cell.year} год закрыт для изменений`
  // a baseline year holds no target: clearing one (an empty «План» of an imported export) is fine
  if ((cell.setsTarget ?? cell.touchesTarget) && cell.year < cell.periodFrom) return `${cell.year} — базовый год: в нём вводится только факт, план не ставится`
  if (cell.organizationId !== null && cell.indicatorLevel === 'MUNICIPALITY')
    return 'показатель муниципального уровня: значения по организациям не ведутся'
  if (writer.role === 'SCHOOL') {
    if (cell.organizationId === null || cell.organizationId !== writer.organizationId) return 'пользователь школы вводит данные только своей организации'
    if (cell.touchesTarget) return 'план устанавливает специалист управления образования'
  }
  return null
}
