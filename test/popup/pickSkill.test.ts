// Picking a suggestion empties the box as the skill appears, not when the save returns (a slow save used to leave
// "k8s" in the box beside the newly listed Kubernetes); a refused save gives the text back.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostfitDb, type PostfitDb } from '../../lib/db/index';
import { createProfileStore } from '../../components/popup/stores/profileStore';
import { createSuggestionsStore } from '../../components/popup/stores/suggestionsStore';
import { pickSkill } from '../../components/popup/stores/pickSkill';

let n = 0;
const dbs: PostfitDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A database whose opening waits until `release` is called: the save is in flight for as long as the test wants. */
async function gatedDb() {
  const db = await openPostfitDb(`pick-skill-${++n}`);
  dbs.push(db);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  return { db, release, open: () => gate.then(() => db) };
}

const K8S = { id: 'kubernetes', name: 'Kubernetes', note: 'DevOps' };

describe('picking a suggested skill', () => {
  it('empties the box while the save is still in flight', async () => {
    const g = await gatedDb();
    const profile = createProfileStore(g.open);
    const suggestions = createSuggestionsStore();
    await suggestions.getState().setQuery('k8s');
    const done = pickSkill(K8S, profile, suggestions);
    expect(profile.getState().profile.skills.map((s) => s.id)).toEqual(['kubernetes']);
    expect(suggestions.getState().query).toBe('');
    expect(suggestions.getState().open).toBe(false);
    g.release();
    expect(await done).toBe(true);
    expect(suggestions.getState().query).toBe('');
  });

  it('gives the typed text back when the save is refused', async () => {
    const profile = createProfileStore(() => Promise.reject(new Error('disk gone')));
    const suggestions = createSuggestionsStore();
    await suggestions.getState().setQuery('k8s');
    expect(await pickSkill(K8S, profile, suggestions)).toBe(false);
    expect(suggestions.getState().query).toBe('k8s');
    expect(profile.getState().message).toContain('disk gone');
  });

  it('keeps the text and says why when the skill is already in the profile', async () => {
    const g = await gatedDb();
    g.release();
    const profile = createProfileStore(g.open);
    const suggestions = createSuggestionsStore();
    await pickSkill(K8S, profile, suggestions);
    await suggestions.getState().setQuery('kubernetes');
    expect(await pickSkill(K8S, profile, suggestions)).toBe(false);
    expect(suggestions.getState().query).toBe('kubernetes');
    expect(profile.getState().fieldErrors.skill).toBe('Kubernetes is already in your profile');
  });

  it('does not bring the text back over something typed since', async () => {
    let fail!: (e: Error) => void;
    const refused = new Promise<never>((_, reject) => (fail = reject));
    const profile = createProfileStore(() => refused);
    const suggestions = createSuggestionsStore();
    await suggestions.getState().setQuery('k8s');
    const done = pickSkill(K8S, profile, suggestions);
    await suggestions.getState().setQuery('terraform');
    fail(new Error('disk gone'));
    expect(await done).toBe(false);
    expect(suggestions.getState().query).toBe('terraform');
  });
});
