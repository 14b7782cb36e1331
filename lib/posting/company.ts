// The poster's name when no board header gives it: labelled fields ("Company: X", "Von: X", an "Entreprise"
// line over the name), sentences that introduce the poster ("About X", "X is hiring", "X recrute", "Founded in
// 2006, X is…", "Join X", "At X, we"), sign-offs ("The X Team") and a contact address's domain. A name a
// sentence offers must appear at least twice in the text, and never as the client an agency writes for.
import { classifyHeading } from './headings';

// A field label whose value is the poster. Not "Client", "Kunde", "Auftraggeber", "Opdrachtgever": those name
// the client of an agency, which the spec does not want.
const LABEL =
  /^(?:company(?: name)?|employer|hiring (?:company|organi[sz]ation)|organi[sz]ation|posted by|recruiter|agency|von|anbieter|arbeitgeber|unternehmen|firma|firmenname|entreprise|soci[ée]t[ée]|employeur|recruteur|cabinet|empresa|empleador|entidad|bedrijf|werkgever|organisatie|bedrijfsnaam|empregador)$/i;
// The label starts with a letter: the leading marks and spaces then have one place to end, not one per space of
// a long run (a line of 50,000 spaces cost 30 tries each).
const LABEL_LINE = /^[-*•#>\s]*(\p{L}[\p{L} ]{1,29}?)\s?:\s*(\S.{0,79})$/u;
const LABEL_ALONE = /^[-*•#>\s]*(\p{L}[\p{L} ]{1,29}?)\s?:?$/u;
const BAD_VALUE =
  /^(?:none|null|n\/a|na|-+|unknown|confidential|vertraulich|confidentiel|confidencial|anonym\p{L}*|not (?:disclosed|specified)|see (?:below|above)|tbd)$|https?:|www\.|@/iu;
const ROLEISH = /\((?:[mwfdhx]\/){1,3}[mwfdhx]\)|\b[hf]\/[hf]\b/i;
const SENTENCE_END = /[.!?]$/;
const CAP_START = /^[\p{Lu}\p{N}]/u;
// "Join the Acme Engineering Team": the team is not part of the name.
const TEAM_TAIL = /(?:^|\s)(?:(?:engineering|product|sales|marketing|data|design|tech|technology|it|security|platform|operations|people|finance|support|growth)\s){0,3}(?:team|teams|équipe|equipo|equipe|abteilung)$/iu;
const ARTICLE = /^(?:Le|La|Les|L['’]|El|Los|Las|Het|De|Die|Der|Das|O|A|Os|As)\s(?=\S)/;
const GLUED = /(\p{Ll})(\p{Lu})/gu;

// A capitalised name of one to five words, "&", "of", "de", "+" and digits allowed inside ("Reiter & Schweiger
// GmbH", "Bank of Canada", "Présence 30"); "'s" and trailing punctuation are left outside.
// Words are bounded (30 characters) so that a long run of letters costs linear time, not quadratic.
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&'’.+-]{0,30}(?:[ ](?:(?:&|and|of|de|du|des|la|le|van|von|der|y|e)[ ])?[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]{0,30}){0,4}?)`;
const NAME_GREEDY = NAME.replace('{0,4}?', '{0,4}');
const LEAD = String.raw`(?:^|[.!?:]\s+|\n[^\S\n]*(?:(?:[-*•#>]|\d{1,2}[.)])[^\S\n]*)*)`;
// `strong`: the sentence itself says this is the poster ("Founded in 2006, X is", "X is hiring", "X recrute"),
// so one mention is enough; the weaker forms need the name twice.
interface Intro {
  re: RegExp;
  strong: boolean;
}
const IS_WHAT = String.raw`(?:a|an|the|one|ein|eine|der|die|un|une|le|la|l['’]|una|el|een|de|het|uma|um|building|transforming|revolutioni[sz]ing|pioneering|establishing|on a mission|redefining|reinventing|changing|helping|empowering|committed|dedicated|backed|headquartered|recognized|recognised)(?!\s(?:plus|must|bonus|nice|requirement|advantage|prerequisite|key|great|strong)(?![\p{L}]))`;
const HIRING = String.raw`(?:is|are)\s(?:(?:currently|now|actively)\s)?(?:hiring|seeking|looking|searching|in search|recruiting)|recrute|recherche|sucht|busca|contrata|procura|zoekt|stellt ein`;
const INTRO: Intro[] = [
  // "Founded in 2006, Acme is …", "Acme is hiring", "Acme recrute", "Acme sucht", "Acme zoekt", "Acme was founded"
  {
    strong: true,
    re: new RegExp(String.raw`(?:(?:Founded|Established|Since|Fond[ée]e?|Fundad[oa]|Gegr[üu]ndet|Opgericht) (?:in |en |em )?\d{4},?\s${NAME}\s(?:is|est|es|ist|é|is)\s|${LEAD}${NAME}\s(?:${HIRING}|(?:was|were)\s(?:founded|established|born|created|started))(?![\p{L}]))`, 'gu'),
  },
  // "About Acme" / "Über Acme" / "À propos de Acme" / "About the company – Acme" as a heading (an emoji or
  // symbol before it allowed); headings like "About the role" never pass classifyHeading/NOT_NAME.
  {
    strong: true,
    re: new RegExp(String.raw`^#*[^\S\n]{0,8}(?:[^\p{L}\p{N}\s][^\S\n]{0,3}){0,4}(?:About|Über|A propos de|À propos de|À propos d['’]|Sobre|Over|Acerca de|Chi è|Om)(?:[^\S\n]+(?:[Tt]he [Cc]ompany|[Uu]s|[Uu]ns|[Nn]ous|[Nn]osotros|[Oo]ns)[^\S\n]?[-–—:|])?[^\S\n]+${NAME}[^\S\n]*:?[^\S\n]*$`, 'gmu'),
  },
  // "At Acme, we" / "Bei Acme arbeiten wir" / "Chez Acme, nous" / "En Acme somos" / "Bij Acme werken we"
  {
    strong: false,
    re: new RegExp(String.raw`${LEAD}(?:At|Bei|Chez|En|Em|Na|No|Bij|Presso)\s${NAME},?\s(?:we|our|you|wir|arbeiten|du|nous|vous|somos|buscamos|estamos|nuestr[oa]|nós|nossa|nosso|você|wij|werken|je|jij)(?![\p{L}])`, 'gu'),
  },
  // "Acme is a/the …", "Acme is transforming …", "Acme's mission"
  { strong: false, re: new RegExp(String.raw`${LEAD}${NAME}(?:['’]s mission|\s(?:is|are|ist|est|es|é)\s(?:(?:currently|now|proud(?:ly)?)\s)?${IS_WHAT})(?![\p{L}])`, 'gu') },
  // "Join Acme", "Rejoignez Acme", "Únete a Acme", "Kom werken bij Acme", "Werde Teil von Acme"
  {
    strong: false,
    re: new RegExp(String.raw`(?:Join|Rejoignez|Rejoindre|Únete a|Unete a|Junte-se (?:à|a|ao)|Kom werken bij|Werde Teil von|Verstärke)\s(?:the |our |team |das Team (?:von|bei) )?${NAME_GREEDY}`, 'gu'),
  },
];
// A sign-off: "The Acme Team", "Your Acme team", "Ihr Acme-Team", "L'équipe Acme", "El equipo de Acme".
const SIGN_OFF = new RegExp(
  String.raw`^[^\S\n]*(?:[-–—][^\S\n]*)?(?:(?:The|Your|Ihr|Dein|Euer|Het)\s${NAME}[\s-](?:Team|team|Recruiting Team|Talent Team)|(?:L['’]équipe|El equipo de|A equipe|Equipe|O time)\s${NAME})[^\S\n]*[.!]?[^\S\n]*$`,
  'mu',
);
// An agency writing for a client: the name right after these words is the client's.
const CLIENT_BEFORE = /(?:client|clients|customer|kunde|kunden|klant|cliente|partner)[\s,:]{0,3}(?:(?:is|ist|est|es|the|die|der|das|la|le|el|de|het)[\s,]{1,2}){0,3}$/i;
const NOT_NAME = /^(?:this|the|we|our|you|your|it|that|here|there|role|position|team|job|us|a|an|in|as|if|with|for|le|la|les|el|los|las|die|der|das|een|het|de|o|a|um|uma|ce|cette|ceci|cela|este|esta|esto|isto|isso|dieser|diese|dies|dit|dat|deze|wir|nous|nosotros|wij|our|my|his|her|their|its|every|each|all|any|some|who|what|when|where|why|how|which|candidates?|applicants?|you['’]ll|we['’]re|company|ideal|new|join|at|about|they|he|she|i|these|those|ils|elles|sie|er|es|ellos|ellas|zij|ze|eles|elas|hey|hi|hello|hallo|bonjour|hola|dear)$/i;
const MAIL = /\b[\w.+-]{1,40}@([a-z0-9-]{2,40})\.(?:[a-z0-9-]{2,20}\.)?[a-z]{2,6}\b/gi;
const FREE_MAIL = /^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|gmx|web|proton|protonmail|mail|email|orange|free|wanadoo|t-online|example)$/i;

const count = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);

/** A short line that reads as a name (not a sentence, role, place-holder or heading). */
function plausibleValue(v: string, isRole: (s: string) => boolean): boolean {
  const words = v.split(/\s+/);
  return (
    words.length <= 8 &&
    v.length <= 80 &&
    CAP_START.test(v) &&
    !SENTENCE_END.test(v) &&
    !BAD_VALUE.test(v) &&
    !ROLEISH.test(v) &&
    !isRole(v)
  );
}

/** "Company: Acme", "- Von: Hays AG", or a label line alone with the name on the next line. */
export function companyFromLabels(text: string, isRole: (s: string) => boolean = () => false): string | null {
  const lines = text.slice(0, 30000).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length > 120) continue;
    const m = LABEL_LINE.exec(l);
    if (m && LABEL.test(m[1]!.trim())) {
      const v = m[2]!.trim();
      if (plausibleValue(v, isRole)) return v;
      continue;
    }
    const alone = LABEL_ALONE.exec(l);
    if (!alone || !LABEL.test(alone[1]!.trim())) continue;
    const next = lines.slice(i + 1, i + 3).find((x) => x.trim())?.trim().replace(/^[-*•#>\s]+/, '');
    if (next && next.split(/\s+/).length <= 6 && plausibleValue(next, isRole) && !classifyHeading(next)) return next;
  }
  return null;
}

/** Trailing dots and commas off, without a `[.,]+$` scan that is quadratic on a long run of them. */
function trimDots(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === '.' || s[e - 1] === ',')) e--;
  return s.slice(0, e);
}

function acceptable(name: string, at: number, input: string, body: string, isRole: (s: string) => boolean, strong: boolean): boolean {
  // "Le Domaine des Pins recrute": an article may open a name the sentence itself calls the poster.
  const first = (strong ? name.replace(ARTICLE, '') : name).split(' ')[0]!;
  // Text run together ("Scala EngineerWe are seeking") shows as a lower-upper join inside a word.
  if (NOT_NAME.test(first) || isRole(name) || isRole(name.replace(GLUED, '$1 $2')) || classifyHeading(name) || name.length < 2) return false;
  if (CLIENT_BEFORE.test(input.slice(Math.max(0, at - 40), at))) return false;
  return count(body, name) >= (strong ? 1 : 2);
}

/** The poster named by a sentence of the body, a sign-off or a contact address; null when none is sure. */
export function companyFromBody(raw: string, isRole: (s: string) => boolean = () => false, resolve?: (slug: string) => string | null): string | null {
  // Emphasis and emoji around a name are not part of it ("**Playson 🤘** is a leading…", "At **Vanta** , we"). A
  // run of spaces is tried from its start only, so a long run costs one scan.
  const body = raw.replace(/\*\*|__|\p{Extended_Pictographic}\uFE0F?/gu, '').replace(/(?<![^\S\n])[^\S\n]+(?=[,.])/g, '').replace(/[^\S\n]{2,}/g, ' ');
  // Introductions open or close a posting; a "Python is a plus" deep in the requirements is not one.
  const ends = body.length <= 8000 ? [body] : [body.slice(0, 4000), body.slice(-4000)];
  for (const { re, strong } of INTRO) {
    for (const part of ends) {
      re.lastIndex = 0;
      // A few tries each: the first "About …" heading may be "About the role".
      for (let m = re.exec(part), n = 0; m && n < 12; m = re.exec(part), n++) {
        const name = trimDots(m[1] ?? m[2] ?? '').replace(TEAM_TAIL, '').trim();
        if (name && acceptable(name, m.index + m[0].indexOf(name), part, body, isRole, strong)) return name;
      }
    }
  }
  const tail = body.slice(-4000);
  const s = SIGN_OFF.exec(tail);
  const signed = (s?.[1] ?? s?.[2])?.trim();
  if (signed && !NOT_NAME.test(signed.split(' ')[0]!) && count(body, signed) >= 2) return signed;
  if (resolve) {
    MAIL.lastIndex = 0;
    for (let m = MAIL.exec(body); m; m = MAIL.exec(body)) {
      if (FREE_MAIL.test(m[1]!)) continue;
      const name = resolve(m[1]!);
      if (name && !isRole(name)) return name;
    }
  }
  return null;
}
