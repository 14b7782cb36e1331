// The CLI's way to get a Document from a saved page. The only file of lib/page that may import linkedom.
import { parseHTML } from 'linkedom';

export function parseHtmlFile(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
