// Where the generated taxonomy lives: public/taxonomy/ in the repository, /taxonomy/ in the built extension.
export const TAXONOMY_DIR = 'taxonomy';
// gzip-compressed JSON: a cold service worker takes the body of a fetch chunk by chunk on its only thread, so a
// quarter of the bytes reaches the parse about 100 ms sooner (DecompressionStream is native and fast).
export const TAXONOMY_FILES = {
  core: 'core.json.gz',
  /** The look-up part, in parts of a few MB (addons-linter refuses files over 5 MB); core.json says how many. */
  extra: (part: number) => `extra-${part}.json.gz`,
} as const;
