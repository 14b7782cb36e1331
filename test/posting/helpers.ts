// Test helpers for the field extractors: dev postings turned into units by the parser's own pipeline, so each
// extractor is tested on exactly what parsePosting hands it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readHeader } from '../../lib/posting/header';
import { normalizeText } from '../../lib/posting/normalize';
import { splitSections } from '../../lib/posting/sections';
import type { PostingHeader, SectionKind, Unit } from '../../lib/posting/types';
import { toUnits } from '../../lib/posting/units';
import { DEV, tunedIds } from '../parser/dev-set';

export { DEV };

export interface DevCase {
  id: string;
  text: string;
  units: Unit[];
  header: PostingHeader;
  label: Record<string, unknown>;
}

/** The dev postings the rules were written against, ready for one field's extractor (see tunedIds). */
export function devCases(): DevCase[] {
  const tuned = tunedIds();
  return readdirSync(join(DEV, 'postings'))
    .filter((f) => f.endsWith('.txt') && tuned.has(f.replace(/\.txt$/, '')))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const text = normalizeText(readFileSync(join(DEV, 'postings', f), 'utf8'));
      const { header, body } = readHeader(text, { url: null });
      const label = JSON.parse(readFileSync(join(DEV, 'labels', `${id}.json`), 'utf8')) as Record<string, unknown>;
      return { id, text, units: toUnits(splitSections(body)), header, label };
    });
}

/** Build units by hand: [text, kind, preferred?]. */
export function u(text: string, sectionKind: SectionKind = 'requirements', preferred = false): Unit {
  return { text, sectionKind, heading: null, preferred, index: 0 };
}
