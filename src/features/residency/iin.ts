// The ИИН (individual identification number) check, as the database applies it
// (app_private.normalized_iin): 12 digits; the first 11 weighted 1..11, mod 11; when that gives
// 10, weighted 3..11,1,2, mod 11; when that gives 10 too, no such number is issued. Pure.

const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

/** The check digit of the first 11 digits, or null when none exists. */
export function iinCheckDigit(first11: string): number | null {
  if (!/^[0-9]{11}$/.test(first11)) return null
  const weighted = (weights: number[]) =>
    weights.reduce((sum, w, i) => sum + w * Number(first11[i]), 0) % 11
  let check = weighted(FIRST)
  if (check === 10) check = weighted(SECOND)
  return check === 10 ? null : check
}

/** The ИИН without spaces, or null when it is not 12 digits with a valid check digit. */
export function normalizeIin(input: string): string | null {
  const iin = input.replace(/\s/g, '')
  if (!/^[0-9]{12}$/.test(iin)) return null
  return iinCheckDigit(iin.slice(0, 11)) === Number(iin[11]) ? iin : null
}
