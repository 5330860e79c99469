/**
 * Common political abbreviations and nicknames, expanded to the words a fact-check would use
 * ("AOC" → "Alexandria Ocasio-Cortez"). Applied to queries and documents alike, before stop
 * words and stemming, so both sides meet on the full form. Keys are lower-case single words.
 */
const ALIASES: Readonly<Record<string, string>> = {
  aoc: 'alexandria ocasio cortez',
  flotus: 'first lady',
  scotus: 'supreme court',
  sotu: 'state of the union',
  gop: 'republican party',
  dnc: 'democratic national committee',
  rnc: 'republican national committee',
  dems: 'democrats',
  repubs: 'republicans',
  hrc: 'hillary clinton',
  djt: 'donald trump',
  rbg: 'ruth bader ginsburg',
  cisa: 'cybersecurity and infrastructure security agency',
  odni: 'office of the director of national intelligence',
  dni: 'director of national intelligence',
  eac: 'election assistance commission',
  usps: 'postal service',
  cdc: 'centers for disease control',
  nra: 'national rifle association',
  blm: 'black lives matter',
  nyc: 'new york city',
};

/** The words with aliases expanded (the alias itself is kept). */
export function expandAliases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    const full = ALIASES[w];
    if (full) out.push(...full.split(' '));
  }
  return out;
}
