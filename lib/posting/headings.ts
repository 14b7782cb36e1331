// Heading vocabulary (en, de, fr, es, nl, pt; it, sv and zh for the common headings): maps a heading's text to what the part under it is about.
// Keywords are matched on a folded form (lower case, accents removed, ’ → ') so "Pré-requis", "Pre-requis"
// and "PRÉ-REQUIS" are one entry. Order matters: the first kind whose pattern matches wins, so the specific
// kinds go first ("Preferred Qualifications" is preferred, not requirements; "About you" is requirements,
// not company; "What you'll need to be successful in this role" is requirements, not responsibilities).
import type { SectionKind } from './types';
import { textMemo } from './fields/memo';

/** A heading that names a generic container ("Job Description"): its kind is decided from its content. */
export type HeadingKind = SectionKind | 'generic';

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}'&/+\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const GENERIC =
  /^(?:(?:full |the )?(?:job|role|position|vacancy) )?(?:description|overview|summary|details)$|^description (?:du poste|de (?:la|l') ?(?:offre|poste|mission))$|^(?:the )?(?:opportunity|role|position|job)$|^about (?:the|this) (?:role|job|position|opportunity)$|^(?:stellenbeschreibung|stellenangebot|descripcion(?: del (?:puesto|empleo))?|functieomschrijving|vacaturetekst|omschrijving|descricao(?: da vaga)?|sobre a vaga|sobre o cargo|a vaga|le poste|l'offre)$/;

const KINDS: Array<[SectionKind, RegExp]> = [
  [
    'preferred',
    /nice[ -]to[ -]have|nice if|good to have|great to have|bonus|\bplus\b|pluses|pluspunkt|pluspunt|\batouts?\b|desirable|desired|preferred|preferable|ideally|ideal skills|\boptional|wunschenswert|von vorteil|vorteilhaft|idealerweise|gerne gesehen|kein muss|souhaite|apprecie|deseable|valorable|se valora|valoramos|diferencia|desejave|bij voorkeur|een pre\b|wenselijk|even better|would be (?:great|nice)|extra points|^nice$|meriterande|meritforteckning|titolo preferenziale|graditi?\b|(?:additional|bonus) assets?|^assets?$|seria (?:muito )?legal|te tornaria|\bstand ?out\b|brownie points|^pre$|(?:'d|would) love (?:it )?if you|love for you to have|peut-etre egalement|\bbeneficial\b|valuable extras?|sets? you apart|(?:also|especially|really) (?:be )?helpful|^helpful|prettig|加分/,
  ],
  [
    'apply',
    /how to apply|^apply|to apply$|application process|equal (?:employment )?opportunit|\beeo\b|non-discrimination|diversity|inclusion|accommodation|bewerb|candidature|postuler|como (?:aplicar|postular)|solliciteren|sollicitatie|candidatar|^contact|privacy|disclaimer|interested\b/,
  ],
  [
    'requirements',
    /requirement|qualification|required|must[ -]have|what you(?:'ll| will)? (?:bring|need|have|know)|what you must|you(?:'ll| will| should| must| would)? (?:bring|have(?! (?:the |many |some |plenty of |lots of )?(?:opportunit|chances?|possibilit|access|freedom))|need|know|possess)|about you|who you are|your (?:profile|skills|experience|background)|\bskills\b|experience|expertise|we need|we expect|ideal candidate|\bprofile?\b|profiel|kenntnisse|qualifikation|anforderung|bringst du mit|mitbringst|bringen sie mit|mitbringen|voraussetzung|was wir erwarten|erforderlich|requisito|necesitamos|buscamos|\bperfil\b|lo que pedimos|wat (?:wij|we) vragen|wat vragen wij|wat breng je mee|wie ben (?:jij|je)|wie zoeken (?:wij|we)|functie-?eisen|vereisten|o que esperamos|pre-?requis|competenc(?:e|es|y|ies)|kompetenzen|\bksas?\b|^you are$|qui etes-vous|recherchons|^education|^formation|ausbildung|diplome|essential(?! (?:job )?(?:functions?|duties|responsibilit))|^minimum|^basic|competencias|conocimientos|habilidades|vaardigheden|^kennis|ervaring|^experiencia|^you$|look(?:ing)? for\b|(?:help|make)s? you (?:succeed|successful)|to (?:succeed|be successful)\b|seeking|ideale kandida|criteres|ce que nous attendons|ce que vous apportez|connaissances|savoir[ -]etre|\bqualites\b|was wir (?:uns )?(?:von (?:dir|ihnen) )?(?:wunschen|erwarten)|\bdu (?:bist|hast|bringst)\b|vi soker dig|vem (?:du ar|ar du)|\bkrav\b|kvalifikationer|\bprofilo\b|requisiti|cosa cerchiamo|competenze|precisa(?:s de)? ter|o que buscamos|procuramos|(?:good|great|strong|right) fit if|hear from (?:you|people|candidates|those|anyone|someone) (?:if|who|with)|you(?: are|'re) (?:an? )?(?:expert|proficient|experienced|skilled)\b|(?:fit|match) for you if|thrive (?:in (?:this|the) role |here |with us )?if\b|strengths|kwalificatie|vereist|(?:should|please) apply if|what does it take|qualities (?:that are )?important|expect(?:s)? you to have|we'll expect|who you (?:might|may) be|(?:would|'d) love to see|^is this you|qui vous etes|(?:applicants|candidates) (?:that|who) have|help you thrive|makes? you a (?:great|good|strong|perfect) (?:fit|match)|your tool-?(?:bag|box|kit)\b|if you(?:'ve)? got it|ideal background|what we seek|\bskill ?set\b|if this sounds like you|love this job if|(?:get in touch|speak with you|talk to you) if|you must also|(?:good|great|strong|right|perfect) fit (?:for (?:this|the) (?:role|job|position|team) )?if|be successful (?:here |in (?:this|the) role )?if|qualities for|^our ideal\b|dit ben (?:jij|je)|estamos buscando|^you should$|\bu bring|任职|岗位要求|职位要求/,
  ],
  [
    'responsibilities',
    /responsibilit|essential (?:job )?functions?|what you(?:'ll| will)? (?:do|be doing|work on)|opportunit(?:y|ies) to work (?:on|with)|(?:have|get) the (?:opportunity|chance) to\b|you will do|your (?:role|mission|tasks|day|impact)|duties|in this role|\btasks\b|aufgaben|deine rolle|ihre rolle|was dich erwartet|was sie erwartet|\bmissions?\b|vos taches|role et responsabilites|funciones|responsabilidades|que haras|tu dia a dia|tus tareas|\btaken\b|wat ga (?:je|jij) doen|verantwoordelijkheden|de functie|atividades|o que (?:voce|vai) (?:vai |ira )?fazer|add value|what to expect|day[ -]to[ -]day|accountabilities|the work|arbetsuppgifter|dina uppgifter|mansioni|responsabilita|cosa farai|岗位职责|工作职责|工作内容/,
  ],
  [
    'benefits',
    /benefit|perks|we offer|our offer|offering|compensation|salary|\bpay\b|wir bieten|unser angebot|deine vorteile|ihre vorteile|vorteile|nous offrons|vous offrons|avantages|pourquoi nous rejoindre|remuneration|ofrecemos|beneficios|(?:wij|we) bieden|arbeidsvoorwaarden|wat krijg je|oferecemos|why join|why you'll love|why work|in it for you|additional information|rewards|gehalt|salaire|salario|vi erbjuder|offriamo|福利/,
  ],
  [
    'company',
    /about us|about the (?:company|team)|company description|company overview|who (?:we are|are we)|^our (?:values|mission|story|culture|company|team|vision)|uber uns|wer wir sind|das sind wir|unternehmen|qui sommes-nous|a propos|l'entreprise|la societe|notre societe|sobre nosotros|quienes somos|la empresa|over ons|wie zijn (?:wij|we)|wie we zijn|het bedrijf|^sobre (?:a|o|nos)\b|quem somos|a empresa|^about\b|\bom oss\b|chi siamo|关于我们/,
  ],
  // The company's own stack: what it uses, not what it asks (see index.ts for when it is read).
  [
    'stack',
    /^(?:our |the )?(?:current )?(?:tech(?:nology|nical)? )?stack$|^(?:our |the )?(?:technolog(?:y|ies)|tech)(?: (?:we|you(?:'ll| will)?) (?:use|work with|love)(?: and \w+)?)?$|^(?:our |the )?(?:tech(?:nology)? )?stack includes$|^tools (?:we use|and technologies)$|^what we use$|^(?:unser |der )?tech-?stack$|^(?:unsere )?technologien$|^technische umgebung$|^(?:notre |votre )?(?:stack|environnement) (?:technique|technologique)(?: ?(?:\/|et) ?fonctionnel)?$|^(?:les )?technologies utilisees$|^(?:nuestro )?(?:stack|entorno) (?:tecnologico|tecnico)$|^(?:nossa )?(?:stack|ambiente) (?:tecnologic[ao]|tecnic[ao])$|^(?:onze )?(?:tech ?stack|technische omgeving)$/,
  ],
];

interface HeadingHit {
  readonly kind: HeadingKind;
  readonly at: number;
  readonly folded: string;
}

// splitSections asks this of every short capitalised line (list items such as "Python" or "Strong SQL" come
// back many times in a long page), and folding plus six keyword scans is the costly part: remember it.
const headingMatchOf = textMemo((text: string): HeadingHit | null => matchHeading(text));

/** Kind named by a heading's text and where its keyword starts in the folded text; null when unknown. */
export function headingMatch(text: string): HeadingHit | null {
  return headingMatchOf(text);
}

function matchHeading(text: string): HeadingHit | null {
  const f = fold(text);
  if (!f) return null;
  if (GENERIC.test(f)) return { kind: 'generic', at: 0, folded: f };
  for (const [kind, re] of KINDS) {
    const m = re.exec(f);
    if (m) return { kind: kind === 'preferred' && namesBoth(f, text) ? 'requirements' : kind, at: m.index, folded: f };
  }
  return null;
}

// "Vos atouts et les prérequis", "Must-haves and nice-to-haves", "Anforderungen & Pluspunkte": a heading over both
// kinds is a requirements part, whose lines say for themselves what is only preferred (units.ts reads their cues).
const MUST_WORD =
  /requirement|\brequired\b|must[ -]haves?\b|^minimum\b|^basic\b|pre-?requis|\brequis\b|requisitos?\b|voraussetzung|anforderung|vereist|vereisten|\beisen\b|\bessentials?\b|obligatoire|imprescindible|obrigatori/;
const JOINED = /\s(?:and|et|und|y|e|en)\s|[&/]/;
// "nice to have but not essential", "ranked by priority and not required": the must-word is denied.
const DENIED_MUST = /\b(?:not|non|nicht|kein|pas|no|niet|nao)\s+(?:\w+\s+)?(?:required|essential|requis|obligatoire|erforderlich|requerido|vereist|obrigatorio)\b|\bkein muss\b/g;
function namesBoth(folded: string, raw: string): boolean {
  // Folding drops commas: "Qualifications, Requirements, Preferred Skills" joins its kinds with them.
  return MUST_WORD.test(folded.replace(DENIED_MUST, ' ')) && (JOINED.test(folded) || /,\s/.test(raw));
}

/** Kind named by a heading's text, 'generic' for containers, null when the text names nothing known. */
export function classifyHeading(text: string): HeadingKind | null {
  return headingMatch(text)?.kind ?? null;
}

// A line with no formatting (no '#', no colon, not ALL CAPS) is only a heading when it is short, shaped like
// a heading and free of the words a requirement item carries; otherwise a plain list of requirements
// ("Strong communication skills", "Master's Degree Preferred", "Python preferred") would be split.
const CONTENT_WORDS =
  /\d|\b(?:degree|years?|jahre|ans|anos|jaar|with|mit|avec|con|com|met|knowledge|ability|able|strong|excellent|good|proven|fluent|solid|deep)\b/;
const QUESTION_FORM =
  /^(?:what|who|how|about|why|your|our|wat|wie|was|das|lo que|o que|ce que|qui|vos|votre|deine?|ihre?|jouw|onze|nuestr\w*|tus|tu|sus|nos|nossa|seu|sua)\b/;
const TRAIL_CUE = /\b(?:preferred|required|plus|desired|desirable|optional|bevorzugt|erwunscht|souhaite|deseable)$/;
const HEADING_NOUNS = /^(?:(?:skills|qualifications?|experience|requirements|knowledge|competencies|profile|languages?) ?)+$/;

function titleCase(words: string[]): boolean {
  return words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}&(]/u.test(w));
}

/** Kind of a plain, unformatted line if it is a heading at all, else null. */
export function classifyPlainHeading(line: string): HeadingKind | null {
  const t = line.trim().replace(/[:：]$/, '').trim();
  if (!t || t.length > 60 || /[.!;,]$/.test(t) || !/^[\p{Lu}¿¡]/u.test(t)) return null;
  const words = t.split(/\s+/);
  if (words.length > 6) return null;
  const hit = headingMatch(t);
  if (!hit) return null;
  const f = hit.folded;
  const question = QUESTION_FORM.test(f);
  if (!question && CONTENT_WORDS.test(f)) return null;
  if (words.length > 1 && TRAIL_CUE.test(f) && !HEADING_NOUNS.test(f.replace(TRAIL_CUE, '').trim())) return null;
  if (question || titleCase(words) || hit.at <= 6) return hit.kind;
  return null;
}
