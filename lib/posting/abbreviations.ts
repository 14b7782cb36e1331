// Tokens before a '.' that do not end a sentence ("e.g.", "U.S.", "z.B.", "mind.", "Inc."): lower-case, without the
// final '.'. Shared by the sentence splitter and the clause splitter of preferred cues.
export const ABBREV = new Set(
  'e.g eg i.e ie etc vs inc ltd co corp dr mr mrs ms jr sr st no nr approx incl esp min max mind ca bzw z.b d.h u.a usw evtl ggf ggfs inkl sog p.ex ex cf env resp abs dept u.s u.k e.u ph.d b.sc m.sc b.s m.s b.a m.a fig vol sp bzgl zzgl ua dh zb al'.split(
    ' ',
  ),
);

const LETTER = /\p{L}/u;

/** Whether the '.' at `dot` ends an abbreviation rather than a sentence. "etc." before a capital ends its sentence as
 * often as not ("S3, RDS, etc. Azure a plus"): it counts as a sentence end. A walk back over letters and dots: a
 * pattern anchored at the end would be tried from every position of a long text. */
export function endsAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k < 12 && (text[k - 1] === '.' || LETTER.test(text[k - 1]!))) k--;
  const tok = text.slice(k, dot).replace(/^\.+/, '').toLowerCase();
  return tok !== 'etc' && ABBREV.has(tok);
}
