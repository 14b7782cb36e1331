// A section that opens and closes with its heading (native <details>: keyboard and screen reader support built in).
import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  /** Shown after the title when closed, e.g. "3 added". */
  summary?: string;
  open?: boolean;
  id?: string;
  children: ComponentChildren;
}

export function Disclosure({ title, summary, open, id, children }: Props) {
  return (
    <details class="pf-disclosure" open={open} id={id}>
      <summary>
        <span class="pf-disclosure-title">{title}</span>
        {summary && <span class="pf-muted pf-small"> {summary}</span>}
      </summary>
      <div class="pf-disclosure-body">{children}</div>
    </details>
  );
}
