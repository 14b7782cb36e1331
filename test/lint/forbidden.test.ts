// The lint config is a protection only if it fires: each forbidden construct, linted as a file of the tree, must be
// reported by the rule meant for it. A config that silently drops a rule (or stops linting .tsx) fails here.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  expect(result?.fatalErrorCount, JSON.stringify(result?.messages)).toBe(0);
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

const CASES: { name: string; file: string; code: string; rules: string[] }[] = [
  {
    name: 'dangerouslySetInnerHTML in JSX',
    file: 'components/common/Probe.tsx',
    code: 'export const P = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;\n',
    rules: ['no-restricted-syntax'],
  },
  {
    name: 'dangerouslySetInnerHTML in a props object',
    file: 'components/common/probe.ts',
    code: "import { h } from 'preact';\nexport const p = (t: string) => h('div', { dangerouslySetInnerHTML: { __html: t } });\n",
    rules: ['no-restricted-syntax'],
  },
  {
    name: 'innerHTML assignment',
    file: 'components/overlay/probe.ts',
    code: 'export function f(el: Element, t: string) {\n  el.innerHTML = t;\n}\n',
    rules: ['no-unsanitized/property', 'no-restricted-properties'],
  },
  {
    name: 'innerHTML assignment of a literal (no-unsanitized allows it, the property ban does not)',
    file: 'lib/content/probe.ts',
    code: "export function f(el: Element) {\n  el.innerHTML = '<b>x</b>';\n}\n",
    rules: ['no-restricted-properties'],
  },
  {
    name: 'outerHTML assignment',
    file: 'lib/page/probe.ts',
    code: 'export function f(el: Element, t: string) {\n  el.outerHTML = t;\n}\n',
    rules: ['no-unsanitized/property', 'no-restricted-properties'],
  },
  {
    name: 'insertAdjacentHTML',
    file: 'lib/content/probe.ts',
    code: "export function f(el: Element, t: string) {\n  el.insertAdjacentHTML('beforeend', t);\n}\n",
    rules: ['no-unsanitized/method', 'no-restricted-properties'],
  },
  {
    name: 'document.write',
    file: 'entrypoints/probe.ts',
    code: 'export function f(t: string) {\n  document.write(t);\n}\n',
    rules: ['no-unsanitized/method', 'no-restricted-properties'],
  },
  {
    name: 'eval',
    file: 'lib/probe.ts',
    code: 'export function f(t: string) {\n  return eval(t);\n}\n',
    rules: ['no-eval'],
  },
  {
    name: 'new Function',
    file: 'lib/probe.ts',
    code: "export function f(t: string) {\n  return new Function('x', t);\n}\n",
    rules: ['no-new-func'],
  },
  {
    name: 'a string given to setTimeout',
    file: 'entrypoints/probe.ts',
    code: "export function f() {\n  setTimeout('run()', 10);\n}\n",
    rules: ['no-implied-eval'],
  },
  {
    name: 'eval reached through the window',
    file: 'components/popup/probe.ts',
    code: 'export function f(t: string) {\n  return window.eval(t);\n}\n',
    rules: ['no-eval'],
  },
  {
    name: 'a javascript: URL assigned',
    file: 'components/common/probe.ts',
    code: "export function f(a: HTMLAnchorElement) {\n  a.href = 'javascript:void(0)';\n}\n",
    rules: ['no-script-url'],
  },
  {
    name: 'a javascript: URL in JSX',
    file: 'components/common/Probe.tsx',
    code: 'export const P = () => <a href="javascript:alert(1)">x</a>;\n',
    rules: ['no-script-url'],
  },
  {
    name: 'a javascript: URL in a test file too',
    file: 'test/lint/probe.test.ts',
    code: "export const u = 'javascript:alert(1)';\n",
    rules: ['no-script-url'],
  },
];

describe('eslint.config.js reports each forbidden construct', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const found = await ruleIds(c.code, c.file);
      for (const rule of c.rules) expect(found, c.code).toContain(rule);
    });
  }

  it('reports nothing for the safe way to show page text', async () => {
    const code = [
      'export function f(el: Element, t: string) {',
      "  const b = document.createElement('b');",
      '  b.textContent = t;',
      '  el.replaceChildren(b);',
      '}',
      'export const P = (p: { t: string }) => <a href="https://example.com/">{p.t}</a>;',
      '',
    ].join('\n');
    expect(await ruleIds(code, 'components/common/Probe.tsx')).toEqual([]);
  });

  it('lints every part of the tree it must and ignores the build output', async () => {
    for (const file of ['entrypoints/x.ts', 'components/x.tsx', 'lib/x.ts', 'test/x.test.ts', 'scripts/x.ts', 'wxt.config.ts', 'eslint.config.js']) {
      expect(await eslint.isPathIgnored(resolve(root, file)), file).toBe(false);
    }
    for (const file of ['.output/chrome-mv3/background.js', '.wxt/types/x.d.ts', 'node_modules/zod/index.js']) {
      expect(await eslint.isPathIgnored(resolve(root, file)), file).toBe(true);
    }
  });
});
