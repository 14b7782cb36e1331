// A stack part ("Our tech stack", "Technologies we use") is what the company uses: read only when the
// requirements name almost no hard skill of their own.
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../lib/posting/headings';
import { parsePosting } from '../../lib/posting';

const posting = (requirements: string[]) =>
  parsePosting(['# Backend Engineer', '', '## Requirements', '', ...requirements.map((l) => `* ${l}`), '', 'Our Technology Stack', '', '- Elixir / Phoenix', '- Postgres / Redis'].join('\n'));

describe('a stack part', () => {
  it('is its own kind of heading; a heading that asks for a stack is still requirements', () => {
    for (const h of ['Our Technology Stack', 'Tech stack', 'Technologies we use', 'Stack', 'Environnement technique :', 'Technische Umgebung', 'Stack tecnológico', 'Technische omgeving', 'Ambiente técnico', 'Environnement technologique/fonctionnel', 'Environnement technique et fonctionnel', 'Technologies utilisées'])
      expect(classifyHeading(h), h).toBe('stack');
    expect(classifyHeading('Tech Stack Requirements')).toBe('requirements');
  });

  it('beside requirements that name their skills: not asked for', () => {
    const rec = posting(['4+ years of Go', 'Kubernetes and Terraform in production', 'Strong communication skills']);
    expect(rec.required).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'Terraform']));
    expect([...rec.required, ...rec.preferred]).not.toContain('Elixir');
    expect([...rec.required, ...rec.preferred]).not.toContain('Redis');
  });

  it('beside requirements that name almost none: the only word on what the job needs', () => {
    const rec = posting(['7+ years of experience in the games industry', 'Great communication and mentoring']);
    expect(rec.required).toEqual(expect.arrayContaining(['Elixir', 'PostgreSQL', 'Redis']));
  });
});
