// A LinkedIn-like single-page app: a job list and a detail pane; showJob(n) swaps the pane's markup and pushes
// ?currentJobId=n, as LinkedIn does, without reloading. Job n asks for a different set of skills each time.
export const SPA_URL = 'https://www.linkedin.com/jobs/search/?currentJobId=1';

const STACKS = [
  ['Python', 'Kubernetes', 'Terraform', 'Google Cloud Platform'],
  ['Java', 'Spring Boot', 'PostgreSQL', 'Kafka'],
  ['React', 'TypeScript', 'CSS', 'GraphQL'],
  ['Rust', 'C++', 'Embedded Linux', 'RTOS'],
];

export function spaJobTitle(n: number): string {
  return `Engineer number ${n}, ${STACKS[n % STACKS.length]![0]} team`;
}

function jobHtml(n: number): string {
  const s = STACKS[n % STACKS.length]!;
  return `
  <div class="job-details-jobs-unified-top-card__job-title"><h1>${spaJobTitle(n)}</h1></div>
  <div class="job-details-jobs-unified-top-card__company-name"><a>Company ${n}</a></div>
  <div id="job-details">
    <h2>About the job</h2>
    <p>We are hiring an engineer to build and run our product for customers around the world. This is role number ${n}.</p>
    <h3>Requirements</h3>
    <ul>
      <li>3+ years of experience with ${s[0]}.</li>
      <li>Hands-on experience with ${s[1]} in production.</li>
      <li>Solid knowledge of ${s[2]}.</li>
    </ul>
    <h3>Nice to have</h3>
    <ul><li>Experience with ${s[3]}.</li></ul>
    <p>We offer a competitive salary, remote work and a friendly team.</p>
  </div>`;
}

export function spaPage(): string {
  const jobs = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [i + 1, jobHtml(i + 1)]));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs | LinkedIn</title></head>
<body>
<header role="banner"><nav>LinkedIn</nav></header>
<main class="jobs-search__main">
  <ul class="jobs-list">${Array.from({ length: 21 }, (_, i) => `<li><a href="#" data-job="${i + 1}">Job ${i + 1}</a></li>`).join('')}</ul>
  <section class="jobs-search__job-details">${jobHtml(1)}</section>
</main>
<script>
  const JOBS = ${JSON.stringify(jobs)};
  window.showJob = (n) => {
    history.pushState({}, '', '/jobs/search/?currentJobId=' + n);
    // LinkedIn renders the pane after the URL changed.
    setTimeout(() => { document.querySelector('.jobs-search__job-details').innerHTML = JOBS[n]; }, 20);
  };
</script>
</body></html>`;
}

/** A LinkedIn page that is not about jobs: the content script stays idle there. */
export const FEED_URL = 'https://www.linkedin.com/feed/';

/** A remotewlb page that names no requirements: too thin to score. */
export const THIN_URL = 'https://www.remotewlb.com/apply/';
export const THIN_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>RemoteWLB – remote jobs with work-life balance</title></head>
<body><main><h1>Find a remote job with work-life balance</h1>
<p>Browse thousands of remote jobs at companies that respect your time. Sign up for our newsletter to get new jobs every week.</p>
<ul><li><a href="/apply/a">Jobs in engineering</a></li><li><a href="/apply/b">Jobs in design</a></li></ul></main></body></html>`;
