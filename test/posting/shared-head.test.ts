// A list of words sharing one "skills" at its end: each word is tried with the shared head.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../lib/posting';

const required = (line: string) => parsePosting(`# Account Executive\n\n## Requirements\n\n* ${line}`).required;

describe('a shared "skills" at the end of a list', () => {
  it('makes each word of the list a skill the taxonomy knows with it', () => {
    expect(required('Excellent interpersonal, presentation, negotiation and closing skills')).toEqual(
      expect.arrayContaining(['Communication', 'Presentation Skills', 'Negotiation']),
    );
    expect(required('Strong collaboration and communication skills')).toEqual(expect.arrayContaining(['Teamwork', 'Communication']));
    expect(required('Great presentation / writing skills')).toContain('Presentation Skills');
  });

  it('stops where the list stops: a word before it without a joiner, or a word that is no skill with the head', () => {
    expect(required('Brand presentation skills')).not.toContain('Brand');
    expect(required('Excellent closing skills')).toEqual([]);
    expect(required('We use slides for presentation; strong SQL skills')).not.toContain('Presentation Skills');
  });
});
