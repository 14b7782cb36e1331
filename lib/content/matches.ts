// Where the board content script is declared (manifest content_scripts.matches). Only the supported boards; any
// other site is evaluated on demand (context menu, keyboard command) through activeTab + scripting, or by the
// opt-in every-site detector (lib/site-access.ts), which these patterns keep off the boards.
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
  // Otta's app now lives here; its job pages are /jobs/<id>.
  'https://app.welcometothejungle.com/jobs/*',
  'https://app.otta.com/*',
  'https://www.stepstone.de/*',
  'https://www.stepstone.at/*',
  'https://www.stepstone.be/*',
  'https://www.stepstone.nl/*',
  'https://news.ycombinator.com/item*',
  // Applicant tracking systems whose job pages carry schema.org JobPosting JSON-LD (lib/page/boards/ats.ts).
  // Hosts that only serve career sites are listed whole; where the same hosts also serve the employer's or the
  // employees' app (BambooHR, iCIMS, Teamtailor, Recruitee, Breezy, JOIN), only the job paths.
  'https://apply.workable.com/*',
  'https://jobs.smartrecruiters.com/*',
  'https://*.recruitee.com/o/*',
  'https://*.teamtailor.com/jobs/*',
  'https://*.jobs.personio.de/*',
  'https://*.jobs.personio.com/*',
  'https://join.com/companies/*',
  'https://*.bamboohr.com/careers/*',
  'https://*.bamboohr.com/jobs/*',
  'https://*.breezy.hr/p/*',
  'https://jobs.jobvite.com/*',
  'https://*.icims.com/jobs/*',
  // A single-page app that moves between the list and a job without a reload.
  'https://wellfound.com/*',
];
