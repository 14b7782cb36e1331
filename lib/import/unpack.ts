// The byte-heavy half of reading a Word file or a LinkedIn export (inflating the ZIP, reading its XML or CSV), with no
// taxonomy: the popup runs it in a worker, so a large or hostile file never freezes the popup (a 10 MB file may
// inflate to 50 MB). What comes back is bounded; the popup then reads it with the taxonomy.
import { z } from 'zod';
import { readDocxText } from './docx';
import { LinkedInTablesSchema, readLinkedInTables, type LinkedInTables } from './linkedin';
import { MAX_CV_CHARS } from './limits';

export type UnpackKind = 'docx' | 'linkedin';

export type Unpacked =
  | { ok: true; kind: 'docx'; text: string }
  | { ok: true; kind: 'linkedin'; tables: LinkedInTables }
  | { ok: false; error: string };

export const UnpackRequestSchema = z.object({ kind: z.enum(['docx', 'linkedin']), bytes: z.instanceof(Uint8Array) });

/** The worker's answer, checked where it arrives. A Word file's text longer than a CV can be is cut to one too long. */
export const UnpackedSchema = z.union([
  z.object({ ok: z.literal(true), kind: z.literal('docx'), text: z.string().max(MAX_CV_CHARS + 1) }),
  z.object({ ok: z.literal(true), kind: z.literal('linkedin'), tables: LinkedInTablesSchema }),
  z.object({ ok: z.literal(false), error: z.string().max(1000) }),
]);

export function unpack(kind: UnpackKind, bytes: Uint8Array): Unpacked {
  if (kind === 'linkedin') {
    const r = readLinkedInTables(bytes);
    return r.ok ? { ok: true, kind, tables: r.tables } : r;
  }
  const r = readDocxText(bytes);
  // More than a CV holds is refused by the CV reader anyway; only the first MAX_CV_CHARS + 1 need crossing over.
  return r.ok ? { ok: true, kind, text: r.text.slice(0, MAX_CV_CHARS + 1) } : r;
}
