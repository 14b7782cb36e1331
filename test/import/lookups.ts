// The real taxonomy (test/setup-taxonomy.ts loads it) and a fixed clock, as the popup passes them to the readers.
import type { ImportLookups } from '../../lib/import/proposal';
import { conceptByName, matchSkills } from '../../lib/taxonomy/match';

export const NOW = new Date(2025, 5, 15); // June 2025
export const lookups: ImportLookups = { match: matchSkills, byName: conceptByName, now: NOW };
