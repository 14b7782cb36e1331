// Every regular expression the parser and page extraction use, found three ways so that a new one cannot
// slip past the timing test: regex literals read from the sources with the TypeScript compiler, regexes
// built at run time (new RegExp, GatedRegExp) caught by a tracing RegExp while real postings and pages are
// read, and RegExp values the modules export.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { postingTexts, savedPages } from './corpus';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The real RegExp, kept before any tracing replaces the global. */
const NativeRegExp = RegExp;
/** The parser (lib/posting, and the taxonomy matcher it calls) and page extraction (lib/page). */
export const SOURCE_DIRS = ['lib/posting', 'lib/page', 'lib/taxonomy'];
/** Outside those, run on every parse: the record schema that parsePosting validates its output with. */
const SOURCE_FILES = ['lib/schemas.ts'];
/** Generated data and its build scripts: not run when a posting is read. */
const NOT_RUNTIME = /^lib\/taxonomy\/(build|curated)\//;

export function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
    });
  return SOURCE_DIRS.flatMap((d) => walk(join(ROOT, d)))
    .map((p) => relative(ROOT, p))
    .filter((p) => !NOT_RUNTIME.test(p))
    .concat(SOURCE_FILES)
    .sort();
}

export interface Found {
  /** "lib/posting/years.ts:61" */
  where: string;
  regex?: RegExp;
  /**
   * A construction from `this` or `this.source` (a RegExp subclass rebuilding itself, as GatedRegExp does):
   * the regex it builds is the one being constructed, already in the census when that one ran.
   */
  copy?: boolean;
}

export interface Scan {
  literals: Found[];
  constructions: Found[];
}

const CONSTRUCTOR = /^(RegExp|GatedRegExp)$/;
const SELF = /^this(\.source)?$/;

/** Regex literals (compiled here) and the places that construct a RegExp or GatedRegExp, in one source text. */
export function scanSource(file: string, text: string): Scan {
  const literals: Found[] = [];
  const constructions: Found[] = [];
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const where = (n: ts.Node) => `${file}:${src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(src);
      const end = lit.lastIndexOf('/');
      literals.push({ where: where(node), regex: new RegExp(lit.slice(1, end), lit.slice(end + 1)) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && CONSTRUCTOR.test(node.expression.getText(src))) {
      constructions.push({ where: where(node), copy: SELF.test(node.arguments?.[0]?.getText(src) ?? '') });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return { literals, constructions };
}

export function scanSources(files: string[]): Scan {
  const scans = files.map((f) => scanSource(f, readFileSync(join(ROOT, f), 'utf8')));
  return { literals: scans.flatMap((s) => s.literals), constructions: scans.flatMap((s) => s.constructions) };
}

export interface Traced {
  regex: RegExp;
  /** "lib/…/file.ts:line" of every frame in the source dirs, innermost first. */
  frames: string[];
}

const FRAME = /^(lib\/[^:]+\.ts):(\d+):\d+/;

/**
 * Runs `work` with globalThis.RegExp replaced by a subclass that records each regex built and where from.
 * Modules must be imported inside `work` (dynamic import) so that their `new RegExp` and `extends RegExp`
 * see the tracing class.
 */
export async function traceConstructions(work: () => Promise<void>): Promise<Traced[]> {
  const Native = NativeRegExp;
  const traced: Traced[] = [];
  let active = true;
  class TracingRegExp extends Native {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      if (!active) return;
      const frames = (new Error().stack ?? '')
        .split('\n')
        .map((l) => FRAME.exec(l.replaceAll('\\', '/').split(`${ROOT}/`)[1] ?? ''))
        .filter((m): m is RegExpExecArray => !!m)
        .map((m) => `${m[1]}:${m[2]}`);
      if (frames.length) traced.push({ regex: this, frames });
    }
  }
  globalThis.RegExp = TracingRegExp as RegExpConstructor;
  try {
    await work();
  } finally {
    globalThis.RegExp = Native;
    active = false;
  }
  return traced;
}

/** RegExp values a module exports, also inside exported arrays and plain objects (one level). */
export function exportedRegexes(mod: Record<string, unknown>, file: string): Found[] {
  const out: Found[] = [];
  for (const [name, v] of Object.entries(mod)) {
    const inner = v instanceof NativeRegExp ? [v] : Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : [];
    for (const x of inner) if (x instanceof NativeRegExp) out.push({ where: `${file} export ${name}`, regex: x });
  }
  return out;
}

export interface Census {
  /** Each distinct regex (source, flags, gate) once, with every place it was found. */
  regexes: Map<string, { regex: RegExp; where: Set<string> }>;
  constructions: Found[];
  traced: Traced[];
  literalCount: number;
  exportedCount: number;
}

const keyOf = (re: RegExp): string => {
  const gate = (re as RegExp & { gate?: RegExp }).gate;
  return `/${re.source}/${re.flags}${gate ? ` gate /${gate.source}/${gate.flags}` : ''}`;
};

const inSources = (frame: string, files: Set<string>) => files.has(frame.replace(/:\d+$/, ''));

/** Imports every source module under tracing, reads the real postings and pages, and gathers all regexes. */
export async function takeCensus(): Promise<Census> {
  const files = sourceFiles();
  const fileSet = new Set(files);
  const { literals, constructions } = scanSources(files);
  const exported: Found[] = [];
  const traced = await traceConstructions(async () => {
    for (const f of files) {
      // eslint-disable-next-line no-unsanitized/method -- our own lib/ sources, listed from the file system
      exported.push(...exportedRegexes((await import(join(ROOT, f))) as Record<string, unknown>, f));
    }
    const { parsePosting } = await import('../../lib/posting/index');
    const { extractPage } = await import('../../lib/page/index');
    const { parseHtmlFile } = await import('../../lib/page/node');
    for (const text of postingTexts()) parsePosting(text);
    for (const p of savedPages()) {
      const page = extractPage(parseHtmlFile(p.html), p.url);
      if (page) parsePosting(page.text, { url: p.url, header: page.header });
    }
  });
  const ours = traced.filter((t) => t.frames.some((f) => inSources(f, fileSet)));
  const regexes: Census['regexes'] = new Map();
  const add = (regex: RegExp, where: string) => {
    const k = keyOf(regex);
    const entry = regexes.get(k) ?? { regex, where: new Set<string>() };
    entry.where.add(where);
    regexes.set(k, entry);
  };
  for (const l of literals) add(l.regex!, l.where);
  for (const e of exported) add(e.regex!, e.where);
  for (const t of ours) add(t.regex, t.frames.find((f) => inSources(f, fileSet))!);
  return { regexes, constructions, traced: ours, literalCount: literals.length, exportedCount: exported.length };
}
