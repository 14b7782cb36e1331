// The curated vocabulary, one file per domain. Order matters: earlier entries own their aliases.
import soft from './soft';
import languages from './languages';
import frameworks from './frameworks';
import cloud from './cloud';
import devops from './devops';
import data from './data';
import ml from './ml';
import software from './software';
import security from './security';
import business from './business';
import finance from './finance';
import healthcare from './healthcare';
import trades from './trades';
import legal from './legal';
import ops from './ops';
import tools from './tools';

export const curatedSources: [string, string][] = [
  ['soft', soft], ['languages', languages], ['frameworks', frameworks], ['cloud', cloud], ['devops', devops],
  ['data', data], ['ml', ml], ['software', software], ['security', security], ['business', business],
  ['finance', finance], ['healthcare', healthcare], ['trades', trades], ['legal', legal], ['operations', ops],
  ['tools', tools],
];
