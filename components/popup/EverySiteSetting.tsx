// "Detect postings on every site": the opt-in that lets Postfit look for postings beyond the boards it knows. Its
// state is the browser's own (the permission is held or not), so it stays right when the user revokes site access in
// the browser's settings. The request is made from the click itself (browsers refuse it otherwise).
import { useEffect, useState } from 'preact/hooks';
import { CONTENT_MATCHES } from '../../lib/content/matches';
import { disableEverySite, enableEverySite, EVERY_SITE, type PermissionsPort, type ScriptsPort } from '../../lib/site-access';

export interface EverySitePorts {
  perms: PermissionsPort;
  scripts: ScriptsPort;
  /** Calls back when the browser's permissions change; returns the unsubscribe. */
  onChange(cb: () => void): () => void;
}

export function EverySiteSetting({ ports }: { ports: EverySitePorts }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const read = () => void ports.perms.contains({ origins: EVERY_SITE }).then(setOn, () => setOn(false));
    read();
    return ports.onChange(read);
  }, [ports]);

  const toggle = (want: boolean) => {
    setMessage(null);
    setBusy(true);
    // No await before enableEverySite: its first call is the permission request, which needs this click.
    const done = want ? enableEverySite(ports.perms, ports.scripts, CONTENT_MATCHES) : disableEverySite(ports.perms, ports.scripts).then(() => false);
    done.then(
      (now) => {
        setOn(now);
        if (want && !now) setMessage('Not turned on: the browser’s permission was not given.');
      },
      (e: unknown) => setMessage(`Could not change it: ${e instanceof Error ? e.message : String(e)}`),
    ).finally(() => setBusy(false));
  };

  return (
    <div class="pf-stack every-site">
      <label class="pf-check">
        <input type="checkbox" checked={!!on} disabled={on === null || busy} onChange={(e) => toggle(e.currentTarget.checked)} />
        Detect postings on every site
      </label>
      <p class="pf-muted pf-small">
        Postfit then looks at each page you open for a job posting and shows its badge only there; other pages are left
        alone. Your browser first asks you to let Postfit read your data on all websites; nothing leaves your browser.
        When this is off: the job boards Postfit knows, and other pages only when you ask (right-click → Evaluate this
        page with Postfit, or Alt+Shift+F).
      </p>
      {message && (
        <p class="pf-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
