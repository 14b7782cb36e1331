// Saves text as a file through the browser's download (Blob + object URL + <a download>).
export function downloadText(text: string, fileName: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; revoking later frees the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
