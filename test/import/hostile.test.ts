// Hostile and broken files: every reader answers with a message, never throws, and inflates only what it needs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readDocxText } from '../../lib/import/docx';
import { readJsonResume } from '../../lib/import/json-resume';
import { ZIP_LIMITS } from '../../lib/import/limits';
import { readLinkedInExport } from '../../lib/import/linkedin';
import { sniffFile } from '../../lib/import/sniff';
import { ZIP_MESSAGES } from '../../lib/import/zip';
import { docx, para, run } from './docx-files';
import { SKILLS, fullExport } from './linkedin-files';
import { lookups } from './lookups';

const ZEROS = new Uint8Array(60 * 1024 * 1024);

describe('zip bombs inside real-shaped files', () => {
  it('a Word file whose document.xml is a bomb gets the bomb message', () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': ZEROS }, { level: 9 });
    expect(sniffFile('cv.docx', bomb)).toEqual({ ok: true, kind: 'docx' });
    expect(readDocxText(bomb)).toEqual({ ok: false, error: ZIP_MESSAGES.bomb(ZIP_LIMITS.entryBytes) });
  });

  it('a LinkedIn export with a bomb in a file Postfit does not read is read as usual', () => {
    const z = zipSync({ 'Skills.csv': strToU8(SKILLS), 'messages.csv': ZEROS }, { level: 9 });
    const r = readLinkedInExport(z, lookups);
    expect(r.ok && r.proposal.skills.map((s) => s.id)).toContain('python');
  });
});

describe('broken files never throw', () => {
  const word = docx(para(run('Acme 2019–2023')) + para(run('Python')));
  const linkedin = fullExport();
  const readers = (b: Uint8Array) => {
    sniffFile('x.docx', b);
    readDocxText(b);
    readLinkedInExport(b, lookups);
    readJsonResume(new TextDecoder().decode(b), lookups);
  };

  it('cut short at any point', () => {
    fc.assert(
      fc.property(fc.constantFrom(word, linkedin), fc.nat(), (file, at) => {
        expect(() => readers(file.slice(0, at % file.length))).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('with bytes overwritten anywhere (directory, headers, data)', () => {
    fc.assert(
      fc.property(fc.constantFrom(word, linkedin), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (file, edits) => {
        const b = file.slice();
        for (const [at, v] of edits) b[at % b.length] = v;
        expect(() => readers(b)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('JSON of any shape', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const r = readJsonResume(text, lookups);
        expect(r.ok || typeof r.error === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
