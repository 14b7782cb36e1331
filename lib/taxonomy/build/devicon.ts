// devicon: alternative names of developer tools ("arm64" for aarch64). Only merged into known concepts.
import { readText } from './util';
import type { RawConcept } from './types';

interface Icon { name: string; altnames?: string[] }

export function readDevicon(common: Set<string>): RawConcept[] {
  const icons = JSON.parse(readText('devicon/devicon.json')) as Icon[];
  return icons
    .filter((i) => i.altnames?.length)
    .map((i) => ({
      name: i.name,
      category: 'technology',
      aliases: (i.altnames ?? []).map((a) => a.toLowerCase()).filter((a) => a.length > 3 && !common.has(a)),
      source: 'devicon' as const,
      mergeOnly: true,
      keys: [i.name],
    }));
}
