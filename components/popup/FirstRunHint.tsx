// Shown while the profile has no skills: what Postfit does and the two ways to start.
export function FirstRunHint() {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Tell Postfit what you know</h2>
      <p>When you open a job posting, Postfit compares it with your skills and shows what fits and what is missing.</p>
      <ol>
        <li>Type a skill in the box above (“Python”, “k8s”…) and pick it from the list.</li>
        <li>Or open <strong>Import from CV</strong> and choose your CV (PDF or Word), a JSON Resume or your LinkedIn data export, or paste the text: Postfit proposes what it finds.</li>
        <li>Set the years and level of each skill. Every change is saved at once.</li>
      </ol>
      <p class="pf-muted pf-small">Your profile stays in this browser. Nothing is sent anywhere.</p>
    </section>
  );
}
