// Writes a PabulibInstance as a `.pb` file: META, PROJECTS and VOTES, each with its header row,
// `;` between cells, LF line ends, no BOM (Pabulib's own checker reads files as plain UTF-8).
// A cell is quoted when it holds `;`, `"`, a line break or surrounding spaces, CSV-style.
import type { PabulibInstance, PabulibProject, PabulibVote } from './types'

function cell(value: string): string {
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

const row = (cells: readonly string[]) => cells.map(cell).join(';')

/** The structured values win over `fields`: ids, cost, the ballot and its points. */
function projectCell(p: PabulibProject, column: string): string {
  if (column === 'project_id') return p.id
  if (column === 'cost') return p.fields.cost ?? String(p.cost)
  return p.fields[column] ?? ''
}

function voteCell(v: PabulibVote, column: string): string {
  if (column === 'voter_id') return v.voterId
  if (column === 'vote') return v.vote.join(',')
  if (column === 'points') return v.points ? v.points.join(',') : ''
  return v.fields[column] ?? ''
}

/** The `.pb` text of an instance. Throws for a project id a ballot could not list. */
export function writePabulib(instance: PabulibInstance): string {
  for (const p of instance.projects) {
    if (p.id === '' || /[,;\s"]/.test(p.id)) throw new Error(`unusable project id "${p.id}"`)
  }
  const lines = ['META', 'key;value', ...instance.meta.map(([k, v]) => row([k, v]))]
  lines.push('PROJECTS', row(instance.projectColumns))
  for (const p of instance.projects) {
    lines.push(row(instance.projectColumns.map((c) => projectCell(p, c))))
  }
  lines.push('VOTES', row(instance.voteColumns))
  for (const v of instance.votes) {
    lines.push(row(instance.voteColumns.map((c) => voteCell(v, c))))
  }
  return lines.join('\n') + '\n'
}
