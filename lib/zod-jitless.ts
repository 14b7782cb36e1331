// Imported first by the background and every extension page, before any zod schema is built. Zod 4 otherwise probes
// `new Function` when it builds its first object schema (to compile fast parsers); the extension's CSP forbids eval,
// so the probe fails and, although zod catches it, the browser records a CSP violation. Jitless zod parses the same
// way without generated code. The content scripts use zod/mini, which has no such probe.
import { config } from 'zod/v4/core';

config({ jitless: true });
