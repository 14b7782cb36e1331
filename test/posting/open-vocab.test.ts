// Open vocabulary: names no list holds, read from requirement lines only when their shape and their place
// (a list with other items, or right after a skill cue) say they are things asked for.
import { describe, expect, it } from 'vitest';
import { lowerCaseWords, openVocabMatches } from '../../lib/posting/open-vocab';
import { extractSkills } from '../../lib/posting/skills';
import { matchSkills } from '../../lib/taxonomy/match';
import { skillSlug } from '../../lib/db/slug';
import { parsePosting } from '../../lib/posting';
import type { Unit } from '../../lib/posting/types';

const open = (text: string, posting = text) => openVocabMatches(text, matchSkills(text), lowerCaseWords(posting)).map((m) => m.name);

describe('names in a list or after a skill cue', () => {
  it.each([
    ['Experience with embedded protocols such as UART, SPI and RS-232', ['UART', 'SPI', 'RS-232']],
    ['Knowledge of CAN bus and Zigbee', ['CAN bus']],
    ['Kenntnisse in abas ERP', ['abas ERP']],
    ['Familiarity with VoIP platforms like NetSapiens, OpenSIPS or Kamailio', ['NetSapiens', 'OpenSIPS', 'Kamailio']],
    ['Connaissance de la norme ISO 17020', ['ISO 17020']],
    ['Experiencia en PROFINET', ['PROFINET']],
    ['Ervaring met BACnet', ['BACnet']],
    ['Experiência com OpenSIPS e BACnet', ['OpenSIPS', 'BACnet']],
    ['Experience with Mimecast', ['Mimecast']],
    ['Database design and tuning, as well as ORM frameworks like Entity Framework or Dapper', ['Dapper']],
  ])('%s', (text, want) => {
    expect(open(text)).toEqual(expect.arrayContaining(want));
  });

  it('ends a name where Chinese, Japanese or Korean text touches it', () => {
    expect(open('Experience with OpenSIPS开发')).toEqual(['OpenSIPS']);
    expect(open('Experience with NetSapiens를 사용한 개발')).toEqual(['NetSapiens']);
  });

  it('gives the id a skill typed into the profile gets', () => {
    const [m] = openVocabMatches('Experience with Tealium', [], new Set());
    expect(m).toMatchObject({ name: 'Tealium', id: skillSlug('Tealium') });
  });
});

describe('never ordinary words', () => {
  it.each([
    'We offer a great team and a friendly office in Berlin.', // no cue, no list
    'Strong communication skills in English and German', // languages
    "Bachelor's degree in Physics, Mathematics or Chemistry", // degree subjects
    'Relevant certifications such as CSSLP or CISSP', // certificates are read elsewhere
    'Available from 8:00AM to 5:00PM, PST, Monday to Friday',
    'YOU MUST HAVE EXPERIENCE WITH OUR TOOLS AND PROCESSES', // a shouted line
    'Experience with Network Systems Software development', // a capitalised phrase, not a name
    'Experience in Web Scraping Techniques',
    'Kenntnisse in Buchhaltung und Controlling', // German nouns are capitalised
    'Expérience en Gestion de Projet',
  ])('%s', (text) => {
    expect(open(text)).toEqual([]);
  });

  it('a lower-case word before a system class is a brand, not a quantifier', () => {
    expect(open('Expertise in both CMS HCC and HHS HCC risk models')).toEqual(expect.not.arrayContaining(['both CMS HCC']));
    expect(open('Experience with various CRM tools')).toEqual([]);
  });

  it('a capitalised word the posting also writes in lower case is ordinary', () => {
    expect(open('Experience with Pipelines', 'Experience with Pipelines. We build data pipelines.')).toEqual([]);
    expect(open('Experience with Chronicle', 'Experience with Chronicle. Our chronicle of growth.')).toEqual([]);
  });

  it('a lone capitalised word needs a cue, a list is not enough', () => {
    expect(open('Python, Golang or Mimecast')).not.toContain('Mimecast');
  });

  it('known names side by side, or one with a generic noun added, stay the known names', () => {
    expect(open('Experience with PHP Symfony and AWS EC2')).toEqual([]);
    expect(open('Profound understanding of RESTful API Design.')).toEqual([]);
    expect(open('Experience with AWS Services and Design, Build, Support')).toEqual([]);
    expect(open('Experience with Oracle ERP')).toEqual(['Oracle ERP']); // a brand before a system class
    expect(open('Experience with Ant Design and Core Data')).toEqual(['Ant Design', 'Core Data']);
  });

  it('an English skill line without function words is still English ("Proficiency in Kotlin, Dagger, RxJava")', () => {
    expect(open('Proficiency in Kotlin, Dagger, RxJava, Compose, Espresso, Git.')).toEqual(['Dagger', 'RxJava', 'Compose', 'Espresso']);
  });

  it('a capitalised word between two names is one more name; a bucket word is not', () => {
    expect(open('QA tools: Selenium, Ranorex and Jenkins')).toEqual(['Ranorex']);
    expect(open('SQL and NoSQL databases (PostgreSQL, MongoDB, Dynamo, Redis)')).toEqual(['Dynamo']);
    expect(open('Go (Preferred), Rust, or Python')).toEqual([]);
    expect(open('Python, Great Expectations Suite, Java')).toEqual([]); // two capitalised words: a phrase, maybe a title
  });

  it('what the taxonomy knows stays the taxonomy item', () => {
    expect(open('Experience with Kubernetes, Terraform and UART')).toEqual(['UART']);
  });

  it('a known name joined to a German word for its field asks for the name ("ServiceNow-Umfeld")', () => {
    expect(open('Erfahrung in der Softwareentwicklung im ServiceNow-Umfeld')).toEqual([]);
    expect(open('Kenntnisse im SAP-Umfeld und Erfahrung mit abas ERP')).toEqual(['abas ERP']);
    expect(open('Experience building multi-tenant SaaS-based software and GraphQL-first APIs')).toEqual([]);
  });

  it('a verb form before a system class is no brand ("operating PLC/SCADA systems")', () => {
    expect(open('Experience designing, commissioning, and operating PLC/SCADA systems')).toEqual([]);
    expect(open('Experience with specialized CMS or including CMS work')).toEqual([]);
  });

  it("not the poster's own name", () => {
    expect(openVocabMatches('Experience with ACMEDB and Kafka', matchSkills('Experience with ACMEDB and Kafka'), new Set(), 'ACMEDB')).toEqual([]);
  });
});

describe('in the parser', () => {
  const unit = (text: string, sectionKind: Unit['sectionKind']): Unit => ({ text, sectionKind, heading: null, preferred: false, index: 0 });

  it('only in requirement parts', () => {
    const text = 'Experience with Zigbee and UART';
    const req = extractSkills([unit(text, 'requirements')], null, { lowerWords: new Set() });
    expect(req.required.map((m) => m.name)).toEqual(['Zigbee', 'UART']);
    const other = extractSkills([unit(text, 'intro')], null, { lowerWords: new Set() });
    expect(other.required).toEqual([]);
    expect(extractSkills([unit(text, 'requirements')]).required).toEqual([]); // no open vocabulary asked for
  });

  it('items are scored and saved like any other: ids, evidence, preferred cue', () => {
    const r = parsePosting(
      ['## Requirements', '', '- Experience with Zigbee, UART and Python', '', '## Nice to have', '', '- Knowledge of Tealium'].join('\n'),
    );
    expect(r.required).toEqual(expect.arrayContaining(['Zigbee', 'UART', 'Python']));
    expect(r.requiredIds).toEqual(expect.arrayContaining(['zigbee', 'uart']));
    expect(r.preferred).toEqual(['Tealium']);
    expect(r.evidence.find((e) => e.item === 'Zigbee')?.sentence).toContain('Zigbee');
  });

  it('not in a posting with no requirements part', () => {
    const r = parsePosting('We are a small team. You should know Zigbee, UART and Python well.');
    expect(r.required).not.toContain('Zigbee');
  });

  it("knows a posting's lower-case words: whole runs of letters and digits that start in lower case", () => {
    const words = lowerCaseWords('We use Rust daily; rust-free code. Über ölige Sachen, iPhone, 5g and v2 in ÉTÉ');
    for (const w of ['rust', 'daily', 'free', 'ölige', 'v2', 'and']) expect(words.has(w)).toBe(true);
    // capitalised or shouted only, a lower-case letter inside a run, a run that starts with a digit, part of a run
    for (const w of ['über', 'sachen', 'iphone', 'phone', '5g', 'g', 'été', 'us', 'v']) expect(words.has(w)).toBe(false);
    // letters outside the Basic Multilingual Plane belong to their run; other symbols end it
    const astral = lowerCaseWords('x𝐀y and 𝐀bc, naïve—café·menu');
    for (const w of ['x𝐀y', 'naïve', 'café', 'menu']) expect(astral.has(w)).toBe(true);
    for (const w of ['x', 'y', 'bc', '𝐀bc']) expect(astral.has(w)).toBe(false);
  });
});
