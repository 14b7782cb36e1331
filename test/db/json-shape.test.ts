// Backups shaped to break the import rather than fill it: reserved key names and values nested far too deep are
// refused with a message naming where, never with an internal error ("Maximum call stack size exceeded",
// "known.safeParse is not a function"), both by parseBackup and by importBackup called directly.
import { afterEach, describe, expect, it } from 'vitest';
import type { PostfitDb } from '../../lib/db/database';
import { importBackup, parseBackup, type Backup } from '../../lib/db/backup';
import { ValidationError } from '../../lib/db/issues';
import { jsonShapeIssues, MAX_JSON_DEPTH } from '../../lib/db/json-shape';
import { SettingRowSchema } from '../../lib/db/records';
import { filled, snapshot } from './helpers';

let db: PostfitDb;
afterEach(() => db?.close());

const HEAD = '{"format":"postfit-backup","version":1,"exportedAt":1,"profile":null,"postings":[]';
const withSettings = (settings: string) => `${HEAD},"settings":${settings}}`;
const arrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const objects = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const INTERNAL = /call stack|is not a function|undefined|Cannot read/i;

const CASES: [string, string, RegExp][] = [
  ['setting named __proto__', withSettings('[{"key":"__proto__","value":{"polluted":true}}]'), /^settings\[0\]\.key: not a setting name \(reserved\)$/],
  ['setting named constructor', withSettings('[{"key":"constructor","value":1}]'), /^settings\[0\]\.key: not a setting name \(reserved\)$/],
  ['setting named prototype', withSettings('[{"key":"prototype","value":1}]'), /^settings\[0\]\.key: not a setting name \(reserved\)$/],
  ['"__proto__" key in a setting value', withSettings('[{"key":"x","value":{"__proto__":{"polluted":true}}}]'), /^settings\[0\]\.value: the key "__proto__" is not allowed$/],
  ['"constructor" key at the top level', `${HEAD},"settings":[],"constructor":{"prototype":1}}`, /^\(top level\): the key "constructor" is not allowed$/],
  ['"prototype" key in the profile', `${HEAD.replace('"profile":null', '"profile":{"prototype":{}}')},"settings":[]}`, /^profile: the key "prototype" is not allowed$/],
  ['arrays 100,000 levels deep', withSettings(`[{"key":"x","value":${arrays(100_000)}}]`), /^settings\[0\]\.value\[0\]…: nested more than 64 levels deep$/],
  ['objects 100,000 levels deep', withSettings(`[{"key":"x","value":${objects(100_000)}}]`), /^settings\[0\]\.value\.a…: nested more than 64 levels deep$/],
  ['a whole file 100,000 levels deep', `${HEAD},"settings":[],"x":${arrays(100_000)}}`, /^x\[0\]\[0\]\[0\]…: nested more than 64 levels deep$/],
];

describe('a backup shaped to break the import', () => {
  for (const [name, text, message] of CASES) {
    it(`${name}: refused with a validation message, by parseBackup and importBackup, nothing written`, async () => {
      const r = parseBackup(text);
      expect(r.ok).toBe(false);
      const errors = r.ok ? [] : r.errors;
      expect(errors.some((e) => message.test(e)), errors.join('\n')).toBe(true);
      expect(errors.join('\n')).not.toMatch(INTERNAL);

      db = await filled(3);
      const before = await snapshot(db);
      for (const mode of ['replace', 'merge'] as const) {
        const e = await importBackup(db, JSON.parse(text) as Backup, mode).then(() => null, (x: unknown) => x);
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).issues.some((i) => message.test(i))).toBe(true);
      }
      expect(await snapshot(db)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('a setting named like an Object.prototype member is plain data, not a lookup of that member', () => {
    for (const key of ['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      const r = SettingRowSchema.safeParse({ key, value: [1] });
      expect(r.success, key).toBe(true);
    }
  });
});

describe('jsonShapeIssues', () => {
  it('accepts values up to the limit and refuses one level more', () => {
    const nest = (n: number) => JSON.parse(arrays(n)) as unknown;
    expect(jsonShapeIssues(nest(MAX_JSON_DEPTH))).toEqual([]);
    expect(jsonShapeIssues(nest(MAX_JSON_DEPTH + 1))).toEqual(['[0][0][0][0]…: nested more than 64 levels deep']);
    expect(jsonShapeIssues({ a: [{ b: 'c' }] }, 3)).toEqual([]);
    expect(jsonShapeIssues({ a: [{ b: { c: 1 } }] }, 3)).toEqual(['a[0].b: nested more than 3 levels deep']);
  });

  it('accepts reserved names as values, and lists reserved keys wherever they are (at most ten)', () => {
    expect(jsonShapeIssues({ note: '__proto__', list: ['constructor', 'prototype'] })).toEqual([]);
    const many = JSON.parse(`[${Array.from({ length: 12 }, () => '{"__proto__":1}').join(',')}]`) as unknown;
    const issues = jsonShapeIssues(many);
    expect(issues).toHaveLength(10);
    expect(issues[0]).toBe('[0]: the key "__proto__" is not allowed');
  });

  it('walks a wide file without recursion: 200,000 values', () => {
    const wide = { rows: Array.from({ length: 50_000 }, (_, i) => ({ id: i, tags: ['a', 'b'], nested: { x: [i] } })) };
    expect(jsonShapeIssues(wide)).toEqual([]);
  });
});
