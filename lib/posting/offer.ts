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
      'without regard to',
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

/** Does this sentence speak of what the employer offers, and ask for nothing? */
export function isOfferSentence(text: string): boolean {
  return OFFER.test(text) && !ASK.test(text);
}
