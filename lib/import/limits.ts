// How much an imported file may hold. A CV or a LinkedIn data export is a few hundred kilobytes to a few megabytes;
// these bounds leave ample room for real files and stop hostile ones (a zip bomb, a huge file) before they can
// freeze the popup or fill its memory.

/** The longest text read as a CV (pasted, or from a PDF or Word file): far more than any CV. */
export const MAX_CV_CHARS = 200_000;

/** The largest file the import reads at all. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ZipLimits {
  /** Entries in the archive's directory (a LinkedIn export has about a hundred, a Word file a few dozen). */
  entries: number;
  /** Bytes one entry may inflate to (a long CV's document.xml is a few megabytes). */
  entryBytes: number;
  /** Bytes all the entries read together may inflate to. */
  totalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  entries: 5000,
  entryBytes: 20 * 1024 * 1024,
  totalBytes: 50 * 1024 * 1024,
};

/** "10 MB", for messages. */
export const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
