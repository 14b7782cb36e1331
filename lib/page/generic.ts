// The path for pages no adapter knows (company career sites): find the main content, decide whether it is a
// posting at all, and read a header from the page's title and meta tags.
import type { PostingHeader } from '../posting/types';
import { clean, meta, titleParts } from './dom';
import { elementText, isSkipped, visibleLength } from './text';

const PARA = 'p, li, pre, dd, td, blockquote';

/**
 * The element holding the posting: a single <article>, <main>/[role=main], or the container with the most
 * paragraph text (readability's parent + half-grandparent score). The winner then grows to its ancestors while
 * they add little text, so that a hero with the title and badges next to the description is kept
 * (vercel.com/careers pages: hero <section> and details <section> are siblings; see ../shared/dev/html).
 */
export function mainRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll(PARA))) {
    if (p.closest('nav, footer, aside, form, [role=navigation], [role=contentinfo]')) continue;
    const n = clean(p.textContent)?.length ?? 0;
    if (n < 25) continue;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + n);
    const gp = parent?.parentElement;
    if (gp) scores.set(gp, (scores.get(gp) ?? 0) + n / 2);
  }
  let best: Element | null = null;
  let top = 0;
  for (const [el, s] of scores) if (s > top && !isSkipped(el, body)) [best, top] = [el, s];
  const marked = landmark(doc);
  if (marked && (!best || marked.contains(best))) best = best ? grow(best, marked) : marked;
  else if (best) best = grow(best, body);
  return best ?? body;
}

function landmark(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1 && visibleLength(articles[0] as Element) > 300) return articles[0] as Element;
  return doc.querySelector('main, [role=main]');
}

/** Climbs while each ancestor adds at most 30% more visible text, never above `limit`. */
function grow(el: Element, limit: Element): Element {
  let node = el;
  let len = visibleLength(node);
  while (node !== limit && node.parentElement) {
    const parent = node.parentElement;
    const plen = visibleLength(parent);
    if (plen > len * 1.3 + 40) break;
    node = parent;
    len = plen;
  }
  return node;
}

/** Section headings and phrases that postings have and articles rarely have together. */
const CUES = [
  /\b(requirements|qualifications|what you('|’)ll (do|bring|need)|what we('|’)re looking for|who you are|about (you|the role|the job|the position)|responsibilities|your (role|profile|tasks)|must[- ]have|nice[- ]to[- ]have|benefits|what we offer|perks)\b/i,
  /\b(anforderungen|ihr profil|ihre aufgaben|wir bieten|profil recherché|vos missions|requisitos|responsabilidades|functieomschrijving)\b/i,
  /\b(\d+\+? years?( of)? experience|years of (professional |relevant )?experience|full[- ]time|part[- ]time|equal opportunity employer|salary|compensation)\b/i,
  /\b(apply (now|for this (job|position|role))|submit (your )?application|bewerben|postuler)\b/i,
];
export const JOB_URL = /\/(jobs?|careers?|positions?|vacanc(y|ies)|openings?|apply|stellen\w*|emploi|offres?|empleo)(\/|$|[-_?#])/i;

/** Precision over recall: an article, a home page or a job list must not pass. */
export function looksLikePosting(doc: Document, url: URL | null, text: string): boolean {
  if (text.length < 400) return false;
  const heads = (text.match(/^## .+$/gm) ?? []).join('\n');
  let score = CUES.filter((re) => re.test(text)).length;
  if (CUES[0]?.test(heads) || CUES[1]?.test(heads)) score += 1;
  if (url && JOB_URL.test(url.pathname + url.search)) score += 1;
  if (/job|career|hiring|vacanc|stelle/i.test(`${meta(doc, 'og:type') ?? ''} ${doc.title}`)) score += 1;
  const bullets = (text.match(/^- /gm) ?? []).length;
  if (bullets >= 3) score += 1;
  return score >= 4;
}

/** Title from the content's h1 (or og:title), company from site-name metas or the other half of <title>. */
export function genericHeader(doc: Document, root: Element): PostingHeader {
  const h1 = clean(root.querySelector('h1')?.textContent) ?? clean(doc.querySelector('h1')?.textContent);
  const parts = titleParts(doc);
  const title = h1 ?? parts[0] ?? null;
  const site = meta(doc, 'og:site_name') ?? meta(doc, 'application-name') ?? meta(doc, 'apple-mobile-web-app-title');
  const rest = parts.filter((p) => p.toLowerCase() !== title?.toLowerCase() && !/careers?|jobs?/i.test(p));
  const company = site ?? (parts.length > 1 && title && parts.some((p) => p.toLowerCase() === title.toLowerCase()) ? rest[0] ?? null : null);
  return { title, company, salaryText: null, locationText: null };
}

export function genericText(doc: Document, root: Element): string {
  const lead = clean(doc.title) ?? meta(doc, 'og:title');
  const body = elementText(root);
  return lead && !body.startsWith(lead) ? `${lead}\n\n${body}` : body;
}
