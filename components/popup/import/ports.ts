// The import store's ports in the popup: the taxonomy it already loads for the skill search, and the file readers,
// loaded only when a file is chosen (pdf.js and its worker, the unzip) so the popup opens at once.
import type { ImportPorts } from '../stores/importStore';
import { loadTaxonomy } from '../stores/taxonomy';

export const importPorts: ImportPorts = {
  async lookups() {
    const { matchSkills, conceptByName } = await loadTaxonomy();
    return { match: matchSkills, byName: conceptByName, now: new Date() };
  },
  async readFile(name, bytes, lookups, onProgress) {
    const [{ readImportFile }, { readPdfFile }, { unpackInWorker }] = await Promise.all([
      import('../../../lib/import/read-file'),
      import('./pdfjs'),
      import('./unpack'),
    ]);
    return readImportFile(name, bytes, lookups, { pdfText: readPdfFile, unpack: unpackInWorker }, onProgress);
  },
};
