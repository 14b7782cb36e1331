// Zod compiles object parsers with `new Function` when it may, and finds out by trying once. An extension page's
// CSP (and a content script's) refuses eval, and Chromium reports each refusal as a securitypolicyviolation even
// though zod swallows the error. Interpreted parsing is enough for our sizes, so zod never tries.
// Every entrypoint imports this module first: zod reads the setting when a schema is built, not when it parses.
import { config } from 'zod/mini';

config({ jitless: true });
