// The board script loads at document_start, so that compiling and starting it is over before the page has been
// parsed (at document_end Chrome injected it after DOMContentLoaded, 10–150 ms later, on the overlay's path). It
// reads the page once the document is parsed.
export interface ParsedHost {
  readyState: DocumentReadyState;
}

/** Calls `start` now if the document is parsed, else at its DOMContentLoaded. `listen` registers the one-time
 * listener (WXT's ctx.addEventListener: it goes with the script). */
export function whenParsed(doc: ParsedHost, listen: (type: 'DOMContentLoaded', cb: () => void) => void, start: () => void): void {
  if (doc.readyState !== 'loading') {
    start();
    return;
  }
  listen('DOMContentLoaded', start);
}
