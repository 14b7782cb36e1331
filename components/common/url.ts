// Links shown to the user come from data (taxonomy credits, postings): only http(s) ones are rendered as links.
export function safeHttpUrl(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
