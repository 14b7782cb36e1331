// The skills of the profile, newest first.
import { useStore } from '../common/useStore';
import { SkillRow } from './SkillRow';
import { profileStore } from './stores';

export function SkillList() {
  const skills = useStore(profileStore, (s) => s.profile.skills);
  if (!skills.length) return null;
  return (
    <>
      <p class="pf-muted pf-small skill-list-head skill-line" aria-hidden="true">
        <span class="skill-name">{skills.length === 1 ? '1 skill' : `${skills.length} skills`}</span>
        <span class="skill-years">Years</span>
        <span class="skill-level">Level</span>
        <span class="pf-icon-space" />
      </p>
      <ul class="skill-list" aria-label="Your skills">
        {skills.map((s) => (
          <SkillRow key={s.id} skill={s} />
        ))}
      </ul>
    </>
  );
}
