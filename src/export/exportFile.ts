// The one entry point of the open-data exports: a cycle's data set in a format, as files with
// their names and types, read through the typed API (anonymously: only public records).
import type { Api } from '../api/client'
import type { BallotGroup, ProjectMoney } from '../api/types'
import { writePabulib } from '../pabulib/write'
import { ballotFiles, BALLOT_STATUSES } from './ballots'
import { toCsv } from './csv'
import { exportError } from './exportError'
import { almatyDay } from '../features/common/dates'
import { exportFilename, generatedAt, MIME_TYPES } from './filename'
import { toGeoJson } from './geojson'
import { exportLicence } from './licence'
import {
  districtsTable,
  onlyDistrict,
  paymentsTable,
  projectsTable,
  proposalsTable,
  type ExportTable,
} from './tables'
import type { Dataset, ExportFile, ExportOptions, Format } from './types'

/** The data sets each format can hold. */
export const FORMAT_DATASETS: Record<Format, readonly Dataset[]> = {
  csv: ['proposals', 'projects', 'payments', 'districts'],
  geojson: ['proposals', 'projects', 'districts'],
  pb: ['ballots'],
}

export function defaultDataset(format: Format): Dataset {
  return format === 'pb' ? 'ballots' : 'projects'
}

/** Refuses a combination that cannot be written, with a translatable key. */
export function checkCombination(format: Format, dataset: Dataset): void {
  if (FORMAT_DATASETS[format].includes(dataset)) return
  if (format === 'geojson' && dataset === 'payments') {
    throw exportError('export_no_geometry', 'payments have no location; export them as CSV')
  }
  throw exportError('export_format_unsupported', `${dataset} cannot be written as ${format}`)
}

const projectMoney = (api: Api, cycleId: string, options: ExportOptions): Promise<ProjectMoney[]> =>
  api.projectMoney(cycleId, options.stalledDays ?? 60, almatyDay(options.now))

async function loadTable(api: Api, options: ExportOptions, dataset: Dataset): Promise<ExportTable> {
  const id = options.cycle.id
  switch (dataset) {
    case 'proposals': {
      const [layer, categories, districts] = await Promise.all([
        api.proposalLayer(id),
        api.listCategories(),
        api.districtSummaries(id),
      ])
      return proposalsTable(id, layer, categories, districts)
    }
    case 'projects': {
      const [money, layer, categories, districts] = await Promise.all([
        projectMoney(api, id, options),
        api.projectLayer(id),
        api.listCategories(),
        api.districtSummaries(id),
      ])
      return projectsTable(id, money, layer, categories, districts)
    }
    case 'payments': {
      const [payments, districts] = await Promise.all([
        api.cyclePayments(id),
        api.districtSummaries(id),
      ])
      return paymentsTable(id, payments, districts)
    }
    case 'districts': {
      const [layer, proposals, money] = await Promise.all([
        api.districtLayer(id),
        api.proposalLayer(id),
        projectMoney(api, id, options),
      ])
      return districtsTable(id, options.cycle.is_demo, layer, proposals, money)
    }
    case 'ballots':
      throw exportError('export_format_unsupported', 'ballots are written as Pabulib only')
  }
}

/** Each ballot proposal's group, read from its detail; empty where the cycle has no groups. */
async function ballotGroups(api: Api, proposalIds: string[]): Promise<Map<string, BallotGroup>> {
  const groups = new Map<string, BallotGroup>()
  const first = proposalIds[0]
  // Every proposal of a cycle with groups has one (the database derives it), so one look
  // tells whether the cycle has any.
  if (!first || !(await api.proposalDetail(first)).ballot_group) return groups
  for (const id of proposalIds) {
    const group = (await api.proposalDetail(id)).ballot_group
    if (group) groups.set(id, group)
  }
  return groups
}

async function pbFiles(api: Api, options: ExportOptions): Promise<ExportFile[]> {
  const { cycle, now } = options
  // Refused (phase_closed) while voting has not ended: asked first, before anything else.
  const ballots = await api.cycleBallots(cycle.id)
  const [cities, districts, proposals, projects, categories] = await Promise.all([
    api.listCities(),
    api.districtSummaries(cycle.id),
    api.proposalLayer(cycle.id),
    api.projectLayer(cycle.id),
    api.listCategories(),
  ])
  const city = cities.find((c) => c.id === cycle.city_id)
  const chosen = options.district ? districts.filter((d) => d.id === options.district) : districts
  const onBallot = proposals.features
    .map((f) => f.properties)
    .filter((p) => BALLOT_STATUSES.includes(p.status))
    .filter((p) => chosen.some((d) => d.id === p.district_id))
  const funded = new Set<string>()
  for (const f of projects.features) {
    if (f.properties.proposal_id) funded.add(f.properties.proposal_id)
  }
  const stamp = generatedAt(now)
  const files = ballotFiles({
    cycle,
    city: city ?? { name_kk: cycle.city_id, name_ru: cycle.city_id, name_en: cycle.city_id },
    districts: chosen,
    proposals: onBallot,
    funded,
    categories,
    ballots,
    groups: await ballotGroups(
      api,
      onBallot.map((p) => p.id),
    ),
    licence: exportLicence(cycle.city_id, 'ballots').licence,
    generatedAt: stamp,
  })
  if (files.length === 0) throw exportError('export_empty', 'no proposal was on the ballot')
  return files.map((f) => ({
    filename: exportFilename(cycle.id, 'ballots', 'pb', now, [
      f.district.id,
      ...(f.group ? [f.group.code] : []),
    ]),
    mimeType: MIME_TYPES.pb,
    content: writePabulib(f.instance),
  }))
}

/**
 * Every file of an export: one for CSV and GeoJSON, one per district (and ballot group) for
 * Pabulib. Throws an ApiError with a key under `errors.` for what cannot be exported.
 */
export async function exportFiles(api: Api, options: ExportOptions): Promise<ExportFile[]> {
  const { cycle, format, now } = options
  const dataset = options.dataset ?? defaultDataset(format)
  checkCombination(format, dataset)
  if (options.district) {
    const districts = await api.districtSummaries(cycle.id)
    if (!districts.some((d) => d.id === options.district)) {
      throw exportError('export_district_unknown', `${options.district} is not in ${cycle.id}`)
    }
  }
  if (format === 'pb') return pbFiles(api, options)

  let table = await loadTable(api, options, dataset)
  if (options.district) table = onlyDistrict(table, options.district)
  const licence = exportLicence(cycle.city_id, dataset)
  const stamp = generatedAt(now)
  const filename = exportFilename(
    cycle.id,
    dataset,
    format,
    now,
    options.district ? [options.district] : [],
  )
  const content =
    format === 'csv'
      ? toCsv(table, licence.licence, stamp)
      : toGeoJson(table, licence, stamp, `Qatysu, cycle ${cycle.id}, ${dataset}`)
  return [{ filename, mimeType: MIME_TYPES[format], content }]
}

/**
 * One file. A Pabulib export of a cycle with several districts is one file per district: name
 * the district, or call exportFiles for all of them.
 */
export async function exportFile(api: Api, options: ExportOptions): Promise<ExportFile> {
  const files = await exportFiles(api, options)
  if (files.length !== 1) {
    throw exportError('export_district_required', files.map((f) => f.filename).join(', '))
  }
  return files[0]!
}
