// "About / data credits": the credit lines of the open data the skill taxonomy is built from.
import { CREDITS } from '../../lib/taxonomy/credits';
import { ExternalLink } from '../common/ExternalLink';

export function DataCredits() {
  return (
    <details class="credits pf-small">
      <summary>About / data credits</summary>
      <p>Postfit works entirely in your browser. Skill names and aliases come from these open data sets:</p>
      <ul>
        {CREDITS.map((c) => (
          <li key={c.source}>
            <ExternalLink href={c.url}>{c.source}</ExternalLink>: {c.line}
          </li>
        ))}
      </ul>
    </details>
  );
}
