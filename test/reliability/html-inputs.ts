// Hostile HTML: generated element trees with hostile text and attributes, and real pages cut, spliced and
// garbled. Addresses cover every board adapter, Hacker News, career sites and addresses that are not URLs.
import fc from 'fast-check';
import { postingTexts } from './corpus';
import { MARKUP, ODD_CHARS, applyEdit, mutated, shortText, token, type Edit } from './hostile';

export const URLS = [
  'https://remotewlb.com/apply/senior-engineer-acme',
  'https://www.linkedin.com/jobs/view/123456/',
  'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=42',
  'https://www.indeed.com/viewjob?jk=abc',
  'https://boards.greenhouse.io/acme/jobs/1',
  'https://job-boards.greenhouse.io/acme/jobs/1#app',
  'https://acme.com/careers?gh_jid=1',
  'https://jobs.lever.co/acme/1',
  'https://jobs.ashbyhq.com/acme/1',
  'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R1',
  'https://www.seek.com.au/job/1',
  'https://www.welcometothejungle.com/en/companies/acme/jobs/engineer',
  'https://www.stepstone.de/stellenangebote--Engineer--1-inline.html',
  'https://news.ycombinator.com/item?id=1#2',
  'https://news.ycombinator.com/item?id=1',
  'https://acme.com/jobs/engineer',
  'https://acme.com/blog/post',
  'file:///tmp/page.html',
  'not a url',
  // eslint-disable-next-line no-script-url -- a hostile address the extraction must survive, never run
  'javascript:alert(1)',
  '',
];

export const url: fc.Arbitrary<string | null> = fc.oneof(
  { arbitrary: fc.constantFrom(...URLS), weight: 8 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
  { arbitrary: shortText, weight: 1 },
);

const TAGS = [
  'div', 'p', 'span', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'li', 'dl', 'dt',
  'dd', 'h1', 'h2', 'h3', 'h6', 'strong', 'b', 'em', 'a', 'br', 'hr', 'table', 'tr', 'td', 'th', 'pre', 'code',
  'blockquote', 'template', 'script', 'style', 'noscript', 'svg', 'form', 'button', 'iframe', 'img', 'details',
  'summary', 'title', 'meta', 'body', 'html', 'head', 'textarea', 'select', 'option', 'center', 'x-custom',
];

/** Attributes the extraction reads: hiding, roles, classes and ids of the board anchors, links, metas. */
const ATTRS = [
  'hidden', 'aria-hidden="true"', 'style="display:none"', 'style="visibility: hidden"', 'class="sr-only"',
  'class="visually-hidden a11y-text"', 'role="main"', 'role="navigation"', 'role="dialog"', 'role="button"',
  'href="#main"', 'href="javascript:alert(1)"', 'href="https://acme.com/jobs/1"', 'class="job__description"',
  'class="app-title"', 'class="company-name"', 'id="content"', 'id="jobDescriptionText"', 'class="posting-page"',
  'class="show-more-less-html__markup"', 'data-automation-id="jobPostingDescription"', 'class="badge"',
  'class="commtext c00"', 'class="ind" indent="0"', 'property="og:title" content="Engineer | Acme"',
  'name="og:site_name" content="Acme"', 'type="application/ld+json"', 'onerror="alert(1)"', 'src="x"',
];

const attr: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...ATTRS), weight: 5 },
  { arbitrary: fc.tuple(fc.constantFrom('class', 'id', 'role', 'style', 'href', 'indent'), shortText).map(([k, v]) => `${k}="${v}"`), weight: 2 },
  { arbitrary: shortText.map((s) => s.replace(/[\s>]/g, '')), weight: 1 },
);

const text = fc.oneof(
  { arbitrary: shortText, weight: 3 },
  { arbitrary: fc.constantFrom('Requirements', 'Nice to have', 'Python, AWS or GCP', 'Acme | Engineer | Remote | $150k'), weight: 1 },
  // Stretches of real postings, so that generated pages also pass the posting test and reach the parser.
  { arbitrary: mutated(postingTexts(), token, 800, 2), weight: 1 },
);

/** Element trees, serialised without escaping the text (so text may itself open tags), some tags left open. */
export const tree: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', maxDepth: 6 }, text, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(attr, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 6 }),
      close: fc.boolean(),
    })
    .map(({ tag, attrs, children, close }) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${children.join('')}${close ? `</${tag}>` : ''}`),
})).node;

/** Fragments spliced into pages: broken tags, comments, CDATA, entities, invisible characters. */
export const HTML_PIECES = [
  '<', '</', '<div', '">', "'", '"', '=', '/>', '</div>', '</li></ul>', '<li>', '<ul>', '<h2>', '</h2>', '<b>', '<br>', '<p>',
  '<main>', '<article>', '</body>', '</html>', '<html><body>', '<!--', '-->', '<![CDATA[', ']]>', '<template>', '<svg>',
  '<table><tr><td>', '<script>', '</script>', '<script type="application/ld+json">', '<style>', '<textarea>', '<plaintext>',
  '<!doctype html>', '<meta charset="latin1">', '&', '&amp;', '&#0;', '&#x0;', '&#xD800;', '&#x110000;', '&#99999999999;',
  '&lt;p&gt;', '&nbsp;', '&constructor;', '&__proto__;',
];

export const htmlPiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HTML_PIECES), weight: 4 },
  { arbitrary: fc.constantFrom(...ODD_CHARS, ...MARKUP), weight: 2 },
  { arbitrary: attr.map((a) => ` ${a}`), weight: 2 },
  { arbitrary: tree, weight: 1 },
  { arbitrary: token, weight: 1 },
);

const ATTRIBUTE = /\s[\w:-]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;

/** Rewrites the n-th attribute of the page: value garbled, quote dropped, name dropped, or replaced by `piece`. */
export function garbleAttribute(html: string, n: number, kind: number, piece: string): string {
  const found = [...html.matchAll(ATTRIBUTE)];
  const m = found.length ? found[n % found.length] : undefined;
  if (!m || m.index === undefined) return html;
  const [all] = m;
  const variants = [
    all.replace(/=.*/s, `="${piece}"`),
    all.replace(/"([^"]*)"$/, '"$1'),
    all.replace(/^\s[\w:-]+/, ' '),
    ` ${piece}`,
    all.replace(/=/, ''),
  ];
  return html.slice(0, m.index) + variants[kind % variants.length] + html.slice(m.index + all.length);
}

export type HtmlEdit = readonly ['edit', Edit] | readonly ['attribute', number, number, string];

export const htmlEdit: fc.Arbitrary<HtmlEdit> = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom('cut', 'delete', 'double', 'insert', 'replace', 'recode'), fc.nat(), fc.nat(), htmlPiece).map((e) => ['edit', e] as const), weight: 3 },
  { arbitrary: fc.tuple(fc.constant('attribute' as const), fc.nat(), fc.nat(), fc.oneof(shortText, htmlPiece)), weight: 1 },
);

export const applyHtmlEdit = (html: string, e: HtmlEdit): string =>
  e[0] === 'edit' ? applyEdit(html, e[1]) : garbleAttribute(html, e[1], e[2], e[3]);
