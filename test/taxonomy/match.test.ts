import { describe, expect, it } from 'vitest';
import { matchSkills } from '../../lib/taxonomy/match';

const names = (text: string) => matchSkills(text).map((m) => m.name);

describe('matchSkills: aliases resolve to the spec names', () => {
  it.each([
    ['Experience with AWS and GCP', ['Amazon Web Services', 'Google Cloud Platform']],
    ['Azure or k8s', ['Microsoft Azure', 'Kubernetes']],
    ['We use Golang and Postgres', ['Go', 'PostgreSQL']],
    ['nodejs, ReactJS, vuejs', ['Node.js', 'React', 'Vue.js']],
    ['sklearn and Spark', ['scikit-learn', 'Apache Spark']],
    ['Airflow DAGs', ['Apache Airflow']],
    ['CI/CD pipelines and IaC', ['CI/CD', 'Infrastructure as Code']],
    ['RESTful APIs', ['REST APIs']],
    ['Erfahrung mit relationalen Datenbanken wie MS SQL oder MariaDB/MySQL', ['Relational Databases', 'Microsoft SQL Server', 'MariaDB', 'MySQL']],
    ['ASP.NET und EF Core', ['ASP.NET', 'Entity Framework Core']],
    ['Kubernetes / GKE at depth', ['Kubernetes', 'Google Kubernetes Engine']],
    ['ClickHouse ops, Loki.', ['ClickHouse', 'Grafana Loki']],
    ['“on-premises to cloud migrations”', ['Cloud Migration']],
    ['containerization technologies such as Docker', ['Containerization', 'Docker']],
    // software-design vocabulary that open data spells only as a look-up label or not at all
    ['use of ORMs, SQL and APIs', ['ORM', 'SQL', 'APIs']],
    ['concepts like dependency injection', ['Dependency Injection']],
    ['Strong system design skills', ['System Design']],
    ['building multi-tenant SaaS applications', ['Multi-Tenancy', 'SaaS']],
    ['cloud-native architectures at scale', ['Cloud-Native Architecture']],
    ['Experience with containers and Kubernetes', ['Containerization', 'Kubernetes']],
    ['We ship goods in containers', []],
    // marketing, sales and HR disciplines under their field's parent
    ['5+ years in field marketing, event marketing, or partner marketing', ['Field Marketing', 'Event Marketing', 'Partner Marketing']],
    ['B2B marketing and marketing communications', ['B2B Marketing', 'Marketing Communications']],
    ['Je hebt ervaring met marketing & communicatie', ['Marketing Communications']],
    ['Proven territory management and pipeline management', ['Territory Management', 'Pipeline Management']],
    ['Expertise in performance management, employee relations investigations', ['Performance Management', 'Workplace Investigations']],
    ['HR compliance (e.g., EEO, FLSA)', ['HR Compliance']],
    ['observability or application performance management (APM) tools', ['Observability', 'Application Performance Monitoring', 'Application Performance Monitoring']],
    ['we offer curated webinars', []],
    ['PaaS and IaaS offerings', ['Platform as a Service', 'Infrastructure as a Service']],
    ['comprehension of enterprise architecture', ['Enterprise Architecture']],
    ['Infrastructure as a code - preferably Terraform', ['Infrastructure as Code', 'Terraform']],
    ['Development of highly available systems', ['High Availability']],
    ['Solid experience in cloud networking', ['Cloud Networking']],
    ['artifact repositories and a container registry', ['Artifact Repositories', 'Container Registries']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('handles punctuation-bearing names', () => {
    expect(names('C#, C++, .NET, Node.js, A/B testing and scikit-learn')).toEqual(
      ['C#', 'C++', '.NET', 'Node.js', 'A/B Testing', 'scikit-learn'],
    );
    expect(names('Software Entwickler C#.NET')).toEqual(['C#']); // "c#.net" is an alias of C#
  });

  it('returns offsets and surfaces in text order, longest alias first', () => {
    const text = 'Use Amazon EKS and Spring Boot.';
    const m = matchSkills(text);
    expect(m.map((x) => [x.name, x.surface])).toEqual([['Amazon EKS', 'Amazon EKS'], ['Spring Boot', 'Spring Boot']]);
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.surface);
  });
});

describe('matchSkills: names glued to Chinese, Japanese or Korean text', () => {
  it.each([
    ['熟悉Linux系统，5年以上PHP开发经验', ['Linux', 'PHP']],
    ['精通MySQL、Redis；了解Kubernetes。', ['MySQL', 'Redis', 'Kubernetes']],
    ['Pythonを使った開発経験', ['Python']],
    ['Python을 사용한 개발 경험과 Docker에 대한 이해', ['Python', 'Docker']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('still keeps a Latin word whole: only these scripts end it', () => {
    expect(names('JavaScript开发')).toEqual(['JavaScript']);
    expect(names('Javanese文化')).toEqual([]);
  });
});

describe('matchSkills: never inside a word', () => {
  it.each([
    ['Our platform is great', []],
    ['JavaScript developers', ['JavaScript']],
    ['Experience with Javanese culture', []],
    ['Transformers are cool; reactive people', []],
    ['Python. Net income rose', ['Python']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('matchSkills: ambiguous short aliases need a skill context', () => {
  it.each([
    ['Proficient in Python, Java, or Go', ['Python', 'Java', 'Go']],
    ['demonstrable experience with C/C++/Rust', ['C', 'C++', 'Rust']],
    ['Do you want to get paid to use Rust?', ['Rust']],
    ['Experience with R and SQL', ['R', 'SQL']],
    ['Erfahrung mit den Entwicklungsumgebungen Rider und Visual Studio', ['JetBrains Rider', 'Visual Studio']],
    ['Experience with Hadoop, Oozie, Pig, Hive, HBase', ['Apache Hadoop', 'Apache Oozie', 'Apache Pig', 'Apache Hive', 'Apache HBase']],
    ['Strong Excel skills', ['Microsoft Excel']],
  ])('in context: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Go beyond what is expected and make it happen.',
    'We excel at building great teams.',
    'The rust on the old pipes, the spring season and swift delivery.',
    'Access to the building is restricted; the chef will make lunch.',
    'People who take play seriously: go for it.',
    'Ruby was the name of our office dog.',
  ])('out of context: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('matchSkills: multilingual aliases map to English names', () => {
  it.each([
    ['Bilanzbuchhaltung und Lohnbuchhaltung', ['Financial Accounting', 'Payroll']],
    ['comptabilité financière', ['Financial Accounting']],
    ['avec le sens du travail d’équipe', ['Teamwork']],
    ['Trabajo en equipo y comunicación', ['Teamwork', 'Communication']],
    ['Hohe Kommunikations- und Teamfähigkeit, Lösungsorientierung', ['Communication', 'Teamwork', 'Problem Solving']],
    ['Excelentes habilidades de comunicação', ['Communication']],
    ['crédits documentaires, réglementation douanière, Incoterms', ['Letters of Credit', 'Customs Regulations', 'Incoterms']],
    ['la transmission de votre savoir-faire aux juniors', ['Mentoring']],
    ['Du har god samarbetsförmåga', ['Teamwork']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('maps the soft-skill vocabulary', () => {
    expect(names('Team player with excellent communication skills')).toEqual(['Teamwork', 'Communication']);
    expect(names('Collaborate with team members')).toEqual(['Teamwork']);
    expect(names('business acumen, stakeholder management and mentoring')).toEqual(['Business Acumen', 'Stakeholder Management', 'Mentoring']);
  });
});

// Its speed is measured by `npm run bench` (the 200 KB posting), not here.
describe('matchSkills: long text', () => {
  it('finds every repetition in a 200 KB text', () => {
    const para = 'We need Python, Go and Kubernetes experience, knowledge of PostgreSQL and CI/CD. The platform team works with stakeholders. ';
    const reps = Math.ceil(200_000 / para.length);
    const once = matchSkills(para).length;
    expect(once).toBeGreaterThan(3);
    expect(matchSkills(para.repeat(reps)).length).toBe(once * reps);
  });
});

describe('acronyms in brackets that echo the words before them', () => {
  const names = (text: string) => matchSkills(text).map((m) => m.name);

  it('do not stop a longer name running across them', () => {
    expect(names('Good comprehension of continuous integration (CI) and continuous delivery (CD) concepts')).toEqual(['CI/CD']);
  });

  it('still match alone where the words before them are no name ("Google Compute Platform (GCP)")', () => {
    expect([...new Set(names('Amazon Web Services (AWS) or Google Compute Platform (GCP)'))]).toEqual(['Amazon Web Services', 'Google Cloud Platform']);
  });

  it('are not taken by a name that holds only some of the words they echo', () => {
    const found = matchSkills('Experience with application performance monitoring (APM) tools such as New Relic.');
    expect(found.map((m) => [m.name, m.surface])).toEqual([
      ['Application Performance Monitoring', 'application performance monitoring'],
      ['Application Performance Monitoring', 'APM'], // not "APM) tools" of some "... tools" name
      ['New Relic', 'New Relic'],
    ]);
  });
});

// Working with AI, as postings from 2025 on ask for it: each phrase is its own skill, not a generic parent or a
// neighbour that shares a word ("GitHub Copilot" is not GitHub, "AI safety" is not workplace Health and Safety).
describe('matchSkills: AI work vocabulary', () => {
  it.each([
    ['Experience with the Model Context Protocol (MCP)', ['Model Context Protocol', 'Model Context Protocol']],
    ['Experience with GitHub Copilot or Cursor', ['GitHub Copilot', 'Cursor']],
    ['Background in AI safety research', ['AI Safety']],
    ['Strong interest in AI ethics and safety', ['Responsible AI']],
    ['Experience implementing responsible, ethical AI practices', ['Responsible AI']],
    ['Ability to integrate AI tools into workflows', ['AI Tools']],
    ['Knowledge of context engineering and agent orchestration', ['Context Engineering', 'Agent Orchestration']],
    ['Experience with LLM evals', ['LLM Evaluation']],
    ['Open-source LLMs (Llama2, Mistral, Gemini)', ['Large Language Models', 'LLaMA', 'Mistral', 'Gemini']],
    ['Experience with OpenAI, Anthropic or Bedrock', ['OpenAI API', 'Anthropic API', 'Amazon Bedrock']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Gemini is our new project, developed with a great team.',
    'Move the cursor to the first row.',
  ])('a model or tool name in ordinary prose is no skill: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// Visual work is several disciplines, as design postings ask for them, and a verb is not one of them.
describe('matchSkills: visual design vocabulary', () => {
  it.each([
    ['Collaborating on visual designs that help communicate the value', ['Visual Design']],
    ['Experience implementing design systems and component libraries', ['Design Systems']],
    ['Bonus: Animation experience', ['Animation']],
    ['Be comfortable with vector-based illustrating', ['Vector Illustration']],
    ['Knowledge of typography, color theory and iconography', ['Typography', 'Iconography']],
    ['Design using the latest technology (animation, three-fiber, etc)', ['Animation', 'React Three Fiber']],
    ['You will design systems that integrate with our APIs', ['APIs']],
    ['A fun illustration of our culture', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// Data platform practices postings name as skills of their own, in every board language.
describe('matchSkills: data integration vocabulary', () => {
  it.each([
    ['Experience working with data integration systems', ['Data Integration']],
    ['projetos de integração de dados em produção', ['Data Integration']],
    ['Erfahrung in der Datenintegration', ['Data Integration']],
    ['Familiarity with Data Mesh architecture', ['Data Mesh']],
    ['Kenntnisse in SQL und Datenmodellierungen', ['SQL', 'Data Modeling']],
    ['une expérience réussie dans la construction de pipelines de données', ['Data Engineering']],
    ['Experience designing data models from the ground up', ['Data Modeling']],
    ['Praktische Erfahrungen im Softwaretesting und eine sinnvolle Testabdeckung', ['Software Testing', 'Code Coverage']],
    ['Salesforce Platform Events, Change Data Capture', ['Salesforce', 'Change Data Capture']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// Practices software postings ask for by name; "access control" is no Microsoft Access.
describe('matchSkills: engineering practices', () => {
  it.each([
    ['Solid understanding of networking principles and security best practices', ['Networking', 'Security Best Practices']],
    ['Experience with authentication and authorization systems (OAuth, JWT)', ['Authentication', 'OAuth', 'JWT']],
    ['Experience with state management libraries such as Redux', ['State Management', 'Redux']],
    ['Knowledge of cross-browser compatibility issues', ['Cross-Browser Compatibility']],
    ['Strong experience in systems engineering', ['Systems Engineering']],
    ['Understanding of encryption, access control and vulnerability management', ['Cryptography', 'Access Control', 'Vulnerability Management']],
    ['5+ years of experience with Role Based Access Controls (RBAC)', ['Role-Based Access Control', 'Role-Based Access Control']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Familiarity with UI/UX design principles and accessibility standards', ['UX Design', 'Web Accessibility']],
    ['Basic knowledge of Docker and container security', ['Docker', 'Container Security']],
    ['You know how to build and scale data ingestion pipelines', ['Data Ingestion']],
    ['Experience with Apex and Lightning Web Components (LWC)', ['Apex', 'Lightning Web Components', 'Lightning Web Components']],
    ['Deep understanding of esbuild, Webpack and Vite', ['esbuild', 'Webpack', 'Vite']],
    ['Code coverage tools and unit testing', ['Code Coverage', 'Unit Testing']],
    ['Strong grasp of computer architecture and data structures', ['Computer Architecture', 'Algorithms']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('authentication in ordinary prose is no skill', () => {
    expect(names('Access is responsible for managing authentication and sessions.')).toEqual([]);
  });
});

describe('matchSkills: ways of working in the boards languages', () => {
  it.each([
    ['Seguir principios ágiles para ofrecer valor', ['Agile']],
    ['Respect des principes agiles', ['Agile']],
    ['Identificación de posibles riesgos', ['Risk Management']],
    ['Identificação de riscos e mitigação de riscos', ['Risk Management', 'Risk Management']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('matchSkills: a word that differs from a name only by its accents', () => {
  it('is another language’s word in lower case, the name when capitalised', () => {
    expect(names('participez grâce à une véritable aventure humaine')).toEqual([]);
    expect(names('Connaissance de bases de données Timeseries (Prométheus, InfluxDB)')).toContain('Prometheus');
  });
});

describe('matchSkills: work outside tech', () => {
  it.each([
    ['Extensive experience working with content management platforms', ['Content Management Systems']],
    ['Experience with lesson planning and classroom management', ['Lesson Planning', 'Classroom Management']],
    ['Budgeting, forecasting and variance analysis', ['Budgeting', 'Forecasting', 'Variance Analysis']],
    ['Proven track record in upselling', ['Upselling']],
    ['Expérience en maçonnerie, carrelage et plâtrerie', ['Masonry', 'Tiling', 'Plastering']],
    ['Erfahrung im Trockenbau und bei Betonarbeiten', ['Drywall', 'Concrete Work']],
    ['Experience in commercial cleaning and housekeeping', ['Cleaning', 'Housekeeping']],
    ['Experience cleaning data with pandas', ['Pandas']],
    ['Experience in conversion rate optimization', ['Conversion Rate Optimization']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('matchSkills: a field named by its act or its adjective', () => {
  it.each([
    ['Buchhalterisches Wissen', ['Accounting']],
    ['Erfahrung im Managen von Projekten', ['Project Management']],
    ['You are great at managing projects end-to-end', ['Project Management']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('matchSkills: functional safety is not workplace safety', () => {
  it('reads the standards and their spelled-out names', () => {
    expect(names('Awareness of functional safety (ISO 26262), Safety of the Intended Functionality (SOTIF / ISO 21448)')).toEqual([
      'Functional Safety', 'ISO 26262', 'SOTIF', 'SOTIF', 'SOTIF',
    ]);
  });
});

describe('matchSkills: "modern languages" in a tech posting', () => {
  it('are programming languages, not the study of foreign ones', () => {
    expect(names('5+ years of programming experience with modern languages such as Python, Go, or Elixir')).toEqual(['Programming', 'Python', 'Go', 'Elixir']);
    expect(names('You remain open to exploring other modern languages.')).toEqual([]);
  });
});
