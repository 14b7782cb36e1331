// The CLI's way to get a Document from a saved page. The only file of lib/page that may import linkedom.
import { parseHTML } from 'linkedom';

export function parseHtmlFile(html: string): Document {
  const { document } = parseHTML(html);
  // A file with no element at all (empty, only text or a comment) leaves linkedom's document without <html>,
  // and its document.body then throws; a browser builds html, head and body around such content.
  if (document.documentElement) return document as unknown as Document;
  return parseHTML(`<html><head></head><body>${html}</body></html>`).document as unknown as Document;
}
