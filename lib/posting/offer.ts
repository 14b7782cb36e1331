// Sentences about what the employer gives, not what it asks: pay, benefits, insurance, leave, equity, and the
// equal-opportunity statement. A posting that runs them into its requirements part (or a posting read in fallback
// mode) must not ask the candidate for "Vision Insurance", "FSA" or "Compensation and Benefits". A sentence that
// also asks for something ("experience administering 401(k) plans") is a requirement and is read as one.
import { wb } from './fields/units';

const OFFER = wb(
  [
    // en
    'benefits|benefit (?:package|program|plan)s?|perks|401\\(?k\\)?|paid (?:time off|leave|parental leave|holidays?|vacation)|pto|parental leave|' +
      '(?:health|medical|dental|vision|life|disability) (?:insurance|benefits|coverage|plans?)|stock options?|equity|' +
      'pay range|salary range|base (?:pay|salary)|compensation (?:range|package)|total rewards|bonus program|' +
      'we offer|we provide|is eligible for|employer of record|employment practices|equal (?:employment )?opportunity|' +
      'without regard to|(?:do not|does not|don\'t|never) discriminate|follow us|visit (?:our|us|www)|stipends?|allowances?',
    // de fr es nl pt
    'wir bieten|sozialleistungen|nous offrons|avantages sociaux|mutuelle|ofrecemos|seguro m[ée]dico|' +
      '(?:wij )?bieden (?:we|wij|je)|secundaire arbeidsvoorwaarden|oferecemos|plano de sa[úu]de|vale[- ]refei[çc][ãa]o',
  ].join('|'),
  'i',
);
const ASK = wb(
  'experience|experienced|knowledge|skills?|ability|proficien\\w*|familiar\\w*|degree|understanding|expertise|' +
    'background|certifi\\w*|erfahrung|kenntnisse|exp[ée]rience|connaissances?|experiencia|conocimientos?|ervaring|kennis|' +
    'experi[êe]ncia|conhecimentos?',
  'i',
);

// The employer describing itself ("We are a high-growth, Platform as a Service company", "Acme is a leading…"):
// what it is, not what it asks, when a posting runs its "about us" into the requirements part.
const SELF = /^(?:at [^,]{1,40}, )?(?:we are|we['’]re|nous sommes|wir sind|somos|wij zijn) (?:a|an|une?|ein|eine|einer|una?|uma?|een|the|one of)\s/i;
// Who founded, backs or advises the employer: its story, not an ask ("Founded by the early teams behind LinkShare and
// Overstock (NASDAQ:OSTK)", "advisors include founders of NewsCorp").
const STORY = /\b(?:founded (?:in|by)|was founded|co-?founded by|(?:our|its|whose) (?:investors|advisors|founders|backers)|advisors include|backed by|funded by|headquartered in)\b/i;
const IS_A = /^\s+(?:is|est|ist|es|é|is een) (?:a|an|une?|ein|eine|una?|uma?|een|the|one of)\s/i;

// A self-description that turns to the candidate asks after all ("We're a startup, so the job will require…").
const TURNS_TO_YOU = /\b(?:you|your|must|needs?|requires?|required|important|understand|vous|votre|dein|usted|jij|você)\b/i;

/** Does this sentence speak of what the employer offers or is, and ask for nothing? */
export function isOfferSentence(text: string, company: string | null = null): boolean {
  if (ASK.test(text)) return false;
  if (OFFER.test(text)) return true;
  const self = SELF.test(text) || STORY.test(text) || (!!company && text.startsWith(company) && IS_A.test(text.slice(company.length)));
  return self && !TURNS_TO_YOU.test(text);
}
