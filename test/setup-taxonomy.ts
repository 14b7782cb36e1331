// Every test reads the generated taxonomy from public/taxonomy through the same decoder as the extension.
import { useTaxonomyFiles } from '../lib/taxonomy/node-files';

useTaxonomyFiles();
