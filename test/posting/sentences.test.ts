import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../lib/posting';

const posting = (requirements: string) => `Backend Engineer\n\nAbout us\nWe build things.\n\n## Requirements\n${requirements}\n- Python\n- PostgreSQL\n`;

describe('record.sentences: the sentence of each stated minimum', () => {
  it.each([
    ['years', '- 5+ years of backend experience', 'minYears', '5+ years of backend experience'],
    ['years in words after the skill', '- Backend work: at least 7 years in production', 'minYears', 'Backend work: at least 7 years in production'],
    ['a degree', "- Bachelor's degree in Computer Science or similar", 'degree', "Bachelor's degree in Computer Science or similar"],
    ['a spoken language', '- Fluent German is required', 'languages', 'Fluent German is required'],
    ['a visa refusal', '- We are not able to sponsor work visas', 'visa', 'We are not able to sponsor work visas'],
    ['work authorisation', '- Must be authorized to work in the United States', 'workAuthorization', 'Must be authorized to work in the United States'],
  ] as const)('%s', (_name, line, key, want) => {
    const r = parsePosting(posting(line));
    expect(r.sentences?.[key]).toContain(want);
  });

  it('keeps nothing where the posting states nothing', () => {
    expect(parsePosting(posting('- Kind colleagues')).sentences).toEqual({});
  });
});
