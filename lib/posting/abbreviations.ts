// Tokens before a '.' that do not end a sentence ("e.g.", "U.S.", "z.B.", "mind.", "Inc."): lower-case, without the
// final '.'. Shared by the sentence splitter and the clause splitter of preferred cues.
export const ABBREV = new Set(
  'e.g eg i.e ie etc vs inc ltd co corp dr mr mrs ms jr sr st no nr approx incl esp min max mind ca bzw z.b d.h u.a usw evtl ggf ggfs inkl sog p.ex ex cf env resp abs dept u.s u.k e.u ph.d b.sc m.sc b.s m.s b.a m.a fig vol sp bzgl zzgl ua dh zb al'.split(
    ' ',
  ),
);

const TOKEN_BEFORE = /[\p{L}.]*$/u;

/** Whether the '.' at `dot` ends an abbreviation rather than a sentence. "etc." before a capital ends its sentence as
 * often as not ("S3, RDS, etc. Azure a plus"): it counts as a sentence end. */
export function endsAbbreviation(text: string, dot: number): boolean {
  const tok = TOKEN_BEFORE.exec(text.slice(Math.max(0, dot - 12), dot))![0].replace(/^\.+/, '').toLowerCase();
  return tok !== 'etc' && ABBREV.has(tok);
}
