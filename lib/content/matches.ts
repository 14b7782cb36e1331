// Where the board content script is declared (manifest content_scripts.matches). Only the supported boards; any
// other site is evaluated on demand (context menu, keyboard command) through activeTab + scripting.
// A board's whole host is listed where its single-page app moves between listing and job without a reload
// (LinkedIn, Indeed, SEEK, Otta...); the script stays idle wherever no board adapter applies (runner.isTracked).
// Match patterns cannot express query strings (LinkedIn's ?currentJobId=) or every employer's domain (Greenhouse's
// ?gh_jid= career pages): those are on demand.
export const CONTENT_MATCHES = [
  'https://remotewlb.com/apply/*',
  'https://www.remotewlb.com/apply/*',
  'https://www.linkedin.com/*',
  // Logged-out job pages are also served from country hosts (au.linkedin.com/jobs/view/…).
  'https://*.linkedin.com/jobs/*',
  'https://*.indeed.com/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://jobs.ashbyhq.com/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*',
  'https://www.seek.com.au/*',
  'https://www.seek.co.nz/*',
  // SEEK also serves job pages from au.seek.com / nz.seek.com (test/fixtures/pages/seek).
  'https://*.seek.com/*',
  'https://www.welcometothejungle.com/*',
  'https://app.otta.com/*',
  'https://www.stepstone.de/*',
  'https://www.stepstone.at/*',
  'https://www.stepstone.be/*',
  'https://www.stepstone.nl/*',
  'https://news.ycombinator.com/item*',
];
