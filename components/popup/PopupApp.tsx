export function PopupApp() {
  return (
    <main>
      <h1>Postfit</h1>
      <p>Your skills profile will be edited here.</p>
    </main>
  );
}
