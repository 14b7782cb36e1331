// What an imported JSON value must look like before any schema reads it. zod walks a value recursively: one nested
// 100,000 levels deep overflows the stack, which surfaced as "Maximum call stack size exceeded" instead of a
// message about the file. And zod copies records key by key, so a "__proto__" key in the file became the copy's
// prototype, not data. One iterative walk finds both, with the path of the first offending value.
import { formatPath } from './issues';

/** Far deeper than any backup Postfit writes (a saved posting's parsed record is under 10 levels). */
export const MAX_JSON_DEPTH = 64;

/** Names that mean something to JavaScript objects, never to Postfit's data: refused as keys and setting names. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A path shown in a message stays short even for a value nested thousands of levels. */
const MAX_PATH_SHOWN = 4;
const MAX_KEY_ISSUES = 10;

/** One value still to visit; its path is rebuilt from the parents only when there is something to report. */
interface Visit {
  v: unknown;
  key: PropertyKey | null;
  parent: Visit | null;
  depth: number;
}

function pathOf(n: Visit): string {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = n; at && at.key !== null; at = at.parent) path.push(at.key);
  path.reverse();
  return path.length > MAX_PATH_SHOWN ? `${formatPath(path.slice(0, MAX_PATH_SHOWN))}…` : formatPath(path);
}

/** Problems of shape in a parsed JSON value, as "path: what" messages; empty when it is fine. Never throws. */
export function jsonShapeIssues(value: unknown, maxDepth = MAX_JSON_DEPTH): string[] {
  const issues: string[] = [];
  let keyIssues = 0;
  // Depth-first with an explicit stack: the walk itself must not recurse.
  const stack: Visit[] = [{ v: value, key: null, parent: null, depth: 0 }];
  while (stack.length) {
    const n = stack.pop()!;
    const v = n.v;
    if (v === null || typeof v !== 'object') continue;
    if (n.depth >= maxDepth) {
      issues.push(`${pathOf(n)}: nested more than ${maxDepth} levels deep`);
      return issues;
    }
    const depth = n.depth + 1;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, parent: n, depth });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (RESERVED_KEYS.has(key)) {
        if (keyIssues++ < MAX_KEY_ISSUES) issues.push(`${pathOf(n)}: the key "${key}" is not allowed`);
        continue;
      }
      stack.push({ v: (v as Record<string, unknown>)[key], key, parent: n, depth });
    }
  }
  return issues;
}
