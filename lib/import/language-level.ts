// A spoken language's level as files word it, to the profile's four levels. LinkedIn's five are the ILR scale:
// professional working proficiency (ILR 3) is about CEFR C1, so it reads as fluent; limited working (ILR 2) is B1–B2,
// conversational. CEFR levels map as in lib/profile/by-name.ts.
import type { LanguageLevel } from '../profile/schema';

const RULES: [RegExp, LanguageLevel][] = [
  [/\b(?:native|mother[ -]?tongue|bilingual|first language)\b/i, 'native'],
  [/\b[A]\s?[12]\b/i, 'basic'],
  [/\b[B]\s?[12]\b/i, 'conversational'],
  [/\b[C]\s?[12]\b/i, 'fluent'],
  [/\b(?:basic|elementary|beginner|novice|a little|notions?)\b/i, 'basic'],
  [/\b(?:conversational|intermediate|limited working|working knowledge|good)\b/i, 'conversational'],
  [/\b(?:fluent|fluency|full professional|professional working|proficient|advanced|business|excellent)\b/i, 'fluent'],
];

/** The level a phrase names ("Native speaker", "Full professional proficiency", "B2", "Elementary"), or null. */
export function languageLevel(words: string): LanguageLevel | null {
  for (const [re, level] of RULES) if (re.test(words)) return level;
  return null;
}
