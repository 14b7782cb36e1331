import type { Unit } from './types';

// A posting with no requirements part (a forum post, say) is read from the sentences that speak to the
// candidate ("Use your Python skills", "Do you know compilers?") or state the stack ("our core language is Java").
// Company blurbs, benefits and how-to-apply text stay out, as the spec asks.
const ADDRESS =
  /\b(you|your|you'?ll|du|dein[e]?|sie bringen|vous|votre|tu|tus?|usted|je|jij|jouw|você|seu|sua)\b/i;
const STACK =
  /\b(stack|tech(nolog(y|ies))?|languages?|tools?|experience (with|in)|skills?|knowledge of|proficien\w*|familiar\w*|expertise|we use|we(?:'re| are) using|built (with|on)|written in)\b/i;
const EXCLUDED = new Set(['company', 'benefits', 'apply', 'responsibilities']);

/** The units to read skills from; `title` is the header's role, which in a forum post's header line states the
 * stack ("Specto | … | Android (Kotlin/Java/C++) | $120k-$180k"). It is read only beside a body that speaks to the
 * candidate or names its stack: a page whose description did not load is too thin to judge, whatever its title. */
export function fallbackUnits(units: Unit[], title: string | null = null): Unit[] {
  const read = units.filter((u) => !EXCLUDED.has(u.sectionKind) && (ADDRESS.test(u.text) || STACK.test(u.text)));
  if (!title || read.length === 0) return read;
  return [{ text: title, sectionKind: 'other', heading: null, preferred: false, index: -1 }, ...read];
}
