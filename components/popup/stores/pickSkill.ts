// Picking a suggestion: the skill shows in the list at once (the profile store is optimistic), so the box empties at
// the same moment rather than when the save finishes; a refused save puts the text back for another try.
import type { StoreApi } from 'zustand/vanilla';
import { hasSkill } from '../../../lib/profile/edit';
import type { ProfileState } from './profileStore';
import type { SuggestionOption, SuggestionsState } from './suggestionsStore';

export async function pickSkill(
  option: SuggestionOption,
  profile: StoreApi<ProfileState>,
  suggestions: StoreApi<SuggestionsState>,
): Promise<boolean> {
  const typed = suggestions.getState().query;
  const accepted = !hasSkill(profile.getState().profile, option.id);
  const saved = profile.getState().addSkill({ id: option.id, name: option.name.slice(0, 200) });
  if (accepted) suggestions.getState().clear();
  const ok = await saved;
  if (!ok && accepted && suggestions.getState().query === '') void suggestions.getState().setQuery(typed);
  return ok;
}
