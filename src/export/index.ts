// Open-data exports of a cycle: CSV, GeoJSON and Pabulib. See README, "Open data".
export { exportFile, exportFiles, defaultDataset, FORMAT_DATASETS } from './exportFile'
export { DATASETS, FORMATS } from './types'
export type { Dataset, ExportCycle, ExportFile, ExportOptions, Format } from './types'
