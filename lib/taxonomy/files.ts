// Where the generated taxonomy lives: public/taxonomy/ in the repository, /taxonomy/ in the built extension.
export const TAXONOMY_DIR = 'taxonomy';
export const TAXONOMY_FILES = {
  core: 'core.json',
  /** The look-up part, in parts of a few MB (addons-linter refuses files over 5 MB); core.json says how many. */
  extra: (part: number) => `extra-${part}.json`,
} as const;
