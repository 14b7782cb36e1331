// The text of a Word (.docx) file, for the CV reader: word/document.xml's paragraphs, one line each.
// A small tokenizer over the handful of WordprocessingML tags that carry text, not a DOM: this runs where the import
// runs, which may be a worker (no DOMParser there), and Word writes well-formed XML whose text sits only in <w:t>.
// Tables read as one line per row, cells separated by a tab; tracked deletions (<w:delText>), field codes
// (<w:instrText>), tab-stop definitions and the old-format copy of text boxes (<mc:Fallback>) are left out.
import { unzip } from './zip';

export type DocxText = { ok: true; text: string } | { ok: false; error: string };

export const DOCX_MESSAGES = {
  notWord: 'This file is not a Word document (it has no document text inside); save your CV as .docx or PDF and try again.',
  empty: 'This Word document holds no text; if your CV is a picture inside it, save it as a PDF with text or paste the text instead.',
};

const DOCUMENT = 'word/document.xml';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** A tag (its name, and whether it closes or is empty; quoted attribute values may hold ">"), or text. */
const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<\?[^>]*>|<!--[\s\S]*?-->|([^<]+)/g;

/** Plain text of a document.xml: paragraphs as lines, table rows as lines with tab-separated cells. */
export function documentXmlText(xml: string): string {
  const parts: string[] = [];
  // Ends a cell or row in place of the separator before it, without rescanning the text so far.
  const swapLast = (from: string, to: string) => {
    const last = parts[parts.length - 1];
    if (last?.endsWith(from)) parts[parts.length - 1] = last.slice(0, -from.length);
    parts.push(to);
  };
  let inText = 0; // inside <w:t>
  let skip = 0; // inside a part whose text is not the document's (see the header)
  for (const m of xml.matchAll(TOKEN)) {
    const [, close, tag, selfClose, chars] = m;
    if (chars !== undefined) {
      if (inText && !skip) parts.push(decodeEntities(chars));
      continue;
    }
    if (!tag) continue;
    const opening = !close;
    if (tag === 'w:pPr' || tag === 'w:rPr' || tag === 'mc:Fallback' || tag === 'w:delText' || tag === 'w:instrText') {
      if (!selfClose) skip += opening ? 1 : -1;
      continue;
    }
    if (skip) continue;
    if (tag === 'w:t') {
      if (!selfClose) inText = opening ? 1 : 0;
    } else if (!opening) {
      if (tag === 'w:p') parts.push('\n');
      else if (tag === 'w:tc') swapLast('\n', '\t');
      else if (tag === 'w:tr') swapLast('\t', '\n');
    } else if (tag === 'w:tab' || tag === 'w:ptab') parts.push('\t');
    else if (tag === 'w:br' || tag === 'w:cr') parts.push('\n');
    else if (tag === 'w:noBreakHyphen') parts.push('-');
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of a .docx file's main document, or a message saying why there is none. */
export function readDocxText(bytes: Uint8Array): DocxText {
  const zip = unzip(bytes, (name) => name === DOCUMENT);
  if (!zip.ok) return zip;
  const xml = zip.files.get(DOCUMENT);
  if (!xml) return { ok: false, error: DOCX_MESSAGES.notWord };
  const text = documentXmlText(new TextDecoder().decode(xml));
  return text ? { ok: true, text } : { ok: false, error: DOCX_MESSAGES.empty };
}
