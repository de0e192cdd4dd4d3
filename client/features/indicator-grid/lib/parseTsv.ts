// Tab-separated text from the clipboard (Excel, LibreOffice, Google Sheets) → rows of cells. Pure.
// Excel quotes a cell that holds a tab, a newline or a quote and doubles the quotes inside.

export function parseTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  const input = text.replace(/\r\n?/g, '\n')
  let atCellStart = true
  while (i < input.length) {
    const ch = input[i]
    if (atCellStart && ch === '"') {
      const end = quotedEnd(input, i)
      if (end !== -1) {
        cell = input.slice(i + 1, end).replace(/""/g, '"')
        i = end + 1
        atCellStart = false
        continue
      }
    }
    atCellStart = false
    if (ch === '\t') {
      row.push(cell)
      cell = ''
      atCellStart = true
    } else if (ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      atCellStart = true
    } else {
      cell += ch
    }
    i++
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/** Index of the closing quote of a quoted cell starting at `start`, or -1 if it is not one. */
function quotedEnd(input: string, start: number): number {
  let i = start + 1
  while (i < input.length) {
    if (input[i] === '"') {
      if (input[i + 1] === '"') {
        i += 2
        continue
      }
      const next = input[i + 1]
      return next === undefined || next === '\t' || next === '\n' ? i : -1
    }
    i++
  }
  return -1
}
