// Where the generated taxonomy lives: public/taxonomy/ in the repository, /taxonomy/ in the built extension.
export const TAXONOMY_DIR = 'taxonomy';
export const TAXONOMY_FILES = { core: 'core.json', extra: 'extra.json' } as const;
