// Requirement parts in layouts the heading list alone does not cover: sub-headings and bold lead-ins inside a
// part, a sentence instead of a heading, a list under a heading in no vocabulary, headings in more languages.
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../lib/posting/sections';
import { classifyHeading } from '../../lib/posting/headings';
import { normalizeText } from '../../lib/posting/normalize';
import { parsePosting } from '../../lib/posting';

const kinds = (body: string) => splitSections(normalizeText(body)).map((s) => `${s.kind}:${s.heading ?? ''}`);
const partOf = (body: string, line: string) =>
  splitSections(normalizeText(body)).find((s) => s.lines.some((l) => l.includes(line)))?.kind;

describe('headings in more words and languages', () => {
  it.each([
    ['What we look for', 'requirements'],
    ['Attributes we look for in you', 'requirements'],
    ['What will help you succeed in this role', 'requirements'],
    ['You should have', 'requirements'],
    ['Was wir uns von dir wünschen', 'requirements'],
    ['Critères de recrutement', 'requirements'],
    ['Connaissances particulières', 'requirements'],
    ['O que precisas de ter', 'requirements'],
    ['De ideale kandidaat', 'requirements'],
    ['Vi söker dig som har', 'requirements'],
    ['Requisiti', 'requirements'],
    ['任职要求', 'requirements'],
    ['Meriterande om du har erfarenhet av', 'preferred'],
    ['Additional assets', 'preferred'],
    ['O que seria muito legal se você soubesse', 'preferred'],
    ['You are a good fit if you', 'requirements'],
    ['You might thrive in this role if you', 'requirements'],
    ['Your key strengths', 'requirements'],
    ['Vereiste kwalificaties', 'requirements'],
    ['What sets you apart', 'preferred'],
    ['What will make you stand out', 'preferred'],
    ['Qualifications that will make you stand out:', 'preferred'],
    ['O que te tornaria Especialista', 'preferred'],
    ['Extra brownie points if you', 'preferred'],
    ['What makes you standout', 'preferred'],
    ['You should apply if', 'requirements'],
    ['What does it take to work here?', 'requirements'],
    ["The bits and bytes that you'll bring to your new team", 'requirements'],
    ['Qualities that are important to us', 'requirements'],
    ['On day one we will expect you to have', 'requirements'],
    ['Who you might be', 'requirements'],
    ['What we would love to see', 'requirements'],
    ['Is this you?', 'requirements'],
    ['Qui vous êtes', 'requirements'],
    ["We'll be reaching out to applicants that have", 'requirements'],
    ['What will help you thrive', 'requirements'],
    ['What makes you a great fit', 'requirements'],
    ['In your tool-bag', 'requirements'],
    ["What we'll expect from you", 'requirements'],
    ['If You Got It - We Want It', 'requirements'],
    ["We'd love it if you had", 'preferred'],
    ['Vous avez peut-être également', 'preferred'],
    ['Would be beneficial to know', 'preferred'],
    ['Valuable extras', 'preferred'],
    ['Pré', 'preferred'],
    ['Ideal background', 'requirements'],
    ['The skill set', 'requirements'],
    ["You'll love this job if you", 'requirements'],
    ['You might be a great fit for this role if', 'requirements'],
    ["You'll be successful here if", 'requirements'],
    ['Our ideal engineer will have', 'requirements'],
    ['Dit ben jij', 'requirements'],
    ['O que estamos buscando em você', 'requirements'],
    ['What will also be helpful', 'preferred'],
    ["Prettige extra's", 'preferred'],
    ['Dina arbetsuppgifter', 'responsibilities'],
    ['Essential Functions', 'responsibilities'],
    ['Essential Job Duties', 'responsibilities'],
    ['ESSENTIAL DUTIES AND RESPONSIBILITIES', 'responsibilities'],
    ['Essential skills', 'requirements'],
    ['Essential qualifications', 'requirements'],
    ['岗位职责', 'responsibilities'],
    ['Vi erbjuder', 'benefits'],
    ['Chi siamo', 'company'],
    ["We'd love to hear from people with", 'requirements'],
    ['You are an expert in at least two of', 'requirements'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('"a culture you can thrive in" is not "you will thrive if"', () => {
    expect(classifyHeading('Creating a culture you can thrive in')).not.toBe('requirements');
    expect(classifyHeading("You'll thrive here if you")).toBe('requirements');
  });

  it("the company's toolbox and what you'll get are not requirements", () => {
    expect(classifyHeading('Our toolbox')).not.toBe('requirements');
    expect(classifyHeading("What you'll get")).not.toBe('requirements');
    expect(classifyHeading("You'll have the opportunity to")).not.toBe('requirements');
  });

  it('a lead-in that hands over duties ("vous avez en charge") does not open requirements', () => {
    const duties = "En tant que Tech lead, vous avez en charge l'accompagnement d'une équipe sur les tâches suivantes :\n\n* Tests unitaires\n* Revue de codes\n";
    expect(partOf(duties, 'Tests unitaires')).not.toBe('requirements');
    expect(partOf('Vous avez :\n\n* 5 ans en Java\n* Angular\n', 'Angular')).toBe('requirements');
  });

  it("the company's own technologies are its stack, however the heading puts it", () => {
    for (const h of ['Technologies we use and teach', "Technologies you'll work with", 'Tech we use', 'Our tech stack includes']) {
      expect(classifyHeading(h), h).toBe('stack');
    }
  });

  it('"look forward to" is not "look for"', () => {
    expect(classifyHeading('What you can look forward to')).not.toBe('requirements');
  });
});

describe('a heading over both required and preferred items', () => {
  it.each([
    ['Vos atouts et les prérequis pour réussir', 'requirements'],
    ['Requirements and Preferred Experience', 'requirements'],
    ['Must-haves and nice-to-haves', 'requirements'],
    ['Anforderungen & Pluspunkte', 'requirements'],
    ['Qualifications, Requirements, Preferred Skills', 'requirements'],
    ['Minimum and Preferred Qualifications', 'requirements'],
    ['Basic & Preferred Qualifications', 'requirements'],
    // one kind only, or the must-word denied
    ['Vos atouts', 'preferred'],
    ['Preferred requirements', 'preferred'],
    ['Preferred, but not required', 'preferred'],
    ['Desirable skills and experience, nice to have but not essential', 'preferred'],
    ['Preferred qualifications (ranked by priority and not required)', 'preferred'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it("is a requirements part whose lines say for themselves what is preferred", () => {
    const r = parsePosting(['## Vos atouts et les prérequis', '', '- Maîtrise de Java', '- Une expérience en Kafka serait un plus'].join('\n'));
    expect(r.required).toContain('Java');
    expect(r.preferred).toContain('Apache Kafka');
  });
});

describe('sub-headings inside a requirements part', () => {
  it('a bold lead-in right under an empty "Qualifications" heading stays in the part', () => {
    const body = [
      '### Job Description', '', '**DU…**', '', '* entwickelst Software', '',
      '### Qualifications', '', '**DU…**', '', '* hast ein Studium der Informatik', '* bist versiert in Java', '',
      '**Noch offene Fragen?**', '', 'Dann melde dich bei uns.',
    ].join('\n');
    expect(partOf(body, 'bist versiert in Java')).toBe('requirements');
    expect(partOf(body, 'entwickelst Software')).not.toBe('requirements');
    expect(partOf(body, 'Dann melde dich')).not.toBe('requirements'); // a same-level heading with prose ends it
  });

  it('a deeper unknown heading over a list of requirements stays; one over a pitch does not', () => {
    const body = [
      '## Requirements', '', '* 5 years of experience with Go', '',
      '#### Platform', '', '* Experience with Kubernetes', '* Knowledge of Terraform', '',
      '#### Why join us', '', '* Great team', '* Free lunch', '',
    ].join('\n');
    expect(partOf(body, 'Knowledge of Terraform')).toBe('requirements');
    expect(partOf(body, 'Free lunch')).not.toBe('requirements');
  });

  it('a deeper heading whose list comes after one line of prose stays in the part', () => {
    const body = [
      '### Who you are', '', 'You are curious and you care about the people who use what you build.', '',
      '#### So, what is important to us?', '', 'Above all, you get things done. We also look for:', '',
      '* Experience with Python or Go', '* Knowledge of event-driven architectures', '',
      '#### Our values', '', 'We ship every day.', '', 'We are kind.', '',
    ].join('\n');
    expect(partOf(body, 'Knowledge of event-driven')).toBe('requirements');
    expect(partOf(body, 'We are kind')).not.toBe('requirements'); // prose, then more prose: no list to introduce
  });

  it('a heading with a note after its colon keeps its list; "Bonus points!" opens a preferred part', () => {
    const body = [
      "### What you'll be doing", '', '* Run our platform', '',
      'What you must have: (these are must-haves, not nice-to-haves)', '', '* Go or Python', '* Kubernetes', '',
      'Bonus points!', '', '* Terraform',
    ].join('\n');
    expect(partOf(body, 'Go or Python')).toBe('requirements');
    expect(partOf(body, 'Terraform')).toBe('preferred');
    // without a note, a label with its text stays a one-line part inside the duties
    const oneLine = '### What you will do\n\n* Build APIs\n\nRequirements: 5+ years of Go\n\n* Ship features';
    expect(partOf(oneLine, '5+ years of Go')).toBe('requirements');
    expect(partOf(oneLine, 'Ship features')).toBe('responsibilities');
  });

  it('a nice-to-have sub-heading opens a preferred part', () => {
    const body = ['## Qualifications', '', '#### Ein Plus, aber kein Muss', '', '* Erfahrung mit Kafka'].join('\n');
    expect(partOf(body, 'Erfahrung mit Kafka')).toBe('preferred');
  });
});

describe('a sentence that introduces the requirements', () => {
  it('opens a requirements part when it names them and a list follows, even ending in a period', () => {
    const body = [
      'We staff nurses in hospitals across the country and offer flexible scheduling.', '',
      'Please note that certain requirements must be met in order to be eligible to work per diem with us.', '',
      '- Graduate from an accredited nursing school', '- Minimum of one year acute care experience',
    ].join('\n');
    expect(partOf(body, 'Minimum of one year acute care experience')).toBe('requirements');
    const prose = ['Our requirements must be met by every supplier we work with.', '', 'We are a family company.'].join('\n');
    expect(partOf(prose, 'We are a family company.')).not.toBe('requirements');
  });

  it('opens a requirements part when a list follows', () => {
    const body = [
      'We build payment software for small shops and we are growing fast across Europe this year.', '',
      'To be successful in this position, you will need the following skills and experience:', '',
      '* 3+ years with PostgreSQL', '* Strong Rust',
    ].join('\n');
    expect(partOf(body, 'Strong Rust')).toBe('requirements');
  });

  it('a long heading that ends by turning to the reader ("… a great fit for you if you:")', () => {
    const body = [
      '### About the job', '', 'We build analytics software.', '',
      '### We want you to join us while we are taking a step into the future if you:', '',
      '* Have 5+ years with JavaScript', '* Know Vue.js', '',
      '### Nice to have', '', '* Laravel',
    ].join('\n');
    expect(partOf(body, 'Know Vue.js')).toBe('requirements');
    const pitch = '### We have been building the future of payments for small shops across Europe since 2015:\n\n* 40 people\n* 3 offices';
    expect(partOf(pitch, '3 offices')).not.toBe('requirements');
  });

  it('in French and Spanish too', () => {
    expect(partOf('Pour réussir dans ce poste, vous avez :\n\n- une bonne maîtrise de Python\n- SQL', 'SQL')).toBe('requirements');
    expect(partOf('Para este puesto buscamos una persona que cumpla con lo siguiente:\n\n- Java\n- Spring', 'Spring')).toBe('requirements');
  });

  it('is prose when no list follows, or when it says something else', () => {
    const noList = 'Before the first day of work in our office, you will need to bring the following documents with you:\n\nWe will send the details by mail.';
    expect(kinds(noList).some((k) => k.startsWith('requirements'))).toBe(false);
    const body = 'A serious matter affects the job market. Here is what you need to know:\n\n- Our listings are only on our site';
    expect(partOf(body, 'Our listings')).not.toBe('requirements');
  });
});

  it('"you will have the opportunity to" lists the work, not what the candidate must have', () => {
    const body = [
      'In this role, you will have the opportunity to:', '', '* Build our billing service in Go', '* Mentor two engineers', '',
      'We would love to hear from you if you:', '', '* Have 5+ years of PostgreSQL', '* Know Kubernetes',
    ].join('\n');
    expect(partOf(body, 'billing service')).toBe('responsibilities');
    expect(partOf(body, 'PostgreSQL')).toBe('requirements');
    const projects = 'Following are some projects in our platform you will have opportunities to work with:\n\n* Advanced a/b testing and greedy algorithms';
    expect(partOf(projects, 'a/b testing')).not.toBe('requirements');
    expect(partOf('You will have access to:\n\n* A home office budget\n* Training', 'Training')).not.toBe('requirements');
  });

describe('a list of requirements under a heading no vocabulary knows', () => {
  it('is a requirements part when the posting has no other', () => {
    const body = [
      '## Sobre nós', '', 'Uma empresa de tecnologia.', '',
      '## Świetnie się zgramy', '',
      '* 3 years of experience in Java', '* knowledge of Spring', '* experience with SQL', '* Git skills',
    ].join('\n');
    expect(partOf(body, 'knowledge of Spring')).toBe('requirements');
  });

  it('is not when only three prose bullets mention experience', () => {
    const body = [
      '## Our hiring process', '',
      "* We'd love to discuss your experience in an interview.", '* A technical interview to evaluate your skills.', '* Meet the team.',
    ].join('\n');
    expect(partOf(body, 'Meet the team')).not.toBe('requirements');
  });

  it('is one beside a nice-to-have part, or beside a requirements heading over prose only', () => {
    const list = ['## Is this you?', '', '* 7 years of experience in SRE', '* Knowledge of Kubernetes', '* Experience with Go', '* Strong Python skills', ''];
    expect(partOf([...list, '## Preferred skills', '', '* Terraform'].join('\n'), 'Knowledge of Kubernetes')).toBe('requirements');
    const pitch = ["## What we're looking for", '', 'Someone who loves shipping and cares about our users.', '', ...list].join('\n');
    expect(partOf(pitch, 'Knowledge of Kubernetes')).toBe('requirements');
  });

  it('is not when the posting names a requirements part elsewhere', () => {
    const body = [
      '## Requirements', '', '* Python', '',
      '## Our playground', '', '* experience with Kafka in production', '* knowledge of Flink', '* years of Scala', '* skills in Go',
    ].join('\n');
    expect(partOf(body, 'knowledge of Flink')).toBe('other');
  });
});

describe('end to end', () => {

  it('reads skills under "DU…" in a German posting', () => {
    const text = [
      '### Qualifications', '', '**DU…**', '', '* hast Erfahrung mit Java und Git', '* kennst Kubernetes', '',
      '### Additional Information', '', '* 30 Tage Urlaub',
    ].join('\n');
    const r = parsePosting(text);
    expect(r.required).toEqual(expect.arrayContaining(['Java', 'Git', 'Kubernetes']));
  });
});

describe('bullets glued to their text', () => {
  it('"*Experience…" and "•Strong…" are list items, so an unnamed list of them is a requirements part', () => {
    const body = [
      '## Sobre nós', '', 'Uma empresa de tecnologia.', '',
      '## Świetnie się zgramy', '',
      '*3 years of experience in Java', '', '•Knowledge of Spring', '', '*Experience with SQL', '', '*Git skills',
    ].join('\n');
    expect(partOf(body, 'Knowledge of Spring')).toBe('requirements');
  });

  it('a line in emphasis is no bullet', () => {
    const [s] = splitSections('*Mentor junior developers*');
    expect(s?.lines).toEqual(['*Mentor junior developers*']);
  });
});

describe('heading lines that end in an ellipsis', () => {
  it('reads "…if you..." as the heading it is when a list follows', () => {
    const body = 'In this role, you will...\n\n* Write guides and talks\n\nYou are a good fit if you...\n\n* Have given technical talks\n* Know Go and Kubernetes\n\nIt is a plus if you...\n\n* Contribute to open source\n';
    expect(partOf(body, 'Know Go and Kubernetes')).toBe('requirements');
    expect(partOf(body, 'Contribute to open source')).toBe('preferred');
    expect(partOf(body, 'Write guides and talks')).toBe('responsibilities');
  });

  it('keeps a prose line that trails off as prose', () => {
    const body = 'Requirements\n\n* 5 years of Python\n\nAnd that is not all...\nWe also value curiosity and care.\n\n* SQL\n';
    expect(partOf(body, '5 years of Python')).toBe('requirements');
    expect(partOf(body, 'And that is not all...')).toBe('requirements');
  });
});
