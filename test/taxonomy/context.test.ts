import { describe, expect, it } from 'vitest';
import { matchSkills } from '../../lib/taxonomy/match';

const names = (text: string) => matchSkills(text).map((m) => m.name);

// Generic-word aliases ("?": testing, cloud, tax, shipping, documentation, ...) name a skill only in a skill
// context: a cue, a tech head noun, a list neighbour, or the head of a requirement line. Capitals do not help.
describe('generic-word aliases stay out of ordinary prose', () => {
  it.each([
    ['You must be an Australian Resident for tax purposes.', []],
    ['If you love solving tough programming challenges, talk to us.', []],
    ['Experience designing and shipping new product features', []],
    ['Experience designing and shipping AI-powered backend features', ['Artificial Intelligence']],
    ['See the documentation for details.', []],
    ['Our real-time deployment makes it possible to start working at once.', []],
    ['We offer health insurance and a safety net.', []],
    ['As we rapidly evolve into the cloud, we grow.', []],
    ['Different glob implementations have different rules.', []],
    ['Allow the selector engine to cache results.', []],
    ['We value your privacy.', []],
    // known trade-off: two generic words listed together vouch for each other
    ['We value your privacy and compliance with the law.', ['Data Privacy', 'Compliance']],
    ['The team works asynchronously across time zones.', []],
    ['Cloud-based tools for everyone', []],
    // a generic word right against a name is its head, not a listed skill
    ['driving consensus and successful cross-functional partnerships', ['Teamwork']],
    ['Knowledge of packaging helm charts for Kubernetes deployment', ['Helm', 'Kubernetes']],
    ['Experience with Docker/Kubernetes and containerized deployments', ['Docker', 'Kubernetes', 'Containerization']],
    // a line in capitals says nothing by its case; a cased name right against another word is no list member
    ['EXPERIENCE WITH THE GEMINI PROJECT TEAM', []],
    ['Expertise in vault design patterns for secrets management', ['Design Patterns', 'Secrets Management']],
    ['Take over management of our Terraform Repo controlling Okta groups', ['Terraform', 'Okta']],
    // a generic word in -ing listed with verbs of the work, or followed by what is made, is one more verb
    ['Experience building, shipping and maintaining Android apps', ['Android Development']],
    ['Experience shipping code in production', []],
    ['10+ years of experience designing, developing, testing, and maintaining applications', []],
    ['Experienced in cleaning, aggregating, and validating data sets', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('generic-word aliases are kept in a skill context', () => {
  it.each([
    ['Experience with monitoring, logging and alerting', ['Monitoring', 'Logging', 'Alerting']],
    ['Create monitoring reports and logs', ['Monitoring', 'Logging']],
    ['Strong testing skills', ['Software Testing']],
    ['Experience with testing in production', ['Software Testing']],
    ['Familiarity with the acronyms SCIM, AD, CLI, SSO', ['Active Directory', 'Single Sign-On']],
    ['Experience with Gemini and Mistral', ['Gemini', 'Mistral']],
    // one word of quality before a list member keeps it in the list
    ['Improving quality through thoughtful code reviews, appropriate testing, proper rollout', ['Code Review', 'Software Testing']],
    // governed by a verb, or listed with other skills, it is still the skill
    ['Experience implementing monitoring solutions', ['Monitoring']],
    ['Experience in shipping, logistics, or online retail', ['Logistics', 'Logistics', 'E-Commerce']],
    // a verb in -ing with its object after it opens a clause: the generic word before it is a noun
    ['Two years of experience in sales managing a territory', ['Sales', 'Territory Management']],
    ['Experience in marketing building the brand', ['Marketing']],
    ['Knowledge of cloud platforms and deployment', ['Cloud Computing', 'Software Deployment']],
    ['Proficiency in building scalable infrastructure on the cloud using Python', ['Cloud Computing', 'Python']],
    ['3+ years in sales', ['Sales']],
    ['Safety at the forefront of everything you do', ['Health and Safety']],
    ['Backend: Node.js', ['Back-End Development', 'Node.js']],
    ['Solid understanding of tax and compliance', ['Tax', 'Compliance']],
    ['Able to sell to developers, driving process through legal review and procurement', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('short tech names next to a tech noun', () => {
  it.each([
    ['You have built Vue frontends', ['Vue.js']],
    ['Experience with Python backends and/or Vue frontends a plus', ['Python', 'Vue.js']],
    ['We write Go services and Rust code', ['Go', 'Rust']],
    ['Experience building Swift apps', ['Swift']],
    // still ordinary words without the tech noun or capitals
    ['We go to great lengths for our services', []],
    ['rust on old services', []],
    ['The view frontends the building', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('cues in other languages, as verbs and as "tools"', () => {
  it.each([
    ["Vous êtes à l'aise avec les outils WORD et EXCEL", ['Microsoft Word', 'Microsoft Excel']],
    ['Vous maîtrisez Excel', ['Microsoft Excel']],
    ['Manejo de herramientas Excel', ['Microsoft Excel']],
    // the ordinary words, with no cue before them
    ['Un mot, un word, rien de plus', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('ordinary-word open-data names are not skills', () => {
  it.each([
    ['The parser and the logger print an emoji', []],
    ['Submit a PR to the repo', []],
    // names spelt as ordinary French or Spanish words (commonWords.ts) need a skill context
    ["Assembler et positionner les éléments d'armatures", []],
    ['Rigueur, esprit de synthèse et sens du service', []],
    ['Cerner les besoins du client et rédiger une carta', []],
    ['Experience with Epic or Cerner', ['Epic Systems', 'Cerner']],
    ['Kenntnisse in Assembler', ['Assembly Language']],
    // ESCO's own one-word foreign labels too ("proyecto" is a Spanish label of Blueprint Reading), and German nouns,
    // which German capitalises, for names from product lists (ZEIT); a cue still reads them
    ['Tienes capacidad de estimar la carga de trabajo a nivel de proyecto', []],
    ['Haben Sie Zeit und Interesse an einem spannenden Projekt?', []],
    ['Kenntnisse in Vercel oder ZEIT', ['Vercel', 'ZEIT']],
    ['Conocimientos de semiconductores y electrónica', ['Semiconductors', 'Electronics']],
    // "cuisine" and "cocina" are the kitchen as often as cooking
    ['Primes (nuit, dimanche jour férié, cuisine, diplôme)', []],
    ['Podemos hablar de eso en la cocina de la oficina', []],
    ['Expérience en cuisine', ['Cooking']],
    // a word English uses too is a skill in both ("antivirus"); "informatique" is an adjective as often as the field
    ['Knowledge of firewalls and antivirus', ['Firewalls', 'Antivirus']],
    ['Vous travaillerez sur des projets informatique variés', []],
    ['Connaissances en informatique et en réseaux', ['Computer Science', 'Networking']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
