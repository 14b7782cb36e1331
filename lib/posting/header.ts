// Reads title, company and badges from the top of a posting, for the boards whose text we see:
// remotewlb markdown ("# [Title](url)", "### Company", "#### `💰 …` `🌎 …`"), HN "Company | Title | REMOTE"
// lines, page titles ("Title – Company", "Title | Company", "Title at Company", "Company hiring Title in X"),
// and board page text where the first short lines hold title, company, place and contract (Workday, Lever,
// Greenhouse, StepStone, Indeed, LinkedIn). A company half of a page title must reappear in the text, which
// tells "Analyst – Vercel" apart from "Technician - Boston Area".
import type { PostingHeader } from './types';
import { classifyHeading } from './headings';
import { companyFromBody, companyFromLabels } from './company';

const ROLE =
  /\b(?:engineers?|developers?|managers?|architects?|analysts?|designers?|scientists?|interns?|internship|lead|leads|director|specialist|consultant|representative|executive|administrator|technician|nurse|accountant|officer|coordinator|assistant|advisor|adviser|head|vp|programmer|tester|sre|researcher|writer|editor|recruiter|operator|agent|owner|strategist|supervisor|therapist|physician|teacher|trainer|buyer|planner|controller|counsel|attorney|paralegal|clerk|driver|mechanic|electrician|apprentice|trainee|marketer|principal|associate|expert|auditor|entwickler\w*|ingenieur\w*|ing[ée]nieur\w*|d[ée]veloppeu\w*|chef|responsable|charg[ée]e?|commercial|acheteu\w*|technicien\w*|analyste|directeu\w*|directrice|stagiaire|comptable|gestionnaire|desarrollador\w*|ingenier[oa]|t[ée]cnic[oa]|jefe|jefa|analista|consultor\w*|gerente|coordinador\w*|asesor\w*|programador\w*|especialista|ontwikkelaar|medewerker|adviseur|beheerder|monteur|verpleegkundige|desenvolvedor\w*|engenheir[oa]|coordenador\w*|estagi[áa]ri[oa]|inspectors?|guides?|cooks?|cashiers?|caregivers?|carers?|housekeepers?|cleaners?|receptionists?|bookkeepers?|pharmacists?|dentists?|hygienists?|paramedics?|plumbers?|welders?|carpenters?|machinists?|couriers?|installers?|fitters?|surveyors?|estimators?|lawyers?|solicitors?|baristas?|bartenders?|waiters?|waitress|educators?|tutors?|lecturers?|professors?|librarians?|counsel+ors?|psychologists?|veterinarians?|caretakers?|aides?|laborant\w*|erzieher\w*|pfleger\w*|pflegefachkraft|fahrer\w*|verk[äa]ufer\w*|agente?|auxiliaire|infirmi[eè]re?|enseignant\w*|vendeu\w*|serveu\w*|cuisinier\w*|chauffeur|ma[çc]on|enfermer[oa]|profesor[a]?|camarer[oa]|vendedor[a]?|conductor[a]?|verpleger|docent|chauffeur|leraar|enfermeir[oa]|motorista|vendedor)\b|entwickler|ingenieur|berater|leiter|referent|sachbearbeiter|techniker|mitarbeiter|architekt|spezialist|werkstudent|praktikant|kauf(?:mann|frau)|\((?:[mwfdhxv]\/){1,3}[mwfdhxv]\)|\b[hf]\/[hf]\b|all genders/i;
const LOCATION =
  /\b(?:remote|hybrid|on-?site|home ?office|t[ée]l[ée]travail|remoto|thuiswerk|anywhere|worldwide|area|region|metro|united states|usa|u\.s\.|uk|united kingdom|germany|deutschland|france|spain|espa[ñn]a|netherlands|nederland|canada|australia|india|brazil|brasil|austria|switzerland|schweiz|europe|emea|apac|latam|korea)\b|^\p{Lu}[\p{L} .'-]*,\s*\p{Lu}[\p{L} .'-]*$|^\d{4,5}\s+\p{Lu}/iu;
const EMPLOYMENT =
  /\b(?:full[- ]?time|part[- ]?time|permanent|contract|temporary|freelance|vollzeit|teilzeit|festanstellung|befristet|unbefristet|cdi|cdd|temps (?:plein|partiel)|alternance|jornada|indefinido|voltijd|deeltijd|tijdelijk|tempo integral|clt)\b/i;
const DATE_ID =
  /\b(?:posted|published|ago|vor \d|il y a|hace|geleden|today|yesterday|heute|job ?id|req(?:uisition)?\s?(?:id|#)|reference|ref\.?)\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|^[A-Z]{0,4}-?\d{5,}$/i;
const SALARY = /[$€£¥₹]\s?\d|\d\s?(?:k|K)\b|\b(?:usd|eur|gbp|chf)\b/i;
const CHROME =
  /^(?:jobs? by email|save|saved|apply|apply now|easy apply|share|i'?m interested|report|sign in|log ?in|back|back to (?:jobs|search|results)|job alert|follow|show more|see more|bewerben|jetzt bewerben|merken|teilen|postuler|enregistrer|partager|aplicar|guardar|compartir|solliciteren|opslaan|delen|candidatar|salvar)$/i;
const LEGAL = /(?:^|\s)(?:GmbH|gGmbH|AG|KG|KGaA|SE|e\.\s?V|Inc|LLC|PLLC|Ltd|Limited|Corp|Corporation|Co|S\.A|SA|SAS|SARL|SRL|S\.r\.l|S\.L|S\.L\.U|B\.V|BV|N\.V|NV|Pty|plc|PLC|S\.p\.A|SpA|Oy|AB|ASA|AS|A\/S|ApS|LLP|LP|Ltda|Kft|Sp\. z o\.o|s\.r\.o|d\.o\.o)\.?$/;
const DEPARTMENT = /^(?:engineering|sales|marketing|product|design|operations|finance|legal|people|hr|business|customer success|support|data|it|research|technology)\b/i;
// Words that make a line an organisation's name even when it also holds a place ("USA Staffing Group").
const ORG_WORD =
  /\b(?:recruit(?:ing|ment)|staffing|personnel|group|gruppe|groupe|grupo|holdings?|solutions|services|consulting|partners|associates|agency|academy|school|university|universit[äé]t?|college|hospital|clinic|klinik(?:um)?|health(?:care)?|bank|insurance|labs?|technologies|systems|software|industries|international|foundation|stiftung|fondation|fundaci[óo]n|institute?|institut|ministry|council|county|city of)\b/i;

// Kept out of the functions below: tsx (esbuild) turns a literal with \p{…} outside a class into a
// `new RegExp(…)` call, which would then run on every use.
const WORKDAY_COMPANY = /^(?:\d+\s+)?([^_]{2,60})_(\p{Lu}[\p{L} ]+)$/u;
const CAP_WORD = /^\p{Lu}[\p{L}\p{N}&'’-]*$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const role = (s: string) => ROLE.test(s);
const other = (s: string) => LOCATION.test(s) || EMPLOYMENT.test(s) || DATE_ID.test(s) || SALARY.test(s) || CHROME.test(s) || /https?:|www\./.test(s);
const count = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);
const stripBoard = (s: string) =>
  s.replace(/(?<!\s)\s*[|\-–—:]\s*(?:LinkedIn|Indeed(?:\.com)?|Glassdoor|SEEK|StepStone(?:\.\w+)?|Monster|Welcome to the Jungle|Otta|Wellfound|Xing|Workday|Greenhouse|Lever|Ashby|Built In\b.*|Dice|ZipRecruiter|InfoJobs|HelloWork|Careers?|Jobs?|Karriere)\s*$/i, '');
// "Full-time, remote (or local) developer/architect" → "developer/architect"
const cleanTitle = (s: string) => {
  let t = s.split(/,\s*/).find(role) ?? s;
  const lead = /^(?:(?:remote|onsite|on-site|hybrid|local|full[- ]?time|part[- ]?time|contract|freelance|permanent)\b|\([^)]*\))[\s,]*/i;
  for (let i = 0; i < 6 && lead.test(t) && role(t.replace(lead, '')); i++) t = t.replace(lead, '');
  return t.trim();
};

interface Split {
  title: string;
  company: string | null;
  salary?: string;
  location?: string;
}

/** Splits a page-title or HN line into title and company; null when it is a bare title. */
function splitTitleLine(line: string, rest: string): Split | null {
  const l = stripBoard(line.trim());
  let m = /^(.+?) (?:is )?hiring (.+?)(?: in (.+))?$/i.exec(l) ?? null;
  if (m && role(m[2]!)) return { title: m[2]!.trim(), company: m[1]!.trim(), location: m[3] };
  m = /^Job Application for (.+) at (.+)$/i.exec(l);
  if (m) return { title: m[1]!, company: m[2]! };
  const fields = l.split(/(?<!\s)\s+\|\s+/);
  if (fields.length >= 2) {
    const ti = fields.findIndex(role);
    if (ti < 0 && fields.length === 2) return null;
    // No field names a role ("16Lab | TOKYO, JAPAN | ONSITE / REMOTE | Embedded Software, Android | …"): the first
    // field after the company that is not an address, a place, a contract type, a date or a pay.
    const t = ti >= 0 ? ti : Math.max(1, fields.findIndex((f, i) => i > 0 && !other(f) && !/@|^visa\b/i.test(f)));
    const company = fields.find((f, i) => i !== t && !other(f) && !role(f) && f.split(' ').length <= 5) ?? null;
    return {
      title: cleanTitle(fields[t]!),
      company,
      salary: fields.find((f) => SALARY.test(f)),
      location: fields.find((f, i) => i !== t && LOCATION.test(f)),
    };
  }
  const parts = l.split(/(?<!\s)(?:\s+[–—-]\s+|\s+(?:at|@|bei|chez)\s+)/);
  if (parts.length >= 2 && role(parts[0]!)) {
    const company = parts.slice(1).find((p) => !other(p) && !role(p) && !DEPARTMENT.test(p) && count(rest, p) >= 1);
    if (company) return { title: parts[0]!.trim(), company: company.trim() };
  }
  return null;
}

/** A company named in a header line by board convention (Workday "631 Name_Country", legal forms, Lever). */
function companyOfLine(line: string): string | null {
  const wd = WORKDAY_COMPANY.exec(line);
  if (wd) return wd[1]!.trim();
  if (LEGAL.test(line) && !role(line) && line.split(' ').length <= 8) return line.trim();
  const lever = line.split(/(?<!\s)\s+\/\s+/);
  if (lever.length >= 3 && lever.some((p) => EMPLOYMENT.test(p))) {
    const dept = lever.find((p) => !EMPLOYMENT.test(p) && !LOCATION.test(p.split(/(?<!\s)\s+[–—-]\s+/)[0]!) || /[–—]/.test(p));
    const head = dept?.split(/(?<!\s)\s+[–—-]\s+/)[0]?.replace(/(?<!\s)\s+(?:US|UK|EU|EMEA|APAC|LATAM|India|Global)$/, '').trim();
    if (head && !DEPARTMENT.test(head) && !LOCATION.test(head)) return head;
  }
  return null;
}

/** Capitalised word runs of 1–4 words, e.g. "Octopus Energy", "Booz Allen Hamilton". */
function capRuns(text: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join(' '));
    run = [];
  };
  for (const w of text.slice(0, 20000).split(/\s+/)) {
    const word = w.replace(/^[("“'‘]+|[)"”'’.,:;!?]+$/g, '');
    if (!CAP_WORD.test(word)) {
      flush();
      continue;
    }
    run.push(word);
    if (word !== w || run.length === 4) flush(); // punctuation ends the name
  }
  flush();
  return out;
}

/** Resolves a board handle ("octoenergy", a URL slug) to the spelling the text uses ("Octopus Energy"). */
export function resolveSlug(slug: string, text: string): string | null {
  const s = slug.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (s.length < 3) return null;
  const tally = new Map<string, number>();
  for (const r of capRuns(text)) {
    const c = r.toLowerCase().replace(/[^a-z0-9]/g, '');
    const ok = c === s || (c.length >= 4 && s.startsWith(c.slice(0, 4)) && s.endsWith(c.slice(-4)) && Math.abs(c.length - s.length) <= 6);
    if (ok) tally.set(r, (tally.get(r) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [k, v] of tally) if (!best || v > tally.get(best)! || (v === tally.get(best)! && k.length > best.length)) best = k;
  return best;
}

function fromUrl(url: string | null | undefined, text: string): string | null {
  if (!url) return null;
  const m =
    /(?:lever\.co|greenhouse\.io|ashbyhq\.com|workable\.com|smartrecruiters\.com|recruitee\.com|personio\.\w+)\/([\w-]+)/i.exec(url) ??
    /\/\/([\w-]+)\.(?:wd\d+\.myworkdayjobs|recruitee|bamboohr|teamtailor|jobs\.personio|breezy)\./i.exec(url);
  if (!m) return null;
  return resolveSlug(m[1]!, text) ?? m[1]!.replace(/(^|-)(\w)/g, (_, a: string, b: string) => (a ? ' ' : '') + b.toUpperCase());
}

function readMarkdown(lines: string[], i: number): { header: PostingHeader; next: number } {
  const title = lines[i]!.replace(/^#+\s*/, '').replace(/\[([^\][]*)\]\([^()]*\)/g, '$1').trim();
  const header: PostingHeader = { title: title || null, company: null, salaryText: null, locationText: null };
  let j = i + 1;
  for (; j < lines.length && j < i + 6; j++) {
    const l = lines[j]!.trim();
    if (!l) continue;
    const co = /^#{2,3}\s+(.+)$/.exec(l);
    if (co && header.company === null && !/`/.test(l) && !classifyHeading(co[1]!)) {
      header.company = /^(?:none|null|n\/a|-|unknown)$/i.test(co[1]!.trim()) ? null : co[1]!.trim();
      continue;
    }
    if (/^#{3,5}\s+`/.test(l)) {
      for (const b of l.match(/`[^`]*`/g) ?? []) {
        const v = b.slice(1, -1).trim();
        if (/💰|[$€£]\s?\d/.test(v)) header.salaryText = v;
        else header.locationText = v;
      }
      continue;
    }
    break;
  }
  return { header, next: j };
}

/** Reads the header of a posting; `body` is the text after the header lines. */
export function readHeader(text: string, opts?: { url?: string | null }): { header: PostingHeader; body: string } {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  let header: PostingHeader = { title: null, company: null, salaryText: null, locationText: null };
  let next = i;
  if (/^#\s/.test(lines[i] ?? '')) ({ header, next } = readMarkdown(lines, i));
  else {
    // Header zone: the short lines before the first heading, bullet or prose paragraph.
    const zone: string[] = [];
    for (let j = i; j < lines.length && zone.length < 14; j++) {
      const l = lines[j]!.trim();
      if (l && !CHROME.test(l) && !(zone.length === 0 && l.length < 400 && l.split(' | ').length >= 3) && (l.length > 120 || /^[-*•]\s/.test(l) || (/[.!]$/.test(l) && l.split(' ').length > 8) || (zone.length > 0 || !/\|/.test(l)) && classifyHeading(l.replace(/:$/, '')) && l.split(' ').length <= 6 && !role(l))) break;
      if (l) zone.push(l);
      next = j + 1;
    }
    const rest = lines.slice(next).join('\n');
    const split = zone[0] ? splitTitleLine(zone[0], rest) : null;
    if (split) {
      header = { title: split.title, company: split.company, salaryText: split.salary ?? null, locationText: split.location ?? null };
    } else {
      const ti = zone.findIndex((l) => role(l) && !DATE_ID.test(l) && !SALARY.test(l) && !CHROME.test(l) && l.split(' ').length <= 12 && !companyOfLine(l));
      header.title = ti >= 0 ? zone[ti]! : null;
      header.company = zone.map(companyOfLine).find((c) => c) ?? null;
      // The line under the title is the company on most boards' copy (title, company, place, contract). It
      // counts when the text names it again, or when what follows it is the place/contract/date part of the
      // header (or nothing): a tagline would be followed by prose.
      const boardLayout = (k: number) => k === ti + 1 && (!zone[k + 1] || other(zone[k + 1]!));
      const near = [ti + 1, ti - 1]
        .map((k) => [k, zone[k]] as const)
        .find(([k, l]) => l && ti >= 0 && (!other(l) || (ORG_WORD.test(l) && !SALARY.test(l) && !DATE_ID.test(l))) && !role(l) && UPPER_FIRST.test(l) && l.split(' ').length <= 5 && !/[.!?:]$/.test(l) && (count(rest, l) >= 1 || boardLayout(k)))?.[1];
      header.company ??= near ?? null;
    }
    header.locationText ??= zone.find((l) => LOCATION.test(l) && l.split(' ').length <= 6 && !role(l) && l !== header.company) ?? null;
    header.salaryText ??= zone.find((l) => SALARY.test(l)) ?? null;
    if (!header.title) header.title = titleFromProse(lines.slice(next));
  }
  const body = lines.slice(next).join('\n');
  if (header.company && /^[a-z0-9]{4,}$/.test(header.company)) header.company = resolveSlug(header.company, body) ?? header.company;
  header.company ??= companyFromLabels(body, role) ?? fromUrl(opts?.url, text) ?? companyFromBody(body, role, (slug) => resolveSlug(slug, body));
  return { header, body };
}

// "Role Description\nPrincipal Platform Engineer - Remote. Supporting …": a title opening the first paragraph.
function titleFromProse(lines: string[]): string | null {
  for (const raw of lines.slice(0, 4)) {
    const l = raw.trim();
    if (!l || classifyHeading(l.replace(/:$/, ''))) continue;
    const first = l.split(/[.!?](?:\s|$)/)[0] ?? '';
    const head = first.split(/(?<!\s)\s+[–—|-]\s+/).find((p) => role(p) && !other(p));
    return head && head.split(' ').length <= 8 ? head.trim() : null;
  }
  return null;
}
