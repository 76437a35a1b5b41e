// Reads a Pabulib `.pb` file (https://pabulib.org/format) into a PabulibInstance, and refuses a
// broken one with the number of the line at fault. Accepts what real files contain: a BOM, CRLF,
// LF or both, no final newline, blank lines, spaces around cells, quoted cells (with `;`, `"` or
// newlines inside), section names in any letter case and order, decimal costs (also with a
// decimal comma), `None` for "no value", and every vote type the format names.
import {
  VOTE_TYPES,
  type PabulibInstance,
  type PabulibProject,
  type PabulibVote,
  type VoteType,
} from './types'

export class PabulibError extends Error {
  /** 1-based line of the file at fault; null when the fault is the file as a whole. */
  readonly line: number | null

  constructor(line: number | null, message: string) {
    super(line === null ? message : `line ${line}: ${message}`)
    this.name = 'PabulibError'
    this.line = line
  }
}

interface Row {
  /** The line the row starts on. */
  line: number
  cells: string[]
}

/** Splits the text into `;`-separated rows, CSV-quoted, with the line each row starts on. */
function tokenize(text: string): Row[] {
  const rows: Row[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  let i = 0
  const endCell = () => {
    cells.push(quoted ? cell : cell.trim())
    cell = ''
    quoted = false
  }
  const endRow = () => {
    endCell()
    rows.push({ line: rowLine, cells })
    cells = []
  }
  while (i < text.length) {
    const c = text[i]!
    if (c === '"' && !quoted && cell.trim() === '') {
      // A quoted cell: runs to the next lone quote; "" is a quote inside it.
      const startLine = line
      let value = ''
      i++
      for (;;) {
        if (i >= text.length) {
          throw new PabulibError(startLine, 'a quoted cell is never closed')
        }
        const q = text[i]!
        if (q === '"') {
          if (text[i + 1] === '"') {
            value += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++
        value += q
        i++
      }
      while (text[i] === ' ' || text[i] === '\t') i++
      const next = text[i]
      if (next !== undefined && next !== ';' && next !== '\n' && next !== '\r') {
        throw new PabulibError(line, `unexpected ${JSON.stringify(next)} after a quoted cell`)
      }
      cell = value
      quoted = true
      continue
    }
    if (c === ';') {
      endCell()
      i++
    } else if (c === '\n' || c === '\r') {
      endRow()
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      rowLine = line
    } else {
      cell += c
      i++
    }
  }
  if (cell !== '' || quoted || cells.length > 0) endRow()
  return rows.filter((r) => r.cells.some((x) => x !== ''))
}

const SECTIONS = ['meta', 'projects', 'votes'] as const
type Section = (typeof SECTIONS)[number]

function sectionOf(row: Row): Section | null {
  const cells = row.cells.filter((c, i) => i === 0 || c !== '')
  if (cells.length !== 1) return null
  const name = cells[0]!.toLowerCase()
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : null
}

const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/

/** A number written as digits with an optional fraction (`.` or `,`), or null. */
export function parseDecimal(text: string): number | null {
  const t = text.trim()
  return DECIMAL.test(t) ? Number(t.replace(',', '.')) : null
}

const isNone = (value: string) => value === '' || value.toLowerCase() === 'none'

/** Drops the empty cells a row may trail (`a;b;`) and checks it against its header. */
function fit(row: Row, header: string[], section: string): string[] {
  const cells = [...row.cells]
  while (cells.length > header.length && cells[cells.length - 1] === '') cells.pop()
  if (cells.length !== header.length) {
    throw new PabulibError(
      row.line,
      `${section} row has ${cells.length} cells, its header has ${header.length}`,
    )
  }
  return cells
}

function header(row: Row | undefined, section: string, first: string, after: number): string[] {
  if (!row) throw new PabulibError(after, `${section} has no header row`)
  const cells = [...row.cells]
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop()
  const names = cells.map((c) => c.toLowerCase())
  if (names[0] !== first) {
    throw new PabulibError(row.line, `the ${section} header must start with ${first}`)
  }
  const seen = new Set<string>()
  for (const name of names) {
    if (name === '') throw new PabulibError(row.line, `the ${section} header has an empty name`)
    if (seen.has(name)) throw new PabulibError(row.line, `the ${section} header repeats ${name}`)
    seen.add(name)
  }
  return names
}

function record(names: string[], cells: string[]): Record<string, string> {
  const fields: Record<string, string> = {}
  names.forEach((name, i) => {
    const value = cells[i]!
    if (!isNone(value)) fields[name] = value
  })
  return fields
}

function list(value: string | undefined): string[] {
  if (value === undefined || isNone(value)) return []
  return value.split(',').map((v) => v.trim())
}

function metaCount(
  meta: Map<string, { value: string; line: number }>,
  key: string,
  actual: number,
  what: string,
) {
  const entry = meta.get(key)
  if (!entry) return
  const n = /^\d+$/.test(entry.value) ? Number(entry.value) : NaN
  if (!Number.isInteger(n)) throw new PabulibError(entry.line, `${key} must be a whole number`)
  if (n !== actual) {
    throw new PabulibError(entry.line, `${key} is ${n} but the file has ${actual} ${what}`)
  }
}

/** Reads a `.pb` file; throws a PabulibError naming the line for a broken one. */
export function parsePabulib(text: string): PabulibInstance {
  const rows = tokenize(text.startsWith('\uFEFF') ? text.slice(1) : text)
  if (rows.length === 0) throw new PabulibError(null, 'the file is empty')
  const sections = new Map<Section, { line: number; rows: Row[] }>()
  let current: Row[] | null = null
  for (const row of rows) {
    const section = sectionOf(row)
    if (section) {
      if (sections.has(section)) {
        throw new PabulibError(row.line, `a second ${section.toUpperCase()} section`)
      }
      current = []
      sections.set(section, { line: row.line, rows: current })
    } else if (current) {
      current.push(row)
    } else {
      throw new PabulibError(row.line, 'expected a section name (META, PROJECTS or VOTES)')
    }
  }
  const part = (name: Section) => {
    const found = sections.get(name)
    if (!found) throw new PabulibError(null, `the file has no ${name.toUpperCase()} section`)
    return found
  }

  // META: key;value rows.
  const metaPart = part('meta')
  const metaHeader = header(metaPart.rows[0], 'META', 'key', metaPart.line)
  if (metaHeader.length !== 2 || metaHeader[1] !== 'value') {
    throw new PabulibError(metaPart.rows[0]!.line, 'the META header must be key;value')
  }
  const meta: [string, string][] = []
  const metaLines = new Map<string, { value: string; line: number }>()
  for (const row of metaPart.rows.slice(1)) {
    const cells = [...row.cells]
    while (cells.length > 2 && cells[cells.length - 1] === '') cells.pop()
    if (cells.length !== 2) {
      throw new PabulibError(row.line, `a META row must be key;value, not ${cells.length} cell(s)`)
    }
    const [key, value] = cells as [string, string]
    if (key === '') throw new PabulibError(row.line, 'a META row has no key')
    if (metaLines.has(key)) throw new PabulibError(row.line, `META repeats ${key}`)
    meta.push([key, value])
    metaLines.set(key, { value, line: row.line })
  }
  const voteTypeEntry = metaLines.get('vote_type')
  if (!voteTypeEntry) throw new PabulibError(metaPart.line, 'META has no vote_type')
  const voteType = voteTypeEntry.value.toLowerCase() as VoteType
  if (!VOTE_TYPES.includes(voteType)) {
    throw new PabulibError(
      voteTypeEntry.line,
      `unknown vote_type ${voteTypeEntry.value} (expected ${VOTE_TYPES.join(', ')})`,
    )
  }
  const budgetEntry = metaLines.get('budget')
  if (!budgetEntry) throw new PabulibError(metaPart.line, 'META has no budget')
  const budget = parseDecimal(budgetEntry.value)
  if (budget === null || budget < 0) {
    throw new PabulibError(budgetEntry.line, `budget ${budgetEntry.value} is not a number`)
  }

  // PROJECTS: project_id, cost, then any columns.
  const projectPart = part('projects')
  const projectColumns = header(projectPart.rows[0], 'PROJECTS', 'project_id', projectPart.line)
  if (!projectColumns.includes('cost')) {
    throw new PabulibError(projectPart.rows[0]!.line, 'the PROJECTS header has no cost column')
  }
  const projects: PabulibProject[] = []
  const projectIds = new Set<string>()
  for (const row of projectPart.rows.slice(1)) {
    const fields = record(projectColumns, fit(row, projectColumns, 'PROJECTS'))
    const id = fields.project_id
    if (id === undefined) throw new PabulibError(row.line, 'a project has no project_id')
    if (projectIds.has(id)) throw new PabulibError(row.line, `project ${id} is listed twice`)
    const cost = parseDecimal(fields.cost ?? '')
    if (cost === null || cost < 0) {
      throw new PabulibError(row.line, `project ${id} has no valid cost (${fields.cost ?? 'none'})`)
    }
    projectIds.add(id)
    projects.push({ id, cost, fields })
  }

  // VOTES: voter_id, then any columns; `vote` (and `points`) are comma lists.
  const votePart = part('votes')
  const voteColumns = header(votePart.rows[0], 'VOTES', 'voter_id', votePart.line)
  if (!voteColumns.includes('vote')) {
    throw new PabulibError(votePart.rows[0]!.line, 'the VOTES header has no vote column')
  }
  const withPoints = voteType === 'cumulative' || voteType === 'scoring'
  const votes: PabulibVote[] = []
  const voterIds = new Set<string>()
  for (const row of votePart.rows.slice(1)) {
    const fields = record(voteColumns, fit(row, voteColumns, 'VOTES'))
    const voterId = fields.voter_id
    if (voterId === undefined) throw new PabulibError(row.line, 'a vote has no voter_id')
    if (voterIds.has(voterId)) throw new PabulibError(row.line, `voter ${voterId} votes twice`)
    voterIds.add(voterId)
    const vote = list(fields.vote)
    const seen = new Set<string>()
    for (const id of vote) {
      if (!projectIds.has(id)) {
        throw new PabulibError(row.line, `voter ${voterId} votes for unknown project "${id}"`)
      }
      if (seen.has(id)) throw new PabulibError(row.line, `voter ${voterId} lists ${id} twice`)
      seen.add(id)
    }
    let points: number[] | null = null
    if (fields.points !== undefined) {
      points = list(fields.points).map((p) => {
        const n = parseDecimal(p)
        if (n === null) throw new PabulibError(row.line, `points "${p}" is not a number`)
        return n
      })
      if (points.length !== vote.length) {
        throw new PabulibError(
          row.line,
          `voter ${voterId} has ${vote.length} project(s) but ${points.length} point value(s)`,
        )
      }
    } else if (withPoints && vote.length > 0) {
      throw new PabulibError(row.line, `a ${voteType} ballot needs points (voter ${voterId})`)
    }
    votes.push({ voterId, vote, points, fields })
  }
  metaCount(metaLines, 'num_projects', projects.length, 'projects')
  metaCount(metaLines, 'num_votes', votes.length, 'votes')
  return { meta, voteType, budget, projectColumns, projects, voteColumns, votes }
}
