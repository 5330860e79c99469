// Maps, not object literals: a user's word must never hit Object.prototype ("constructor").

/**
 * Common political abbreviations and nicknames, expanded to the words a fact-check would use
 * ("AOC" → "Alexandria Ocasio-Cortez"). Applied to queries and documents alike, before stop
 * words and stemming, so both sides meet on the full form. Keys are lower-case single words.
 */
const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({
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
  usa: 'united states',
  jfk: 'john kennedy',
  mlk: 'martin luther king',
}));

/** Everyday words for the same thing, replaced by the word fact-checks use. */
const SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  pic: 'photograph', pics: 'photograph', photo: 'photograph', photos: 'photograph', picture: 'photograph',
  pictures: 'photograph', clip: 'video', clips: 'video', footage: 'video', kid: 'child', kids: 'child',
  cop: 'police', cops: 'police', govt: 'government', gov: 'government', prez: 'president', mom: 'mother',
  mum: 'mother', dad: 'father',
}));

/** The words with synonyms unified and aliases expanded (the alias itself is kept). */
export function expandAliases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const w = SYNONYMS.get(word) ?? word;
    out.push(w);
    const full = ALIASES.get(w);
    if (full) out.push(...full.split(' '));
  }
  return out;
}
