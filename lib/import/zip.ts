// A bounded unzip for imported files (a Word document, a LinkedIn data export). The archive's central directory is
// read here and each wanted entry is inflated with fflate's streaming Inflate in small steps, counting the bytes it
// really produces: the sizes a ZIP declares are written by whoever made the file, so a hostile one can claim 100
// bytes and inflate to gigabytes. fflate's own unzipSync sizes its output by that declared size and inflates an entry
// in one go, and its streaming Unzip trusts the local headers; neither can stop a zip bomb part-way.
// Only the entries the caller asks for are inflated. Never throws: every failure is one sentence for the user.
import { Inflate, strFromU8 } from 'fflate';
import { ZIP_LIMITS, megabytes, type ZipLimits } from './limits';

export type UnzipResult =
  | { ok: true; /** Every file's path in the archive, in directory order (folders left out). */ names: string[]; files: Map<string, Uint8Array> }
  | { ok: false; error: string };

export const ZIP_MESSAGES = {
  notZip: 'This file is not a ZIP archive or it was cut short; download or export it again.',
  damaged: 'This file is damaged (part of it is missing or garbled); download or export it again.',
  encrypted: 'This file is password-protected; save or export it again without a password.',
  method: 'This file is compressed in a way Postfit cannot read; save or export it again as an ordinary ZIP or Word file.',
  tooMany: (n: number) => `This archive holds more than ${n} files, far more than a CV or a LinkedIn export, so Postfit did not open it.`,
  bomb: (limit: number) =>
    `This file unpacks to more than ${megabytes(limit)}, far more than a CV or a LinkedIn export holds, so Postfit did not open it.`,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes fed to Inflate per step: deflate expands at most ~1032×, so one step adds about 1 MB at most. */
const STEP = 1024;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  declared: number;
  local: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/** The end-of-central-directory record: the last one in the file's final 64 KB (a ZIP comment may follow it). */
function findEnd(b: Uint8Array): number {
  for (let e = b.length - 22; e >= 0 && e >= b.length - 22 - 0xffff; e--) {
    if (u32(b, e) === EOCD && e + 22 + u16(b, e + 20) <= b.length) return e;
  }
  return -1;
}

function directory(b: Uint8Array, limits: ZipLimits): { ok: true; entries: Entry[] } | { ok: false; error: string } {
  const e = findEnd(b);
  if (e < 0) return { ok: false, error: ZIP_MESSAGES.notZip };
  const count = u16(b, e + 10);
  const size = u32(b, e + 12);
  let at = u32(b, e + 16);
  // ZIP64 marks its real values elsewhere with all-ones; no CV or LinkedIn export under 10 MB needs it.
  if (count === 0xffff || at === 0xffffffff) return { ok: false, error: ZIP_MESSAGES.method };
  if (count > limits.entries) return { ok: false, error: ZIP_MESSAGES.tooMany(limits.entries) };
  if (at + size > e) return { ok: false, error: ZIP_MESSAGES.damaged };
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > e || u32(b, at) !== CENTRAL) return { ok: false, error: ZIP_MESSAGES.damaged };
    const nameLen = u16(b, at + 28);
    const next = at + 46 + nameLen + u16(b, at + 30) + u16(b, at + 32);
    if (next > e) return { ok: false, error: ZIP_MESSAGES.damaged };
    const flags = u16(b, at + 8);
    entries.push({
      // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII part latin1 reads the same.
      name: strFromU8(b.subarray(at + 46, at + 46 + nameLen), !(flags & 0x800)),
      flags,
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      declared: u32(b, at + 24),
      local: u32(b, at + 42),
    });
    at = next;
  }
  return { ok: true, entries };
}

class TooBig extends Error {}

/** One entry's bytes, inflated in steps; stops as soon as it passes `budget` bytes. */
function inflateEntry(b: Uint8Array, en: Entry, budget: number): Uint8Array | 'damaged' | 'too-big' | 'encrypted' | 'method' {
  if (en.flags & 1) return 'encrypted';
  if (en.method !== 0 && en.method !== 8) return 'method';
  if (en.local + 30 > b.length || u32(b, en.local) !== LOCAL) return 'damaged';
  const start = en.local + 30 + u16(b, en.local + 26) + u16(b, en.local + 28);
  const end = start + en.compressed;
  if (end > b.length) return 'damaged';
  const data = b.subarray(start, end);
  if (en.method === 0) {
    if (data.length > budget) return 'too-big';
    return data.length === en.declared ? data.slice() : 'damaged';
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > budget) throw new TooBig();
    chunks.push(chunk);
    done = final;
  });
  try {
    for (let i = 0; i < data.length || i === 0; i += STEP) {
      const last = i + STEP >= data.length;
      inflate.push(data.subarray(i, i + STEP), last);
      if (last) break;
    }
  } catch (err) {
    return err instanceof TooBig ? 'too-big' : 'damaged';
  }
  // No CRC check (fflate keeps its crc32 private); a size that differs from the directory's means a damaged file.
  if (!done || total !== en.declared) return 'damaged';
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Lists a ZIP's files and inflates those `wanted` accepts, within `limits`. Pass `() => false` to list only.
 * A name that appears twice is read once (the first).
 */
export function unzip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = ZIP_LIMITS): UnzipResult {
  const dir = directory(bytes, limits);
  if (!dir.ok) return dir;
  const names: string[] = [];
  const files = new Map<string, Uint8Array>();
  let used = 0;
  for (const en of dir.entries) {
    if (en.name.endsWith('/')) continue;
    names.push(en.name);
    if (files.has(en.name) || !wanted(en.name)) continue;
    const budget = Math.min(limits.entryBytes, limits.totalBytes - used);
    const limit = budget === limits.entryBytes ? limits.entryBytes : limits.totalBytes;
    // A declared size over the budget is believed at once; a smaller one is checked while inflating.
    if (en.declared > budget) return { ok: false, error: ZIP_MESSAGES.bomb(limit) };
    const got = inflateEntry(bytes, en, budget);
    if (got === 'too-big') return { ok: false, error: ZIP_MESSAGES.bomb(limit) };
    if (typeof got === 'string') return { ok: false, error: ZIP_MESSAGES[got] };
    used += got.length;
    files.set(en.name, got);
  }
  return { ok: true, names, files };
}
