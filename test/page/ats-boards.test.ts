// The boards of issue 12: the applicant tracking systems (JSON-LD job pages), Welcome to the Jungle's hosts, and
// LinkedIn's and Indeed's search pages with a job open. Each address must be covered by the manifest's content
// script patterns AND tracked by the runner (else the script never runs, or runs and stays idle), and the page must
// give that board's posting. No real saved page of these ATSs was found (test/fixtures/pages/SOURCES.md): the pages
// here are written in the shape each system documents (JSON-LD, and the DOM anchors the adapters read).
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_MATCHES } from '../../lib/content/matches';
import { isTracked } from '../../lib/content/runner';
import { extractPage } from '../../lib/page';
import { ld, page } from './helpers';

const PATTERNS = CONTENT_MATCHES.map((m) => new MatchPattern(m));
const covered = (url: string) => PATTERNS.some((p) => p.includes(url));

const DESCRIPTION =
  '<p>You will build and run the services behind our product with a small team.</p><h3>Requirements</h3><ul><li>3+ years of experience with TypeScript and Node.js</li><li>Experience with PostgreSQL and Docker</li></ul><h3>Nice to have</h3><ul><li>Kubernetes</li></ul>';
const jobLd = (title: string, company: string) =>
  ld(JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, description: DESCRIPTION, hiringOrganization: { '@type': 'Organization', name: company } }));

/** A job page of each system, and a page of the same site that is not a job. */
const ATS: { board: string; job: string; other: string }[] = [
  { board: 'workable', job: 'https://apply.workable.com/acme/j/4F1C2A9B7E/', other: 'https://apply.workable.com/acme/' },
  { board: 'smartrecruiters', job: 'https://jobs.smartrecruiters.com/Acme/744000012345678-backend-engineer', other: 'https://jobs.smartrecruiters.com/Acme' },
  { board: 'recruitee', job: 'https://acme.recruitee.com/o/backend-engineer', other: 'https://acme.recruitee.com/o' },
  { board: 'teamtailor', job: 'https://acme.teamtailor.com/jobs/4821937-backend-engineer', other: 'https://acme.teamtailor.com/jobs' },
  { board: 'personio', job: 'https://acme.jobs.personio.de/job/1234567?language=en', other: 'https://acme.jobs.personio.de/' },
  { board: 'personio', job: 'https://acme.jobs.personio.com/job/1234567', other: 'https://acme.jobs.personio.com/' },
  { board: 'join', job: 'https://join.com/companies/acme/12345678-backend-engineer', other: 'https://join.com/companies/acme' },
  { board: 'bamboohr', job: 'https://acme.bamboohr.com/careers/123', other: 'https://acme.bamboohr.com/careers' },
  { board: 'bamboohr', job: 'https://acme.bamboohr.com/jobs/view.php?id=123', other: 'https://acme.bamboohr.com/jobs/' },
  { board: 'breezy', job: 'https://acme.breezy.hr/p/3f2b1c0d9e8a-backend-engineer', other: 'https://acme.breezy.hr/p/' },
  { board: 'jobvite', job: 'https://jobs.jobvite.com/acme/job/oAbC1fwQ', other: 'https://jobs.jobvite.com/acme/jobs' },
  { board: 'icims', job: 'https://careers-acme.icims.com/jobs/12345/backend-engineer/job', other: 'https://careers-acme.icims.com/jobs/search?ss=1' },
  { board: 'wellfound', job: 'https://wellfound.com/jobs/3012345-backend-engineer', other: 'https://wellfound.com/jobs' },
  { board: 'wellfound', job: 'https://wellfound.com/company/acme/jobs/3012345-backend-engineer', other: 'https://wellfound.com/company/acme' },
];

describe('applicant tracking systems with JSON-LD job pages', () => {
  for (const a of ATS) {
    it(`${a.board}: ${new URL(a.job).host} job pages run the script and give the posting`, () => {
      expect(covered(a.job)).toBe(true);
      expect(isTracked(a.job)).toBe(true);
      const r = extractPage(page('<h1>Backend Engineer</h1><p>Apply below.</p>', jobLd('Backend Engineer', 'Acme')), a.job);
      expect(r).toMatchObject({ board: a.board, source: 'jsonld', header: { title: 'Backend Engineer', company: 'Acme' } });
      expect(r?.text).toContain('- 3+ years of experience with TypeScript and Node.js');
    });
    it(`${a.board}: elsewhere on ${new URL(a.other).host} the script stays idle`, () => {
      expect(isTracked(a.other)).toBe(false);
    });
  }

  it('the employers’ and employees’ apps on the same domains get no content script', () => {
    for (const url of ['https://acme.bamboohr.com/home', 'https://acme.bamboohr.com/employees/', 'https://app.teamtailor.com/companies/x/dashboard', 'https://app.recruitee.com/', 'https://app.breezy.hr/app/c/acme', 'https://join.com/dashboard', 'https://acme.icims.com/platform']) {
      expect(covered(url), url).toBe(false);
    }
  });

  it('SmartRecruiters without JSON-LD: its description sections and itemprop header', () => {
    const body = `<h1 class="job-title">Data Engineer</h1><span itemprop="hiringOrganization"><span itemprop="name">Acme</span></span><section id="st-jobDescription"><h2>Job Description</h2><p>${'You will build pipelines that move data between our systems every day. '.repeat(3)}</p></section><section id="st-qualifications"><h2>Qualifications</h2><ul><li>Python</li><li>Apache Spark</li></ul></section>`;
    const r = extractPage(page(body), 'https://jobs.smartrecruiters.com/Acme/744000012345678-data-engineer');
    expect(r).toMatchObject({ board: 'smartrecruiters', source: 'board', header: { title: 'Data Engineer', company: 'Acme' } });
    expect(r?.text).toContain('## Qualifications\n\n- Python\n- Apache Spark');
  });

  it('a page of a tracked host that is neither JSON-LD nor a posting gives nothing', () => {
    expect(extractPage(page('<main><h1>Page not found</h1><p>This job is no longer available.</p></main>'), ATS[0]!.job)).toBeNull();
  });
});

describe('Welcome to the Jungle and Otta', () => {
  const jobs = [
    'https://app.welcometothejungle.com/jobs/AbC123xy',
    'https://www.welcometothejungle.com/en/companies/acme/jobs/backend-engineer_paris',
    'https://www.welcometothejungle.com/fr/companies/acme/jobs/developpeur-backend_lyon',
    'https://app.otta.com/jobs/AbC123xy',
  ];
  it('job pages run the script and give the posting', () => {
    for (const url of jobs) {
      expect(covered(url), url).toBe(true);
      expect(isTracked(url), url).toBe(true);
      expect(extractPage(page('<h1>Backend Engineer</h1>', jobLd('Backend Engineer', 'Acme')), url)).toMatchObject({ board: 'wttj', source: 'jsonld' });
    }
  });
  it('the rest of the sites leaves it idle', () => {
    for (const url of ['https://www.welcometothejungle.com/en/companies/acme', 'https://www.welcometothejungle.com/en/jobs?query=go', 'https://www.welcometothejungle.com/en/articles/how-to-negotiate', 'https://app.otta.com/', 'https://app.otta.com/profile']) {
      expect(isTracked(url), url).toBe(false);
    }
    expect(covered('https://app.welcometothejungle.com/profile')).toBe(false);
  });
});

describe('LinkedIn and Indeed search pages with a job open', () => {
  const linkedinPane = `<div class="jobs-search__job-details"><h1 class="job-details-jobs-unified-top-card__job-title">Platform Engineer</h1><div class="job-details-jobs-unified-top-card__company-name">Acme</div><div id="job-details"><h2>About the job</h2><p>${'You will run the platform our engineers deploy to every day. '.repeat(3)}</p><ul><li>Terraform</li><li>AWS</li></ul></div></div>`;
  for (const url of [
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4012345678&keywords=platform',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
    'https://www.linkedin.com/jobs/collections/remote-jobs/?currentJobId=4012345678&discover=recommended',
  ]) {
    it(`LinkedIn ${new URL(url).pathname}`, () => {
      expect(covered(url)).toBe(true);
      expect(isTracked(url)).toBe(true);
      expect(extractPage(page(linkedinPane), url)).toMatchObject({ board: 'linkedin', source: 'board', header: { title: 'Platform Engineer', company: 'Acme' } });
    });
  }

  const indeedPane = `<div id="jobsearch-ViewjobPaneWrapper"><h2 class="jobsearch-JobInfoHeader-title"><span>Site Reliability Engineer<span> - job post</span></span></h2><div data-company-name="true">Acme</div><div id="jobDescriptionText"><p>${'You will keep our services up and make them faster. '.repeat(4)}</p><ul><li>Linux</li><li>Prometheus</li></ul></div></div>`;
  for (const url of ['https://www.indeed.com/jobs?q=sre&l=Remote&vjk=0123456789abcdef', 'https://uk.indeed.com/?vjk=0123456789abcdef', 'https://de.indeed.com/jobs?q=sre&vjk=0123456789abcdef']) {
    it(`Indeed ${new URL(url).pathname}?…vjk=`, () => {
      expect(covered(url)).toBe(true);
      expect(isTracked(url)).toBe(true);
      expect(extractPage(page(indeedPane), url)).toMatchObject({ board: 'indeed', source: 'board', header: { title: 'Site Reliability Engineer', company: 'Acme' } });
    });
  }
});
