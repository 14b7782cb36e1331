// What having a skill implies beyond its taxonomy parents: the general skills a recruiter takes for granted
// ("nine years of Python" covers "Software Development" and "Debugging"). The open data's relations (taxonomy
// parents, ESCO broader links, O*NET categories) come through SkillGraph.ancestors/implies; this file holds the
// short curated rest, by category and by skill. Ids are the taxonomy's canonical slugs.

/** A programming language or framework (under "Programming" in the taxonomy) implies the craft around it. */
const PROGRAMMING = 'programming';
const PROGRAMMING_IMPLIES = ['programming', 'software-development', 'debugging'];
/** Languages the open data leaves without the "Programming" parent. */
const PROGRAMMING_LANGUAGES = new Set(['python']);
/** Years of programming after which design and architecture are part of the craft, not a separate claim. */
export const SENIOR_YEARS = 5;
const SENIOR_IMPLIES = ['software-architecture', 'design-patterns'];

/** skill → general skills it implies; followed transitively together with the taxonomy's parents. */
export const CURATED_IMPLIES: Readonly<Record<string, readonly string[]>> = {
  kubernetes: ['containerization', 'container-orchestration', 'distributed-systems'],
  'apache-kafka': ['distributed-systems', 'message-queues', 'stream-processing'],
  docker: ['containerization'],
  prometheus: ['monitoring', 'observability', 'alerting'],
  grafana: ['monitoring', 'observability', 'data-visualization'],
  datadog: ['monitoring', 'observability', 'logging', 'alerting'],
  'new-relic': ['monitoring', 'observability'],
  splunk: ['logging', 'monitoring'],
  elasticsearch: ['search-engines', 'logging'],
  postgresql: ['sql', 'relational-databases', 'databases'],
  mysql: ['sql', 'relational-databases', 'databases'],
  'microsoft-sql-server': ['sql', 'relational-databases', 'databases'],
  oracle: ['sql', 'relational-databases', 'databases'],
  mongodb: ['nosql', 'databases'],
  redis: ['nosql', 'databases'],
  cassandra: ['nosql', 'databases'],
  dynamodb: ['nosql', 'databases'],
  bigquery: ['sql', 'data-warehousing'],
  snowflake: ['sql', 'data-warehousing'],
  terraform: ['infrastructure-as-code'],
  ansible: ['configuration-management', 'infrastructure-as-code'],
  'github-actions': ['ci-cd', 'continuous-integration'],
  jenkins: ['ci-cd', 'continuous-integration'],
  'gitlab-ci': ['ci-cd', 'continuous-integration'],
  'ci-cd': ['continuous-integration', 'continuous-delivery', 'software-deployment'],
  git: ['version-control'],
  'unit-testing': ['software-testing'],
  'distributed-systems': ['software-architecture', 'software-development'],
  'rest-apis': ['apis', 'back-end-development'],
  'node-js': ['back-end-development'],
  'asp-net': ['back-end-development', 'web-development'],
  'google-cloud-platform': ['cloud-computing'],
  'amazon-web-services': ['cloud-computing'],
  'microsoft-azure': ['cloud-computing'],
  mlops: ['machine-learning', 'devops', 'model-deployment'],
  'apache-airflow': ['workflow-orchestration', 'data-engineering'],
  'apache-spark': ['big-data', 'data-engineering', 'distributed-systems'],
  'b2b-sales': ['sales'],
  'saas-sales': ['sales', 'saas'],
  'enterprise-sales': ['sales'],
  'account-management': ['sales', 'crm'],
  'outbound-sales': ['sales', 'prospecting', 'lead-generation'],
  'lead-generation': ['prospecting', 'lead-qualification'],
  salesforce: ['crm'],
  hubspot: ['crm'],
  'contract-management': ['negotiation'],
  nursing: ['patient-care'],
  // A development skill and the platform it is named for are one skill to a recruiter: the taxonomy keeps them apart
  // only so that a posting's item reads as the posting says it ("Android", "Android development").
  'android-development': ['android'],
  'software-development': ['software-engineering'],
  'ios-development': ['ios'],
  'embedded-systems': ['embedded-software'],
  'cost-control': ['cost-management'],
};

export interface ImpliedSource {
  /** Taxonomy ancestors and open-data implications, transitive. */
  ancestors(id: string): string[];
}

/** The general skills `id` implies by the curated rules (one step); `years` on the skill itself, if known. */
export function curatedImplied(id: string, up: readonly string[], years: number | null = null): string[] {
  const out = new Set(CURATED_IMPLIES[id] ?? []);
  if (PROGRAMMING_LANGUAGES.has(id) || up.includes(PROGRAMMING)) {
    for (const p of PROGRAMMING_IMPLIES) out.add(p);
    if (years != null && years >= SENIOR_YEARS) for (const p of SENIOR_IMPLIES) out.add(p);
  }
  out.delete(id);
  return [...out];
}

/**
 * Everything having `id` implies: its ancestors and the curated implications, followed transitively (PostgreSQL →
 * SQL; Kubeflow → Kubernetes → Containerization). Nearest first; `id` itself is not included.
 */
export function impliedClosure(id: string, g: ImpliedSource, years: number | null = null): string[] {
  const seen = new Set<string>([id]);
  const out: string[] = [];
  const queue = [id];
  while (queue.length) {
    const x = queue.shift()!;
    const up = g.ancestors(x);
    for (const y of [...up, ...curatedImplied(x, up, x === id ? years : null)]) {
      if (seen.has(y)) continue;
      seen.add(y);
      out.push(y);
      queue.push(y);
    }
  }
  return out;
}
