// Where the keys move: Enter and Tab to the next cell that takes input (never a direction's row, a
// read-only column or row), Ctrl+arrows to the edge of the data as in Excel, Ctrl+Home/End to
// its corners. Pure: the grid is seen through the questions below.

export interface CellPos {
  rowIndex: number
  colId: string
}

export interface NavigableGrid {
  rowCount: number
  /** Displayed columns, left to right. */
  colIds: string[]
  isEditable(rowIndex: number, colId: string): boolean
  /** A row that holds values (a direction's row holds none). */
  isDataRow(rowIndex: number): boolean
  /** A column of values, not a label (code, name, unit). */
  isValueColumn(colId: string): boolean
  hasValue(rowIndex: number, colId: string): boolean
}

/** Enter (down) and Shift+Enter (up): the next editable cell of the column; null when none. */
export function nextEditableInColumn(grid: NavigableGrid, from: CellPos, step: 1 | -1): CellPos | null {
  for (let r = from.rowIndex + step; r >= 0 && r < grid.rowCount; r += step)
    if (grid.isEditable(r, from.colId)) return { rowIndex: r, colId: from.colId }
  return null
}

/** Tab (right) and Shift+Tab (left): the next editable cell, on to the next row at the row's end. */
export function nextEditableInRow(grid: NavigableGrid, from: CellPos, step: 1 | -1): CellPos | null {
  const cols = grid.colIds
  let c = cols.indexOf(from.colId)
  if (c < 0) return null
  for (let r = from.rowIndex; r >= 0 && r < grid.rowCount; r += step) {
    for (c += step; c >= 0 && c < cols.length; c += step) if (grid.isEditable(r, cols[c])) return { rowIndex: r, colId: cols[c] }
    c = step > 0 ? -1 : cols.length
  }
  return null
}

/**
 * Ctrl+arrow as in Excel: from a filled cell with a filled neighbour, to the last filled cell of the
 * run; otherwise to the next filled cell; with none, to the edge. Direction rows are passed over.
 */
export function edgeOfData(grid: NavigableGrid, from: CellPos, dRow: number, dCol: number): CellPos {
  const line: CellPos[] = []
  if (dRow !== 0) {
    for (let r = from.rowIndex + dRow; r >= 0 && r < grid.rowCount; r += dRow) if (grid.isDataRow(r)) line.push({ rowIndex: r, colId: from.colId })
  } else {
    const c = grid.colIds.indexOf(from.colId)
    for (let i = c + dCol; c >= 0 && i >= 0 && i < grid.colIds.length; i += dCol) line.push({ rowIndex: from.rowIndex, colId: grid.colIds[i] })
  }
  if (!line.length) return from
  const filled = (p: CellPos) => grid.hasValue(p.rowIndex, p.colId)
  if (filled(from) && filled(line[0])) {
    let i = 0
    while (i + 1 < line.length && filled(line[i + 1])) i++
    return line[i]
  }
  return line.find(filled) ?? line[line.length - 1]
}

/** Ctrl+Home: the first value of the first data row. */
export function startOfData(grid: NavigableGrid): CellPos | null {
  const rowIndex = firstIndex(grid.rowCount, (r) => grid.isDataRow(r))
  const colId = grid.colIds.find((c) => grid.isValueColumn(c)) ?? grid.colIds[0]
  return rowIndex === null || !colId ? null : { rowIndex, colId }
}

/** Ctrl+End: the last column of the last data row. */
export function endOfData(grid: NavigableGrid): CellPos | null {
  let rowIndex: number | null = null
  for (let r = grid.rowCount - 1; r >= 0 && rowIndex === null; r--) if (grid.isDataRow(r)) rowIndex = r
  const colId = grid.colIds.at(-1)
  return rowIndex === null || !colId ? null : { rowIndex, colId }
}

function firstIndex(count: number, test: (i: number) => boolean): number | null {
  for (let i = 0; i < count; i++) if (test(i)) return i
  return null
}
