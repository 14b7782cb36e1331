import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../lib/posting/skills';
import { parsePosting } from '../../lib/posting';
import { matchSkills } from '../../lib/taxonomy/match';
import { studyFieldMatches } from '../../lib/posting/study-fields';
import type { Unit } from '../../lib/posting/types';

const unit = (text: string, preferred = false): Unit => ({ text, sectionKind: 'requirements', heading: null, preferred, index: 0 });
const names = (text: string, company: string | null = null) => {
  const r = extractSkills([unit(text)], company);
  return [...r.required, ...r.preferred].map((m) => m.name);
};

describe('the subjects of a degree are not skills', () => {
  it.each([
    "Bachelor's degree in Engineering, Computer Science, or equivalent practical experience.",
    'Technical degree: Computer Science, software engineering or related',
    'A Bachelor’s, Master’s, or Ph.D. in Computer Science, Electrical Engineering, Mathematics, Physics, or a related field',
    'Bachelor’s Degree with coursework in Computer Science, Information Systems and Business Management',
    'Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung',
    "Vous êtes titulaire d'un Master Informatique",
    "Étudiant(e) en Master 2 Informatique",
    // subjects before what closes them, and an abbreviated degree's dot
    'Computer Science degree or a closely related field (or foreign equivalent).',
    'Computer Science or related degree preferred.',
    'MSc. or Ph.D. in computer science, mathematics, or a related discipline',
    'B.S. or M.S. in Cybersecurity, Computer Science, or related field',
    'Studies in Computer Science, Engineering or equivalent.',
    // subjects named in brackets after "or a related field"
    "Bachelor's degree in Computer Science or a related field (Electrical Engineering or Computer Engineering)",
  ])('%s', (text) => {
    const ms = matchSkills(text);
    expect(studyFieldMatches(text, ms).size).toBe(ms.length);
  });

  it('keeps a list of work fields closed by "or a related field" where no study is named', () => {
    expect(names('3+ years of experience in DevOps, SRE, or a related field')).toEqual(['DevOps', 'Site Reliability Engineering']);
    expect(names('Case studies in Kubernetes')).toEqual(['Kubernetes']);
  });

  it('keeps the skills named after the degree', () => {
    expect(names('BS in Computer Science and 5+ years of experience with Python and Kubernetes')).toEqual(['Python', 'Kubernetes']);
    expect(names('Studium der Informatik, Kenntnisse in Java')).toEqual(['Java']);
    expect(names('Étudiant en Master Informatique, vous maîtrisez Java')).toEqual(['Java']);
    // "or similar" closes the subjects: the list that goes on after it asks for skills
    expect(names('BS or MS degree in Computer Science, Computer Engineering or similar, GCP, Kubernetes, Docker')).toEqual([
      'Google Cloud Platform', 'Kubernetes', 'Docker',
    ]);
  });

  it('a degree written as a title only: "Master Python" opening a line is a verb', () => {
    expect(names('Master Python and Go')).toEqual(['Python', 'Go']);
    expect(names('You have experience managing virtualization (MS Hyper-V or VMware) platforms')).toEqual(['Virtualization', 'Hyper-V', 'VMware']);
  });

  it('keeps a subject that is asked for as a skill, outside a degree', () => {
    expect(names('Solid knowledge of electrical engineering and industrial automation')).toContain('Electrical Engineering');
  });
});

describe('people the hire works with are not skills', () => {
  it('drops roles named in the plural', () => {
    expect(names('Collaborate with product managers, designers and data scientists on Kafka pipelines')).toEqual(['Apache Kafka']);
    expect(names('Work closely with project managers and business analysts')).toEqual([]);
  });

  it('keeps acts on people and products named like roles', () => {
    expect(names('Experience mentoring junior engineers')).toEqual(['Mentoring']);
    expect(names('Must be proficient with Altium Designer')).toEqual(['Altium Designer']);
    expect(names('Experience in product management')).toEqual(['Product Management']);
  });
});

describe('umbrella terms', () => {
  it('are dropped when the requirement names something specific', () => {
    expect(names('Strong programming abilities in Java and Python.')).toEqual(['Java', 'Python']);
  });
  it('stay when the specifics after them are only preferred', () => {
    expect(names('Proven coding or scripting skills, preferably Python, Golang or Kotlin')).toEqual(['Programming', 'Scripting', 'Python', 'Go', 'Kotlin']);
    expect(names('Advanced programming experience, preferably in a high-level language like Perl or Python.')).toEqual(['Programming', 'Perl', 'Python']);
    expect(names('One or more programming languages such as Python, Java, or Go')).toEqual(['Python', 'Java', 'Go']);
  });
  it('stay when they are all the requirement says', () => {
    expect(names('Programming knowledge is a must.')).toEqual(['Programming']);
  });
  it('do not touch meaningful parents', () => {
    expect(names('Knowledge of containerization technologies such as Docker and Kubernetes.')).toEqual(['Containerization', 'Docker', 'Kubernetes']);
  });
});

describe("the poster's own product", () => {
  it('is not a requirement of its own posting', () => {
    expect(names('Experience with Vercel and Next.js', 'Vercel')).toEqual(['Next.js']);
    expect(names('Experience with Vercel and Next.js', null)).toEqual(['Vercel', 'Next.js']);
  });
});

describe('a forum post without a requirements part', () => {
  it('is read from the stack its header line states, and its sentences about the stack', () => {
    const rec = parsePosting(
      'Northwind | https://northwind.example/jobs | Europe (remote) | Full-time | iOS (Swift/Objective-C) | $120k-$160k\n\nWe are a small team building a sleep tracker. We\'re using mainly Swift with some shared Rust.\n\nWrite to jobs@northwind.example.',
    );
    expect(rec.title).toBe('iOS (Swift/Objective-C)');
    expect(rec.required).toEqual(expect.arrayContaining(['Swift', 'Objective-C', 'Rust']));
  });

  it('is not judged on its title alone when its body says nothing of the job', () => {
    const rec = parsePosting('Northwind | Europe (remote) | Full-time | iOS (Swift/Objective-C)\n\nWe are a friendly team. Apply today.');
    expect(rec.title).toBe('iOS (Swift/Objective-C)');
    expect(rec.required).toEqual([]);
  });
});

describe('Portuguese and Dutch requirement lines name the concepts an English line would', () => {
  it.each([
    ['Experiência com modelagem de dados e testes automatizados', ['Data Modeling', 'Test Automation']],
    ['Conhecimento em computação em nuvem e bancos de dados relacionais', ['Cloud Computing', 'Relational Databases']],
    ['Boa comunicação e espírito de equipe', ['Communication', 'Teamwork']],
    ['Ervaring met datamodellering en geautomatiseerd testen', ['Data Modeling', 'Test Automation']],
    ['Je bent een teamspeler met sterke communicatievaardigheden', ['Teamwork', 'Communication']],
  ])('%s', (text, want) => {
    expect(names(text).sort()).toEqual([...want].sort());
  });

  it('a phrase does not swallow the term after it', () => {
    expect(names('Experiência em desenvolvimento de sistemas distribuídos')).toContain('Distributed Systems');
  });
});

describe('an everyday phrase that is also a tool name needs a skill context', () => {
  it('"rest assured that" is not RestAssured; "experience with Rest Assured" is', () => {
    expect(names('Rest assured that we will do everything to meet your needs.')).toEqual([]);
    expect(names('Experience with Rest Assured and Postman')).toEqual(['RestAssured', 'Postman']);
  });

  it('a domain noun in an ordinary sentence is not asked for; with a cue it is', () => {
    expect(names('Please report it as potential job fraud to law enforcement.')).toEqual([]);
    expect(names('No speeding in a school or construction zone in the last 6 months')).toEqual([]);
    expect(names('Military or law enforcement experience')).toEqual(['Law Enforcement']);
    expect(names('5 years of experience in construction')).toEqual(['Construction']);
  });

  it('"réseaux" / "redes" are Networking only in a skill context', () => {
    expect(names('Connaissances en réseaux et sécurité')).toEqual(['Networking']);
    expect(names('Experiencia en redes')).toEqual(['Networking']);
    expect(names('vos connaissances en ouvrages de Voiries et Réseaux Divers')).toEqual([]);
  });
});

describe('Chinese requirement lines: the cue words around a Latin name', () => {
  it('精通/熟悉/掌握 before a name and 语言/开发 after it are skill cues', () => {
    expect(names('精通C语言开发')).toEqual(['C']);
    expect(names('熟练掌握Go语言开发')).toEqual(['Go']);
    expect(names('熟悉Redis和MySQL')).toEqual(['Redis', 'MySQL']);
  });

  it('a gated name without a cue stays out', () => {
    expect(names('我们的团队在Go大厦办公')).toEqual([]);
  });

  it('者优先 and 为佳 mark an item as preferred', () => {
    const r = parsePosting('### 任职要求\n- 熟练掌握Go语言开发\n- 熟悉 Kubernetes 者优先\n- 有Python经验为佳');
    expect(r.required).toEqual(['Go']);
    expect(r.preferred).toEqual(['Kubernetes', 'Python']);
  });
});

describe('a Chinese comma ends the clause a 优先 cue covers', () => {
  it('5年以上PHP开发经验，有golang开发经验者优先: only Go is preferred', () => {
    const r = parsePosting('### 任职要求\n- 5年以上PHP开发经验，有golang开发经验者优先；\n- 精通主流PHP开发框架Laravel、Yii等，熟悉Swoole, Hyperf框架优先');
    expect(r.required).toEqual(['PHP', 'Laravel']);
    expect(r.preferred).toEqual(['Go']);
  });
});

describe('French, German and Spanish phrasings of the hand-written concepts', () => {
  it.each([
    ['Maîtrise des tests automatisés et de l’intégration continue', ['Test Automation', 'Continuous Integration']],
    ['Erfahrung mit automatisierten Tests und kontinuierlicher Integration', ['Test Automation', 'Continuous Integration']],
    ['Experiencia con pruebas automatizadas e integración continua', ['Test Automation', 'Continuous Integration']],
  ])('%s', (text, want) => {
    expect(names(text).sort()).toEqual([...want].sort());
  });

  it('an English verb that is also a French noun stays out', () => {
    expect(names('You can reach us by emailing accommodations@example.com, with minimal supervision')).toEqual([]);
  });
});
