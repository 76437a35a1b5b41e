// leaflet.markercluster extends the global `L`; make sure it exists before that module runs.
import L from 'leaflet'

;(globalThis as unknown as { L: typeof L }).L = L
