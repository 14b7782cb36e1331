// Imported first by the background and every extension page and content script, before any zod schema is built.
// Zod 4 otherwise probes `new Function` when it builds its first object schema (to compile fast parsers); the
// extension's CSP forbids eval, so the probe fails and, although zod catches it, Chromium records a CSP violation.
// Interpreted parsing is enough for our sizes. zod/mini's config is the same switch, without full zod's weight.
import { config } from 'zod/mini';

config({ jitless: true });
