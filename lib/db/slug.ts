// Fallback skill id for names the taxonomy does not know (and the default for the v1 → v2 upgrade).
// Symbols that distinguish languages are spelled out so "C", "C++" and "C#" never share an id.

const SPELLED: [RegExp, string][] = [
  [/\+/g, 'p'],
  [/#/g, 'sharp'],
  [/^\./, 'dot'],
];

export function skillSlug(name: string): string {
  let s = name.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const [re, word] of SPELLED) s = s.replace(re, word);
  s = s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (s) return s.slice(0, 200);
  // A name made only of symbols: a stable hash keeps it distinct from other such names.
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return `skill-${(h >>> 0).toString(36)}`;
}
