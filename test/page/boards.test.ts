import { describe, expect, it } from 'vitest';
import { extractHnPostings, extractPage } from '../../lib/page';
import { page, ld } from './helpers';

const para = (s: string) => `<p>${s}</p>`;
const LONG = 'You will design, build and run services used by millions of people, together with a small team. ';

describe('non-postings give null', () => {
  it('an ordinary article, even one about hiring', () => {
    const body = `<nav><a href="/">Home</a></nav><article><h1>How we think about hiring</h1>${para(LONG.repeat(3))}<h2>Interviews</h2>${para('Our interviews are conversations. We read every application and try to answer within a week. '.repeat(3))}<ul><li>Be kind</li><li>Be clear</li></ul></article><footer>© Blog</footer>`;
    expect(extractPage(page(body, '<title>How we think about hiring | Acme Blog</title>'), 'https://acme.example/blog/hiring')).toBeNull();
  });
  it('a home page and a job list', () => {
    expect(extractPage(page(`<h1>Acme</h1>${para('We make rockets.')}`), 'https://acme.example/')).toBeNull();
    const list = Array.from({ length: 8 }, (_, i) => `<li><a href="/jobs/${i}">Engineer ${i}</a> Berlin</li>`).join('');
    expect(extractPage(page(`<main><h1>Open positions</h1><ul>${list}</ul></main>`), 'https://acme.example/careers')).toBeNull();
  });
  it('a Hacker News thread that is not "Who is hiring"', () => {
    const hn = `<table class="fatitem"><tr class="athing"><td class="title"><span class="titleline"><a>Ask HN: Who wants to be hired? (May 2024)</a></span></td></tr></table>`;
    expect(extractPage(page(hn), 'https://news.ycombinator.com/item?id=1')).toBeNull();
  });
});

describe('hostile markup stays text', () => {
  const evil = '<p>Requirements follow.</p><script>globalThis.__pwned = 1</script><img src="x" onerror="globalThis.__pwned = 2"><ul><li>TypeScript &lt;script&gt;alert(1)&lt;/script&gt;</li></ul>';
  it('in a JSON-LD description', () => {
    const json = JSON.stringify({ '@type': 'JobPosting', title: 'Dev', description: evil + para(LONG.repeat(2)) }).replace(/<\//g, '<\\/'); // as pages ship it
    const r = extractPage(page('', ld(json)), null);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(r?.text).not.toContain('__pwned');
    expect(r?.text).toContain('- TypeScript <script>alert(1)</script>'); // escaped text stays text
  });
  it('in a board page', () => {
    const body = `<h2 data-automation-id="jobPostingHeader">Dev</h2><div data-automation-id="jobPostingDescription">${evil}${para(LONG.repeat(2))}</div>`;
    const r = extractPage(page(body), 'https://acme.wd1.myworkdayjobs.com/en-US/x/job/Dev_1');
    expect(r?.text).not.toContain('__pwned');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('boards without a real saved page: anchors on their test hooks', () => {
  it('SEEK', () => {
    const body = `<h1 data-automation="job-detail-title">Site Manager</h1><span data-automation="advertiser-name">Build Co</span><span data-automation="job-detail-location">Sydney NSW</span><span data-automation="job-detail-salary">$120,000 – $140,000 per year</span><div data-automation="jobAdDetails">${para(LONG.repeat(2))}<ul><li>5 years experience</li></ul></div>`;
    const r = extractPage(page(body), 'https://www.seek.com.au/job/12345');
    expect(r).toMatchObject({ board: 'seek', source: 'board', header: { title: 'Site Manager', company: 'Build Co', locationText: 'Sydney NSW' } });
    expect(r?.header.salaryText).toContain('120,000');
  });
  it('StepStone, with its description split in sections', () => {
    const body = `<h1 data-at="header-job-title">Softwareentwickler (m/w/d)</h1><a data-at="metadata-company-name">Muster GmbH</a><div data-at="section-text-description"><h4>Ihre Aufgaben</h4>${para(LONG)}</div><div data-at="section-text-profile"><h4>Ihr Profil</h4><ul><li>Java</li><li>Spring</li></ul>${para(LONG)}</div>`;
    const r = extractPage(page(body), 'https://www.stepstone.de/stellenangebote--Softwareentwickler-Berlin--1234-inline.html');
    expect(r).toMatchObject({ board: 'stepstone', header: { title: 'Softwareentwickler (m/w/d)', company: 'Muster GmbH' } });
    expect(r?.text).toContain('## Ihr Profil\n\n- Java\n- Spring');
  });
  it('Lever posting tab', () => {
    const body = `<div class="posting-page"><div class="content"><div class="posting-headline"><h2>Backend Engineer</h2><div class="posting-categories"><div class="location">Remote</div></div></div><div data-qa="job-description">${para(LONG.repeat(2))}</div><div class="section page-centered"><h3>What you bring</h3><ul><li>Go</li></ul></div></div></div>`;
    const r = extractPage(page(body, '<title>Acme - Backend Engineer</title>'), 'https://jobs.lever.co/acme/123');
    expect(r).toMatchObject({ board: 'lever', header: { title: 'Backend Engineer', company: 'Acme', locationText: 'Remote' } });
    expect(r?.text).toContain('## What you bring\n\n- Go');
  });
});

describe('Hacker News "Who is hiring?"', () => {
  const comment = (id: string, indent: number, html: string) =>
    `<tr class="athing comtr" id="${id}"><td><table><tr><td class="ind" indent="${indent}"></td><td class="default"><div class="comment"><div class="commtext c00">${html}</div></div></td></tr></table></td></tr>`;
  const thread = `<table class="fatitem"><tr class="athing"><td class="title"><span class="titleline"><a>Ask HN: Who is hiring? (May 2024)</a></span></td></tr></table><table class="comment-tree">${[
    comment('1', 0, `Acme (https://acme.example) | Senior Rust Engineer | Remote (US) | $150k-$190k<p>${LONG}</p><p>We use Rust and Postgres.</p>`),
    comment('2', 1, `Is this still open? ${LONG}`),
    comment('3', 0, `Beta Labs | Berlin, Germany | ONSITE | Data Scientist<p>${LONG}</p>`),
  ].join('')}</table>`;
  it('gives one posting per top-level comment', () => {
    const all = extractHnPostings(page(thread));
    expect(all.map((p) => p.header.company)).toEqual(['Acme', 'Beta Labs']);
    expect(all[0]?.header).toMatchObject({ title: 'Senior Rust Engineer', locationText: 'Remote (US)', salaryText: '$150k-$190k' });
    expect(all[1]?.header.title).toBe('Data Scientist');
  });
  it('extractPage returns the first, or the one named in the URL hash', () => {
    const doc = page(thread);
    expect(extractPage(doc, 'https://news.ycombinator.com/item?id=9')?.header.company).toBe('Acme');
    expect(extractPage(doc, 'https://news.ycombinator.com/item?id=9#3')?.header.company).toBe('Beta Labs');
  });
});
