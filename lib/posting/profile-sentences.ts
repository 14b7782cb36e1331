// Sentences outside the requirements part that state what the candidate has or is ("En charge du suivi du
// chantier, vous êtes à l'aise avec les outils Word et Excel", "You have solid experience with Terraform").
// Postings that have a requirements part still put some of the profile in prose elsewhere: under the duties, in
// the opening, in an unlabelled paragraph. Such a sentence is a requirement wherever it stands, so it is read
// with the requirements part. Only a sentence that says the reader already has a skill counts: "you will gain
// experience with", "we have deep knowledge of", or a duty ("you will build") does not.
import type { Unit } from './types';

const QUAL = '(?:(?:a|an|some|solid|strong|proven|good|deep|excellent|extensive|hands-on|demonstrated|working|practical|prior|relevant|\\d+\\+? years?(?: of)?) )*';
const EN = new RegExp(
  `\\byou (?:already )?(?:have|bring|possess) ${QUAL}(?:experience|expertise|knowledge|background|proficiency|skills|understanding|familiarity|command)\\b` +
    `|\\byou(?:'re|’re| are) (?:already )?(?:proficient|fluent|experienced|skilled|comfortable|familiar|well[- ]versed|an expert|knowledgeable)\\b`,
  'i',
);
const FR =
  /\bvous (?:ma[îi]trisez|connaissez|[êe]tes (?:à l['’]aise|familier|familiaris[ée]e?|exp[ée]riment[ée]e?|comp[ée]tente?|rompue?)|avez (?:(?:une|de|des|d['’]excellentes|de solides|de bonnes) )?(?:(?:bonne|bonnes|solide|solides|excellente|premi[èe]re|r[ée]elle|forte|r[ée]elles) )?(?:connaissances?|exp[ée]riences?|ma[îi]trise|comp[ée]tences)|disposez d['’](?:une? )?(?:(?:bonne|solide|excellente|premi[èe]re) )?(?:connaissances?|exp[ée]rience|ma[îi]trise|comp[ée]tences))(?![\p{L}])/iu;
const DE =
  /\b(?:sie|du) (?:verf[üu]gen|verf[üu]gst) über\b|\b(?:sie haben|du hast|sie bringen|du bringst) (?:[\p{L}-]+ ){0,4}(?:erfahrung|kenntnisse|know-how|expertise)(?![\p{L}])|\b(?:sie beherrschen|du beherrschst)\b/iu;
const ES = /\b(?:tienes|cuentas con|posees|dominas|manejas) (?:[\p{L}-]+ ){0,3}(?:experiencia|conocimientos?|dominio)(?![\p{L}])/iu;
const NL = /\bje (?:hebt|beschikt over) (?:[\p{L}-]+ ){0,3}(?:ervaring|kennis)(?![\p{L}])|\bje bent (?:bekend|vertrouwd|ervaren) met\b/iu;
const PT = /\bvoc[êe] (?:tem|possui|domina) (?:[\p{L}-]+ ){0,3}(?:experi[êe]ncia|conhecimentos?|dom[íi]nio)(?![\p{L}])/iu;
// A line that is itself a requirement noun phrase ("Extensive knowledge of WCF", "Experience in BI tools is a
// plus", "Maîtrise de Python", "Kenntnisse in SAP"), the way qualification lists are written, wherever it stands.
const LEAD = new RegExp(
  `^(?:${QUAL}(?:experience|knowledge|proficiency|expertise|familiarity|understanding|fluency|mastery|command|grasp) (?:with|in|of|on|using)` +
    `|(?:(?:bonne|solide|excellente|parfaite) )?(?:ma[îi]trise|connaissances?|exp[ée]riences?) (?:de|des|du|d(?=['’])|en|avec|dans)` +
    `|(?:(?:gute|fundierte|sehr gute|umfassende|mehrj[äa]hrige) )?(?:erfahrung(?:en)?|kenntnisse) (?:mit|in|im|von)` +
    `|(?:experiencia|conocimientos?|dominio) (?:en|con|de)|(?:ervaring|kennis) (?:met|van|in)|(?:experi[êe]ncia|conhecimentos?|dom[íi]nio) (?:com|em|de|no|na)` +
    // "Expérimenté en maçonnerie, vous…", "Experienced in B2B sales": the candidate described by a participle
    `|(?:exp[ée]riment[ée]\\(?e?\\)?s?|experienced|erfahren|experimentad[oa]s?|experientes?|ervaren) (?:en|in|dans|with|im|em|met|con|na|no))(?![\\p{L}])`,
  'iu',
);
const CUES = [EN, FR, DE, ES, NL, PT];
// Every cue holds one of these words: most units (duties, pitch) are passed over after this one cheap test.
const GATE = /\b(?:you|vous|sie|du|je|voc[êe]|tienes|cuentas|posees|dominas|manejas)(?![\p{L}])/iu;

// The reader is told what the job will give them, or that a skill is not needed.
const NOT_ASKED = /\b(?:will|(?:'|’)ll|gain|develop|learn|(?:train|teach) you|no (?:prior )?experience|not (?:required|necessary|needed|essential|mandatory|a must))\b|\bpas (?:besoin|n[ée]cessaire)\b|\bkeine? (?:vorkenntnisse|erfahrung) (?:n[öo]tig|erforderlich)\b/iu;

// Parts that are not about the candidate at all.
const OUTSIDE = new Set(['company', 'benefits', 'apply', 'requirements', 'preferred', 'stack']);

/** Is this unit, outside the requirement parts, a sentence stating the candidate's own skills, or a requirement noun phrase? */
export function isProfileSentence(u: Unit): boolean {
  if (OUTSIDE.has(u.sectionKind) || NOT_ASKED.test(u.text)) return false;
  return LEAD.test(u.text.trimStart()) || (GATE.test(u.text) && CUES.some((re) => re.test(u.text)));
}
