import type { Unit } from './types';

// A posting with no requirements part (a forum post, say) is read from the sentences that speak to the
// candidate ("Use your Python skills", "Do you know compilers?") or state the stack ("our core language is Java").
// Company blurbs, benefits and how-to-apply text stay out, as the spec asks.
const ADDRESS =
  /\b(you|your|you'?ll|du|dein[e]?|sie bringen|vous|votre|tu|tus?|usted|je|jij|jouw|você|seu|sua)\b/i;
const STACK =
  /\b(stack|tech(nolog(y|ies))?|languages?|tools?|experience (with|in)|skills?|knowledge of|proficien\w*|familiar\w*|expertise|we use|built (with|on)|written in)\b/i;
const EXCLUDED = new Set(['company', 'benefits', 'apply', 'responsibilities']);

export function fallbackUnits(units: Unit[]): Unit[] {
  return units.filter((u) => !EXCLUDED.has(u.sectionKind) && (ADDRESS.test(u.text) || STACK.test(u.text)));
}
