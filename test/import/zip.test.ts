import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { unzip, ZIP_MESSAGES } from '../../lib/import/zip';
import { ZIP_LIMITS } from '../../lib/import/limits';

const all = () => true;
const none = () => false;
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

/** Offsets of every central directory record, to rewrite what an entry declares. */
function centralRecords(zip: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) out.push(i);
  return out;
}
const setU32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);

describe('unzip', () => {
  const zip = zipSync({
    'a.txt': strToU8('alpha'),
    'folder/b.csv': strToU8('Name\nPython\n'),
    'stored.txt': [strToU8('kept as is'), { level: 0 }],
  });

  it('lists every file and inflates only the wanted ones', () => {
    const r = unzip(zip, (n) => n.endsWith('.csv'));
    expect(r.ok && r.names).toEqual(['a.txt', 'folder/b.csv', 'stored.txt']);
    expect(r.ok && [...r.files.keys()]).toEqual(['folder/b.csv']);
    expect(r.ok && text(r.files.get('folder/b.csv'))).toBe('Name\nPython\n');
  });

  it('reads deflated and stored entries', () => {
    const r = unzip(zip, all);
    expect(r.ok && text(r.files.get('a.txt'))).toBe('alpha');
    expect(r.ok && text(r.files.get('stored.txt'))).toBe('kept as is');
  });

  it('reads an empty archive and a ZIP with a comment after the directory', () => {
    expect(unzip(zipSync({}), all)).toEqual({ ok: true, names: [], files: new Map() });
    const withComment = new Uint8Array([...zip.slice(0, -2), 5, 0, ...strToU8('hello')]);
    const r = unzip(withComment, all);
    expect(r.ok && text(r.files.get('a.txt'))).toBe('alpha');
  });

  it('says a file that is not a ZIP, or is cut short, is not one', () => {
    expect(unzip(strToU8('just some text, no archive'), all)).toEqual({ ok: false, error: ZIP_MESSAGES.notZip });
    expect(unzip(new Uint8Array(0), all)).toEqual({ ok: false, error: ZIP_MESSAGES.notZip });
    expect(unzip(zip.slice(0, zip.length - 30), all)).toEqual({ ok: false, error: ZIP_MESSAGES.notZip });
  });

  it('says a ZIP whose data was garbled is damaged', () => {
    // The first file's data cut out: the directory still points at the old offsets.
    const garbled = zip.slice();
    garbled.fill(0xff, 30, 50);
    const r = unzip(garbled, all);
    expect(r).toEqual({ ok: false, error: ZIP_MESSAGES.damaged });
  });

  it('stops a real zip bomb (60 MB of zeros) while inflating it', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    // Listing alone inflates nothing.
    expect(unzip(bomb, none).ok).toBe(true);
    expect(unzip(bomb, all)).toEqual({ ok: false, error: ZIP_MESSAGES.bomb(ZIP_LIMITS.entryBytes) });
  });

  it('counts the bytes it really inflates when the declared size lies', () => {
    const bomb = zipSync({ 'Skills.csv': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    const [rec] = centralRecords(bomb);
    setU32(bomb, rec! + 24, 100); // "uncompressed size: 100 bytes"
    expect(unzip(bomb, all)).toEqual({ ok: false, error: ZIP_MESSAGES.bomb(ZIP_LIMITS.entryBytes) });
  });

  it('calls an entry damaged when it inflates to another size than declared, within the limits', () => {
    const z = zipSync({ 'a.txt': strToU8('alpha beta gamma') });
    setU32(z, centralRecords(z)[0]! + 24, 3);
    expect(unzip(z, all)).toEqual({ ok: false, error: ZIP_MESSAGES.damaged });
  });

  it('believes a declared size over the limit without inflating', () => {
    const z = zipSync({ 'a.txt': strToU8('alpha') });
    setU32(z, centralRecords(z)[0]! + 24, 0xfffffff0);
    expect(unzip(z, all)).toEqual({ ok: false, error: ZIP_MESSAGES.bomb(ZIP_LIMITS.entryBytes) });
  });

  it('bounds the bytes of all wanted entries together', () => {
    const files = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`f${i}.csv`, new Uint8Array(3000)]));
    const limits = { entries: 10, entryBytes: 4000, totalBytes: 10_000 };
    expect(unzip(zipSync(files), all, limits)).toEqual({ ok: false, error: ZIP_MESSAGES.bomb(10_000) });
    expect(unzip(zipSync(files), (n) => n !== 'f0.csv', limits).ok).toBe(true);
  });

  it('bounds the number of entries', () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, strToU8('x')]));
    expect(unzip(zipSync(files), none, { ...ZIP_LIMITS, entries: 10 })).toEqual({ ok: false, error: ZIP_MESSAGES.tooMany(10) });
  });

  it('refuses encrypted entries and unknown compression methods', () => {
    const enc = zipSync({ 'a.txt': strToU8('alpha') });
    const rec = centralRecords(enc)[0]!;
    enc[rec + 8] = enc[rec + 8]! | 1;
    expect(unzip(enc, all)).toEqual({ ok: false, error: ZIP_MESSAGES.encrypted });
    const bz = zipSync({ 'a.txt': strToU8('alpha') });
    bz[centralRecords(bz)[0]! + 10] = 12; // bzip2
    expect(unzip(bz, all)).toEqual({ ok: false, error: ZIP_MESSAGES.method });
  });
});
