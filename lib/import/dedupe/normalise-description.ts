/** "Café  Müller #12," → "CAFE MULLER 12": case, accents, punctuation and spacing never decide a match. */
export function normaliseDescription(description: string): string {
  return description
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}
