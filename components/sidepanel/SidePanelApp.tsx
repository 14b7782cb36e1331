export function SidePanelApp() {
  return (
    <main>
      <h1>Postfit</h1>
      <p>Open a job posting to see how it fits your skills.</p>
    </main>
  );
}
