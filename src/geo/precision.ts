// How precisely the app keeps a chosen point: six decimals of a degree, about 0.1 m, finer than
// a tap can aim and the precision of every coordinate the API returns.
export function roundPoint([lon, lat]: readonly [number, number]): [number, number] {
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]
}
