// Places of work authorisation, as the parser writes them into a record ("Must be authorized to work in the US") and
// as a user types them into the profile ("USA", "United Kingdom", "EU"): one key per place so the two can be
// compared. Tiny and dependency-free: the parser, the fit and the popup all use it.

const ALIASES: Record<string, string> = {
  us: 'us', usa: 'us', 'united states': 'us', 'united states of america': 'us', america: 'us', 'the us': 'us',
  uk: 'uk', 'united kingdom': 'uk', 'great britain': 'uk', britain: 'uk', gb: 'uk', england: 'uk',
  eu: 'eu', eea: 'eu', 'european union': 'eu', europe: 'eu',
  british: 'uk', canadian: 'canada', australian: 'australia', american: 'us',
  deutschland: 'germany', holland: 'netherlands', 'the netherlands': 'netherlands', nz: 'new zealand',
};

/** Countries a right to work in "the EU" covers (EU and EEA members that the parser can name). */
const IN_EU = new Set(['germany', 'france', 'netherlands', 'ireland', 'spain', 'italy', 'portugal', 'belgium', 'austria', 'sweden', 'denmark', 'finland', 'poland', 'norway']);

/** "the U.S." → "us", "United Kingdom" → "uk", "Germany" → "germany"; '' for nothing usable. */
export function placeKey(raw: string): string {
  const t = raw.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^the /, '');
  return ALIASES[t] ?? ALIASES[`the ${t}`] ?? t;
}

/** The place a normalised authorisation statement names: "Must be authorized to work in the US" → "us". */
export function statementPlace(statement: string): { key: string; citizenship: boolean } | null {
  const work = /authori[sz]ed to work in (.+)$/i.exec(statement);
  if (work) return { key: placeKey(work[1]!), citizenship: false };
  // The place is a few words: bounded, so a long text with many "must be a" is read in linear time.
  const citizen = /must be an? ([^\n]{1,60}) citizen$/i.exec(statement);
  if (citizen) return { key: placeKey(citizen[1]!), citizenship: true };
  return null;
}

/** Does a list of places the user may work in cover this place? The EU covers its member countries. */
export function coversPlace(authorizedIn: readonly string[], key: string): boolean {
  const mine = new Set(authorizedIn.map(placeKey));
  return mine.has(key) || (mine.has('eu') && IN_EU.has(key));
}
