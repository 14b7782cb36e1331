// Nothing outside the extension can message it: no source registers onMessageExternal / onConnectExternal (where
// other extensions' and web pages' messages arrive), and the manifest has no externally_connectable (which would
// let web pages call runtime.sendMessage). The full manifest check is the release test's; these are the two points.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'lib', 'components'];

/** A use in code (property access, quoted key, object key), not a mention in prose. */
const EXTERNAL_LISTENER = /\.\s*on(?:Message|Connect)External\b|\[\s*['"`]on(?:Message|Connect)External['"`]\s*\]/;
const EXTERNALLY_CONNECTABLE = /['"`]?externally_connectable['"`]?\s*:|\[\s*['"`]externally_connectable['"`]\s*\]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(?:[cm]?[jt]sx?|json|html)$/.test(name) ? [path] : [];
  });
}

const offenders = (pattern: RegExp, files: string[]) => files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));

describe('no way in from outside the extension', () => {
  const files = [...SOURCE_DIRS.flatMap((d) => sources(join(ROOT, d))), join(ROOT, 'wxt.config.ts')];

  it('scans the sources, and its patterns catch what they look for', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(join('entrypoints', 'background.ts')))).toBe(true);
    expect(EXTERNAL_LISTENER.test('browser.runtime.onMessageExternal.addListener(f)')).toBe(true);
    expect(EXTERNAL_LISTENER.test('chrome.runtime\n  .onConnectExternal.addListener(f)')).toBe(true);
    expect(EXTERNAL_LISTENER.test("runtime['onMessageExternal'].addListener(f)")).toBe(true);
    expect(EXTERNALLY_CONNECTABLE.test("manifest: { externally_connectable: { matches: ['https://*/*'] } }")).toBe(true);
    expect(EXTERNALLY_CONNECTABLE.test('{"externally_connectable": {"ids": ["*"]}}')).toBe(true);
  });

  it('registers no onMessageExternal or onConnectExternal listener', () => {
    expect(offenders(EXTERNAL_LISTENER, files)).toEqual([]);
  });

  it('declares no externally_connectable, in the manifest’s source or in a built manifest', () => {
    expect(offenders(EXTERNALLY_CONNECTABLE, files)).toEqual([]);
    for (const target of ['chrome-mv3', 'firefox-mv3']) {
      const manifest = join(ROOT, '.output', target, 'manifest.json');
      if (existsSync(manifest)) expect(JSON.parse(readFileSync(manifest, 'utf8'))).not.toHaveProperty('externally_connectable');
    }
  });
});
