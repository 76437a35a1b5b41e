// Licence notices the map must always show, whatever the screen size.

export const GEOKZ_ATTRIBUTION =
  'District boundaries: geokz (A. Rodionov), CC BY 4.0, based on OCHA COD-AB'
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)'

/**
 * Notices for a city's boundaries. Astana's current districts split one geokz district
 * along an OpenStreetMap boundary (Sarayshyk), so they carry OSM's ODbL notice too.
 */
export function boundaryAttribution(cityId: string | null): string[] {
  return cityId === 'astana' ? [GEOKZ_ATTRIBUTION, OSM_ATTRIBUTION] : [GEOKZ_ATTRIBUTION]
}
