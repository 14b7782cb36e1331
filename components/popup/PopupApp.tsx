// The popup: the user's skills profile editor. Skills first (the part that matters for the fit), the rest
// in sections that open on demand so the popup stays short.
import { useEffect } from 'preact/hooks';
import { Disclosure } from '../common/Disclosure';
import { useStore } from '../common/useStore';
import { BackgroundForm } from './BackgroundForm';
import { BackupButtons } from './BackupButtons';
import { CvImport } from './CvImport';
import { DataCredits } from './DataCredits';
import { EverySiteSetting, type EverySitePorts } from './EverySiteSetting';
import { FirstRunHint } from './FirstRunHint';
import { PreferencesForm } from './PreferencesForm';
import { SaveStatus } from './SaveStatus';
import { SkillList } from './SkillList';
import { SkillSearch } from './SkillSearch';
import { profileStore } from './stores';
import { loadTaxonomy } from './stores/taxonomy';

/** everySite: the browser's permissions and scripting (entrypoints/popup/main.tsx); left out where there are none. */
export function PopupApp({ everySite }: { everySite?: EverySitePorts } = {}) {
  const loaded = useStore(profileStore, (s) => s.loaded);
  const skillCount = useStore(profileStore, (s) => s.profile.skills.length);
  useEffect(() => profileStore.getState().start(), []);
  // Decode the taxonomy while the user reads, so the first suggestions appear without a pause.
  useEffect(() => {
    const t = setTimeout(() => void loadTaxonomy().catch(() => {}), 300);
    return () => clearTimeout(t);
  }, []);

  return (
    <main class="popup pf-root" aria-busy={!loaded}>
      <header class="popup-header">
        <h1>Postfit</h1>
        <SaveStatus />
      </header>
      <section class="skills" aria-label="Skills">
        <SkillSearch />
        {loaded && skillCount === 0 && <FirstRunHint />}
        <SkillList />
      </section>
      <Disclosure title="Import from CV" id="cv-import">
        <CvImport />
      </Disclosure>
      <Disclosure title="Degree, languages, certifications">
        <BackgroundForm />
      </Disclosure>
      <Disclosure title="Job preferences">
        <PreferencesForm />
      </Disclosure>
      {everySite && (
        <Disclosure title="Sites">
          <EverySiteSetting ports={everySite} />
        </Disclosure>
      )}
      <Disclosure title="Backup">
        <BackupButtons />
      </Disclosure>
      <footer class="popup-footer">
        <DataCredits />
      </footer>
    </main>
  );
}
