import type { FitReport } from '../fit/types';

const MARK = { met: '✓', partly: '~', missing: '✗' } as const;

/** A report as a person reads it in a terminal: verdict, dealbreakers, then items by bucket. */
export function formatReport(label: string, title: string | null, company: string | null, r: FitReport): string {
  const head = `${label}\n  ${title ?? '(no title)'}${company ? ` — ${company}` : ''}`;
  const score = r.score == null ? 'no score' : `${r.score}/100`;
  const lines = [head, `  fit: ${score} (${r.verdict}) [${r.formulaVersion}], ${r.found} requirement${r.found === 1 ? '' : 's'} found`];
  for (const d of r.dealbreakers) lines.push(`  ! ${d.message}`);
  for (const a of r.adjustments) lines.push(`  ${a.points} ${a.label}`);
  for (const n of r.notes) lines.push(`  · ${n}`);
  for (const bucket of ['required', 'preferred'] as const) {
    const items = r.items.filter((i) => i.bucket === bucket);
    if (!items.length) continue;
    lines.push(`  ${bucket}:`);
    for (const i of items) {
      const via = i.via ? ` (via ${i.via})` : '';
      const stress = i.emphasized ? ' [stressed]' : '';
      lines.push(`    ${MARK[i.status]} ${i.status.padEnd(7)} ${String(i.points).padStart(3)} ${i.name}${via}${stress}`);
    }
  }
  return lines.join('\n');
}
