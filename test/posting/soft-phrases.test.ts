// Teamwork, Leadership and Stakeholder Management named as an act on a team in a requirement line, in the boards' languages; and the
// lines that only mention a team, or a team that qualifies another noun, give nothing.
import { describe, expect, it } from 'vitest';
import { softPhraseMatches } from '../../lib/posting/soft-phrases';
import { parsePosting } from '../../lib/posting';

const names = (text: string) => softPhraseMatches(text, []).map((m) => `${m.name}: ${m.surface}`);

describe('softPhraseMatches', () => {
  it('finds Teamwork in collaboration with teams, in five languages', () => {
    expect(names('Ability to collaborate across multiple teams and execute')).toEqual(['Teamwork: collaborate across multiple teams']);
    expect(names('Erfahrung in der Zusammenarbeit in Cross-funktionalen, internationalen Teams')).toEqual([
      'Teamwork: Zusammenarbeit in Cross-funktionalen, internationalen Teams',
    ]);
    expect(names('Trabajamos en colaboración con otros equipos internos')).toEqual(['Teamwork: colaboración con otros equipos']);
    expect(names('Goede samenwerking met de andere teams')).toEqual(['Teamwork: samenwerking met de andere teams']);
    expect(names('Prioritize team collaboration and success')).toEqual(['Teamwork: team collaboration']);
    expect(names('het draait om teamplay')).toEqual(['Teamwork: teamplay']);
  });

  it('finds Teamwork in working in a team, not in working with one named team', () => {
    expect(names('Ability to work effectively in a team environment')).toEqual(['Teamwork: work effectively in a team']);
    expect(names('Able to work as part of a team')).toEqual(['Teamwork: work as part of a team']);
    expect(names('También te gusta trabajar con otros equipos')).toEqual(['Teamwork: trabajar con otros equipos']);
    expect(names('Sie arbeiten gerne im Team')).toEqual(['Teamwork: arbeiten gerne im Team']);
    expect(names('You will work with the data team on pipelines')).toEqual([]);
    expect(names('Experience working in Agile teams')).toEqual([]);
  });

  it('finds Stakeholder Management in managing, influencing or aligning stakeholders', () => {
    expect(names('The ability to influence a wide range of customer stakeholders')).toEqual([
      'Stakeholder Management: influence a wide range of customer stakeholders',
    ]);
    expect(names('Ability to manage multiple stakeholders')).toEqual(['Stakeholder Management: manage multiple stakeholders']);
    expect(names('Present results to stakeholders')).toEqual([]);
  });

  it('finds Leadership in leading or managing a team', () => {
    expect(names('You have Lead and Develop a team for 3+ years')).toEqual(['Leadership: Lead and Develop a team']);
    expect(names('Encadrer une petite équipe dans la réalisation des chantiers')).toEqual(['Leadership: Encadrer une petite équipe']);
    expect(names('Quieres crecer como líder y te mola gestionar equipos 🖖🏼')).toEqual(['Leadership: gestionar equipos']);
    expect(names('Experience mentoring or leading small teams.')).toEqual(['Leadership: leading small teams']);
  });

  it('finds Communication in communicating or explaining, not in what systems or the employer do', () => {
    expect(names('Ability to communicate complex technical concepts clearly')).toEqual(['Communication: communicate']);
    expect(names('You can explain technical concepts without jargon')).toEqual(['Communication: explain technical concepts']);
    expect(names('Te importa comunicarte de manera concreta y amable')).toEqual(['Communication: comunicarte']);
    expect(names('Designing services that communicate over gRPC')).toEqual([]);
    expect(names('We will communicate any updates to the salary range')).toEqual([]);
  });

  it('gives nothing for a team that qualifies a noun, a team’s thing, or a team only mentioned', () => {
    expect(names('Manage team calendars and travel bookings')).toEqual([]);
    expect(names('Lead the team’s weekly planning')).toEqual([]);
    expect(names('You will join a small team of engineers in Berlin')).toEqual([]);
    expect(names('Collaborate with product managers and designers')).toEqual([]);
  });

  it('adds nothing the alias lists already found', () => {
    const found = softPhraseMatches('Team player who collaborates across teams', []);
    expect(softPhraseMatches('Team player who collaborates across teams', found)).toEqual([]);
  });

  it('reads them only where the posting states its requirements', () => {
    const text = ['Data Analyst', '', 'About us', 'We collaborate across teams every day.', '', 'Requirements', '- SQL and Python', '- You collaborate across teams with ease'].join('\n');
    const rec = parsePosting(text);
    expect(rec.required).toContain('Teamwork');
    const only = parsePosting(['Data Analyst', '', 'About us', 'We collaborate across teams every day.', '', 'Requirements', '- SQL and Python'].join('\n'));
    expect(only.required).not.toContain('Teamwork');
  });
});
