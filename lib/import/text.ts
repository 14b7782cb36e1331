// The characters of a text file (a pasted-then-saved CV, a JSON Resume). Most are UTF-8; Windows Notepad's "Unicode"
// is UTF-16 with a byte order mark; an old file may be Windows-1252, which UTF-8 rejects. TextDecoder is in every
// runtime the import runs in (popup, worker, Node).

/** The text, or null when the bytes are not text in any of these encodings (control bytes, NULs). */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  // Text has tabs and line breaks, never NULs or the other C0 controls (a binary file is full of them).
  return /[\0-\x08\x0E-\x1A\x1C-\x1F]/.test(text.slice(0, 64 * 1024)) ? null : text;
}
