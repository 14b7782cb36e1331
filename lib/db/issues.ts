// Zod issues → short messages that name the record and field, e.g.
// "postings[12].status: expected one of saved|applied|interviewing|offer|rejected|ghosted".
import type { z } from 'zod';

/** A file with a systematic problem would otherwise produce one message per record. */
export const MAX_MESSAGES = 50;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join('|')}`;
  if (issue.code === 'invalid_type') {
    // Zod reports a missing key as "received undefined"; say so plainly.
    return issue.message.includes('received undefined') ? `missing (expected ${issue.expected})` : issue.message.replace(/^Invalid input: /, '');
  }
  return issue.message.replace(/^(Too big|Too small|Invalid input): /, '');
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  const out = issues.slice(0, MAX_MESSAGES).map((i) => `${formatPath([...prefix, ...i.path])}: ${describe(i)}`);
  if (issues.length > MAX_MESSAGES) out.push(`… and ${issues.length - MAX_MESSAGES} more problems`);
  return out;
}

/** Thrown by writes whose data does not pass the record schema; `issues` lists what is wrong. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(readonly issues: string[]) {
    super(`Invalid data: ${issues.slice(0, 3).join('; ')}${issues.length > 3 ? '; …' : ''}`);
  }
}

/** Parses or throws ValidationError (instead of ZodError, whose message is a JSON dump). */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, prefix: readonly PropertyKey[] = []): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(formatIssues(r.error.issues, prefix));
  return r.data;
}
