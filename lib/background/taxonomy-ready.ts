// What the background waits for before a parse or a score: the packaged taxonomy's core (fetched once, from the
// worker's first moment: entrypoints/background.ts starts it), and its extra part only when the profile names a
// concept outside the core (a look-up-only skill picked in the profile editor).
import type { Profile } from '../profile/schema';
import { inCore } from '../taxonomy/load';

export function taxonomyReadiness(load: (opts?: { extra?: boolean }) => Promise<void>): (profile: Profile | null) => Promise<void> {
  return async (profile) => {
    await load();
    if (profile && !inCore(profile.skills.map((s) => s.id))) await load({ extra: true });
  };
}
