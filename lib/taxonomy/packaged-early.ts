// Imported by the background entry for its side effect alone, right after lib/zod-jitless: the fetch of core.json
// starts before the rest of the bundle's modules evaluate (their regex and schema building takes a cold worker
// about 100 ms), so reading the file and starting the worker overlap. The loader shares this one fetch with every
// later loadPackagedTaxonomy() call.
import { loadPackagedTaxonomy } from './packaged';

void loadPackagedTaxonomy().catch(() => {}); // a failure is reported by the evaluation that awaits it
