// Table-driven cases for each fit-2 mechanism (lib/fit/score.ts), on the small graph of helpers.ts.
import { describe, expect, it } from 'vitest';
import { fit, DEALBREAKER_CAP, MISSING_MUST_CAP, OTHER_FIELD_CAP, TITLE_MISSING_CAP } from '../../lib/fit/score';
import { curatedImplied, impliedClosure } from '../../lib/fit/implied';
import { listFactor, stressOf } from '../../lib/fit/emphasis';
import { judgeField } from '../../lib/fit/field';
import { askedItems } from '../../lib/fit/items';
import { fieldGraph, graph, posting, profile, skill } from './helpers';
import type { SkillGraph } from '../../lib/fit/types';

const reasonsAddUp = (r: ReturnType<typeof fit>) =>
  expect(r.items.reduce((s, i) => s + i.points, 0) + r.adjustments.reduce((s, a) => s + a.points, 0)).toBe(r.score);

describe('implied skills', () => {
  // A graph with the real taxonomy's ids where the curated rules apply.
  const up: Record<string, string[]> = { java: ['programming'], go: ['programming'], 'github-actions': ['ci-cd', 'git'] };
  const g = { ancestors: (id: string) => up[id] ?? [] };
  it.each([
    ['python', null, ['programming', 'software-development', 'debugging']],
    ['java', 3, ['programming', 'software-development', 'debugging']],
    ['java', 9, ['software-architecture', 'design-patterns']],
    ['kubernetes', null, ['containerization', 'container-orchestration']],
    ['prometheus', null, ['monitoring']],
    ['grafana', null, ['monitoring']],
    ['postgresql', null, ['sql', 'relational-databases']],
    ['github-actions', null, ['ci-cd', 'continuous-integration', 'software-deployment', 'version-control']],
    ['android-development', null, ['android']],
    ['software-development', null, ['software-engineering']],
    ['ios-development', null, ['ios']],
    ['embedded-systems', null, ['embedded-software']],
    ['cost-control', null, ['cost-management']],
  ] as const)('%s (%s years) implies %j', (id, years, want) => {
    expect(impliedClosure(id, g, years)).toEqual(expect.arrayContaining([...want]));
  });

  it.each([['sql'], ['html'], ['communication'], ['unknown-thing']])('%s implies no programming craft', (id) => {
    expect(curatedImplied(id, [])).not.toContain('software-development');
  });

  it('a general skill is met through the skill that implies it, and the report says via which', () => {
    const g2: SkillGraph = { ...graph, ancestors: (id) => (id === 'go' ? ['programming'] : graph.ancestors(id)) };
    const r = fit(profile([skill('go', 9), skill('kubernetes')]), posting({ req: ['software-development', 'debugging', 'container-orchestration', 'monitoring'] }), g2);
    const by = Object.fromEntries(r.items.map((i) => [i.name, [i.status, i.via]]));
    expect(by).toEqual({
      'software-development': ['met', 'go'], debugging: ['met', 'go'], 'container-orchestration': ['met', 'kubernetes'], monitoring: ['missing', null],
    });
  });

  it('a broader skill of another kind does not partly meet a tool (Python for a Python library)', () => {
    const g2: SkillGraph = { ...fieldGraph, ancestors: (id) => (id === 'scikit-learn' ? ['python'] : graph.ancestors(id)), category: (id) => (id === 'scikit-learn' ? 'ml' : fieldGraph.category!(id)) };
    const r = fit(profile([skill('python')]), posting({ req: ['scikit-learn', 'go'] }), g2);
    expect(r.items.find((i) => i.name === 'scikit-learn')?.status).toBe('missing');
    const same = fit(profile([skill('kubernetes')]), posting({ req: ['gke', 'go'] }), { ...g2, category: () => 'cloud' });
    expect(same.items.find((i) => i.name === 'gke')?.status).toBe('partly');
  });
});

describe('groups of alternatives', () => {
  it.each([
    ['a required member stays required on its own', { req: ['gcp'], pref: ['aws', 'azure'], alternatives: [['gcp', 'aws', 'azure']] },
      [['aws or azure or gcp', 'preferred'], ['gcp', 'required']]],
    ['an all-required group is one required item', { req: ['gcp', 'aws'], alternatives: [['gcp', 'aws']] }, [['gcp or aws', 'required']]],
    ['an all-preferred group is one preferred item', { pref: ['gcp', 'aws'], alternatives: [['gcp', 'aws']] }, [['gcp or aws', 'preferred']]],
  ] as const)('%s', (_, p, want) => {
    const items = askedItems(posting({ ...p, alternatives: p.alternatives.map((g) => [...g]) } as never), graph);
    expect(items.map((i) => [i.names.join(' or '), i.bucket])).toEqual(want);
  });

  it('a profile without the required GCP does not meet it through AWS', () => {
    const r = fit(profile([skill('aws'), skill('python')]), posting({ req: ['gcp', 'python'], pref: ['aws'], alternatives: [['gcp', 'aws']] }), graph);
    expect(r.items.find((i) => i.name === 'gcp')?.status).toBe('missing');
  });

  it('examples under a general skill of the same sentence are one item with it', () => {
    const sentence = 'Experience with a relational database, e.g. Postgres, MySQL.';
    const p = posting({ req: ['relational-databases', 'postgresql', 'mysql'], alternatives: [['postgresql', 'mysql']] });
    p.evidence = p.required.map((item) => ({ item, sentence, bucket: 'required' as const }));
    const items = askedItems(p, { ...graph, ancestors: (id) => (id === 'mysql' ? ['relational-databases'] : graph.ancestors(id)) });
    expect(items.map((i) => i.names)).toEqual([['relational-databases', 'postgresql', 'mysql']]);
  });
});

describe('stress and listing', () => {
  it.each([
    ['Significant Elixir experience', ['Elixir'], 'stressed'],
    ['Must have: Kafka', ['Kafka'], 'stressed'],
    ['Our core development language is Java.', ['Java'], 'stressed'],
    ['4+ years of experience with Go', ['Go'], 'stressed'],
    ['Messaging systems are critical.', ['Message Queues'], 'stressed'],
    ['Fundierte Kenntnisse in SAP', ['SAP'], 'stressed'],
    ['Experience with Docker', ['Docker'], 'plain'],
    ['Deep learning frameworks such as PyTorch', ['PyTorch'], 'plain'],
    ['Experience with .NET Core', ['.NET'], 'plain'],
    ['Basic knowledge of networking', ['Networking'], 'light'],
    ['Grundkenntnisse in der Administration von Netzwerken', ['Network Administration'], 'light'],
    ['You have 3+ years building Webflow sites and are well versed in HTML/CSS/JS', ['Webflow'], 'stressed'],
    ['You have 3+ years building Webflow sites and are well versed in HTML/CSS/JS', ['HTML', 'CSS'], 'plain'],
  ] as const)('%s → %s for %j', (sentence, names, want) => {
    expect(stressOf(sentence, names)).toBe(want);
  });

  it('a skill the title names is stressed', () => expect(stressOf('Experience with Java', ['Java'], true)).toBe('stressed'));

  it.each([[1, 1], [3, 1], [12, 0.5], [27, 1 / 3]])('%i items in one sentence weigh %d each', (n, f) => expect(listFactor(n)).toBeCloseTo(f));

  it('missing the stressed requirement weighs more and keeps the verdict below strong', () => {
    const p = posting({ req: ['rust', 'python', 'go', 'java', 'sql'] });
    p.evidence = p.evidence.map((e) => (e.item === 'rust' ? { ...e, sentence: 'Significant Rust experience is a must.' } : e));
    const r = fit(profile(['python', 'go', 'java', 'sql'].map((id) => skill(id))), p, graph);
    expect(r.items.find((i) => i.name === 'rust')).toMatchObject({ emphasized: true, weight: 6 });
    expect(r.score).toBeLessThanOrEqual(MISSING_MUST_CAP);
    expect(r.verdict).not.toBe('strong');
    reasonsAddUp(r);
  });
});

describe('field and confidence', () => {
  it.each([
    ['tech profile, nursing posting', ['python', 'kubernetes', 'aws'], ['nursing', 'patient-care', 'triage'], 'healthcare'],
    ['nurse, nursing posting', ['nursing', 'patient-care'], ['nursing', 'patient-care', 'triage'], null],
    ['tech profile, tech posting it misses', ['python', 'kubernetes'], ['go', 'java', 'rust'], null],
    ['sales profile, bookkeeping posting', ['b2b-sales', 'sales'], ['bookkeeping', 'triage'], 'finance'],
  ] as const)('%s → other field %s', (_, have, asked, want) => {
    const r = fit(profile(have.map((h) => skill(h))), posting({ req: [...asked, 'communication'] }), fieldGraph);
    expect(r.otherField).toBe(want);
    if (want) {
      expect(r.verdict).toBe('weak');
      expect(r.score).toBeLessThanOrEqual(OTHER_FIELD_CAP);
      expect(r.notes.join(' ')).toMatch(/Different field/);
    }
    reasonsAddUp(r);
  });

  it('a skill the posting asks for never makes it another field\'s (the field is read from the rest of the profile)', () => {
    // A nursing posting that also asks for Rust: a profile with only a soft skill has no field to judge by; adding
    // Rust must not turn it into "another field" and lower the score.
    const p = posting({ title: 'nursing role', req: ['teamwork', 'rust'], pref: ['nursing', 'python', 'bookkeeping'] });
    const before = fit(profile([skill('teamwork')]), p, fieldGraph);
    const after = fit(profile([skill('teamwork'), skill('rust')]), p, fieldGraph);
    expect(after.otherField).toBeNull();
    expect(after.score!).toBeGreaterThanOrEqual(before.score!);
    // A profile with skills beyond the posting's is still judged by them.
    expect(fit(profile([skill('rust'), skill('go'), skill('java')]), p, fieldGraph).otherField).toBe('healthcare');
  });

  it('a posting with no items but another field in its title is weak, not "can\'t judge"', () => {
    const r = fit(profile([skill('python'), skill('go')]), posting({ title: 'Night nursing lead', req: [] }), fieldGraph);
    expect(r).toMatchObject({ verdict: 'weak', otherField: 'healthcare' });
  });

  it.each([
    [['python', 'go'], [], [], 'low', 'partial'],
    [['python', 'go', 'java'], [], [], 'low', 'partial'],
    [['python', 'go'], ['English', 'German'], [], 'normal', 'strong'],
    [['python', 'go', 'java', 'rust'], [], [], 'normal', 'strong'],
  ] as const)('%j + languages %j: confidence %s, verdict %s with everything met', (req, languages, certifications, confidence, verdict) => {
    const r = fit(profile(req.map((id) => skill(id)), { languages: languages.map((name) => ({ name, level: 'fluent' })) }),
      posting({ req: [...req], languages: [...languages], certifications: [...certifications] }), graph);
    expect(r).toMatchObject({ score: 100, confidence, verdict, found: req.length + languages.length });
  });

  it('the title names a skill the profile lacks entirely: weak at best', () => {
    const r = fit(profile(['python', 'go', 'sql', 'kubernetes'].map((id) => skill(id))), posting({ title: 'Java developer', req: ['python', 'go', 'sql', 'kubernetes', 'java'] }), fieldGraph);
    expect(r.score).toBe(TITLE_MISSING_CAP);
    expect(r.adjustments[0]?.label).toMatch(/title asks for java/);
    reasonsAddUp(r);
  });

  it.each([
    ['preferred language is no dealbreaker', { languages: ['Japanese'] }, 'preferred', 0],
    ['required language is one', { languages: ['Japanese'] }, 'required', 1],
    ['preferred certification is no dealbreaker', { certifications: ['CPA'] }, 'preferred', 0],
    ['required licence is one', { certifications: ['CDL Class A'] }, 'required', 1],
  ] as const)('%s', (_, extra, bucket, count) => {
    const name = 'languages' in extra ? extra.languages[0] : extra.certifications[0];
    const p = posting({ req: ['python', 'go', 'java', 'sql'], ...('languages' in extra ? { languages: [name] } : { certifications: [name] }) });
    p.evidence.push({ item: name, sentence: `${name} is ${bucket === 'preferred' ? 'a plus' : 'required'}.`, bucket });
    const r = fit(profile(['python', 'go', 'java', 'sql'].map((id) => skill(id))), p, graph);
    expect(r.dealbreakers).toHaveLength(count);
    if (count) expect(r.score).toBe(DEALBREAKER_CAP);
  });
});

describe('a posting naming only credentials', () => {
  it.each([
    ['holds the licence and speaks the language', ['RN Licence (California)'], ['English'], 100],
    ['lacks the licence', [], ['English'], 40],
  ] as const)('%s → %i', (_, certifications, languages, score) => {
    const r = fit(profile([skill('nursing')], { certifications: [...certifications], languages: languages.map((name) => ({ name, level: 'fluent' })) }),
      posting({ req: [], certifications: ['RN licence'], languages: ['English'] }), graph);
    expect(r.score).toBe(score);
    expect(r.verdict).not.toBe('strong'); // two requirements found: low confidence
    expect(r.items.map((i) => i.name).sort()).toEqual(['English', 'RN licence']);
    reasonsAddUp(r);
  });
});

describe('field judgement', () => {
  it.each([
    [['technology', 'technology', 'business'], ['healthcare', 'healthcare'], [], 'healthcare', 0],
    [['technology', 'technology'], ['technology', 'business'], [], null, 0.5],
    [['business', 'business', 'finance'], [], ['healthcare'], 'healthcare', 0],
    [['technology'], [], [], null, null],
  ] as const)('profile %j, items %j, title %j → %s (share %s)', (prof, items, title, field, share) => {
    const j = judgeField({ profile: [...prof], items: [...items], title: [...title] });
    expect(j.postingField).toBe(field);
    expect(j.share).toBe(share);
  });
});

describe('reasons add up to the score', () => {
  it.each([
    [['python'], ['python', 'go', 'java'], ['rust']],
    [['python', 'go'], ['python', 'go', 'java', 'communication'], ['rust', 'teamwork']],
    [['gke'], ['kubernetes', 'gcp', 'aws'], []],
    [[], ['python', 'go'], ['rust']],
  ])('have %j, asked %j + %j', (have, req, pref) => {
    const r = fit(profile(have.map((h) => skill(h)), { preferences: { remoteOnly: true, minSalary: null } }), posting({ req, pref, remote: false }), graph);
    reasonsAddUp(r);
  });
});
