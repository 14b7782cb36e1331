import type { ComponentChildren } from 'preact';
import { safeHttpUrl } from './url';

/** A link that opens in a new tab; anything but an http(s) address is shown as plain text. */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  const url = safeHttpUrl(href);
  if (!url) return <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
