import { describe, expect, it } from 'vitest';
import { isPreferredText } from '../../lib/posting/cues';
import { toUnits } from '../../lib/posting/units';
import { splitSections } from '../../lib/posting/sections';

describe('isPreferredText', () => {
  const yes = [
    'Experience with Kafka is a plus', 'Big pluses: Rust', 'Go preferred', 'Preferably a CS degree', 'Ideally you know Terraform',
    'Ideal skills: React', 'Kubernetes (Desirable)', "It's an advantage if you know SQL", "It's a bonus if you speak Dutch",
    'Valorable: Docker', 'Python (NICE)', 'preferred but not required', 'Erfahrung oder Interesse an Kubernetes', 'Nice-to-have: AWS',
    'Kenntnisse in SAP wünschenswert', 'Erfahrung mit Docker von Vorteil', 'Idealerweise Erfahrung mit Go', 'Englisch ist ein Plus',
    'Une expérience en Java serait un plus', 'Idéalement, vous connaissez Docker', 'Anglais apprécié', 'Connaissance de SAP souhaitée',
    'Inglés deseable', 'Se valorará experiencia con AWS', 'Ervaring met Azure is een pré', 'Kennis van SQL is een pluspunt',
    'Experiência com AWS será um diferencial', 'Inglês desejável', 'Additional experience with other cloud technologies is advantageous',
    'Kafka, plus', 'Docker plus', 'La maîtrise de Revit et AutoCAD sont des atouts', 'Une expérience en BIM serait un avantage', 'C# et dotnet core serait un énorme plus)',
  ];
  const no = [
    'Strong experience with Java', 'Fluent English required', 'Gute Deutschkenntnisse erforderlich', 'Expérience obligatoire',
    'Inglés imprescindible', 'opportunity to close deals, plus being involved in all steps', 'timely pre and post trip reports',
    "Bac+5 avec 2 ans d'expérience et plus", "L'avantage de rejoindre une équipe soudée", '5 ans ou plus', 'Python, Java and plus',
  ];
  for (const s of yes) it(`yes: ${s}`, () => expect(isPreferredText(s)).toBe(true));
  for (const s of no) it(`no: ${s}`, () => expect(isPreferredText(s)).toBe(false));
});

describe('toUnits', () => {
  it('splits bullets and sentences without breaking on abbreviations', () => {
    const u = toUnits(splitSections('Requirements\n- Know Node.js, e.g. Express. Also U.S. law vs. EU law, etc. fine\n- Python 3.5 i.e. modern\nWe like tests. You write them.'));
    expect(u.map((x) => x.text)).toEqual([
      'Know Node.js, e.g. Express.', 'Also U.S. law vs. EU law, etc. fine', 'Python 3.5 i.e. modern', 'We like tests.', 'You write them.',
    ]);
    expect(u[0]!.index).toBe(u[1]!.index); // sentences of one bullet share its index
  });
  it('reads seed-003 style "-" bullets with the text on the next line', () => {
    const u = toUnits(splitSections('Qualifications\n-\nGCP at depth.\n-\nKong API gateway.'));
    expect(u.map((x) => x.text)).toEqual(['GCP at depth.', 'Kong API gateway.']);
  });
  it('marks units preferred by section, by lead-in and by their own cue', () => {
    const u = toUnits(splitSections('Requirements\n- Go\n- Rust is a plus\nIdeally you also have:\n- Kafka\n\nNice to have\n- Helm'));
    expect(u.map((x) => [x.text, x.preferred])).toEqual([
      ['Go', false], ['Rust is a plus', true], ['Kafka', true], ['Helm', true],
    ]);
  });
});
