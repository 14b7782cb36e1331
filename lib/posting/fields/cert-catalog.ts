// Named certificates and licences. Each entry: output name, case-sensitive source (acronyms), case-insensitive
// source (spelled-out names), and whether the unit must also say "certified/licence/..." (for acronyms or
// framework names that are just as often a skill or something else: "PA" = Pennsylvania, "ITIL" knowledge).
// Multi-word and longer names come before the names they contain ("Family Nurse Practitioner" before
// "Nurse Practitioner"), because overlapping later matches are dropped.
export interface CertEntry {
  name: string;
  cs?: string;
  ci?: string;
  cue?: boolean;
}

export const CATALOG: CertEntry[] = [
  // Cloud and IT
  { name: 'CKAD', cs: 'CKAD', ci: 'Certified Kubernetes Application Developer' },
  { name: 'CKS', cs: 'CKS', ci: 'Certified Kubernetes Security Specialist' },
  { name: 'CKA', cs: 'CKA', ci: 'Certified Kubernetes Administrator' },
  { name: 'KCNA', cs: 'KCNA' },
  { name: '$&', cs: String.raw`(?:AZ|AI|DP|MS|SC|PL|MB|MD|GH)-\d{3}` },
  { name: 'Microsoft Certified: Azure $1', ci: String.raw`(?:Microsoft Certified:? )?Azure (Solutions Architect Expert|Administrator Associate|Developer Associate|DevOps Engineer Expert|Security Engineer Associate|Data Engineer Associate|AI Engineer Associate|Network Engineer Associate|Data Scientist Associate|Fundamentals)` },
  { name: 'HashiCorp Certified: Terraform Associate', ci: String.raw`(?:HashiCorp Certified:? )?Terraform Associate` },
  { name: '$&', cs: String.raw`RHCSA|RHCE|RHCA|LFCS|LFCE|LPIC-?[123]|VCP(?:-[A-Z]{2,4})?|VCAP|MCSE|MCSA|OCPJP|ISTQB` },
  { name: 'Red Hat Certified $1', ci: String.raw`Red Hat Certified (System Administrator|Engineer|Architect)` },
  { name: '$&', cs: String.raw`(?:Salesforce|Databricks|ServiceNow|Snowflake|Tableau|Splunk|Oracle|Cisco|SAP|Workday|MongoDB|Confluent|Okta) Certified:?(?: [A-Z][\p{L}]*| I{1,3}| &){1,6}` },
  // Security
  { name: '$&', cs: String.raw`CISSP|CISM|CISA|CCSP|SSCP|CRISC|CGEIT|OSCP|OSCE|OSWE|OSEP|CCSK|GSEC|GCIH|GPEN|GCFA|GCIA|GCFE|GWAPT|GXPN|GCED|GICSP|GREM|CySA\+|PenTest\+|CASP\+` },
  { name: 'CEH', cs: 'CEH', ci: 'Certified Ethical Hacker' },
  { name: 'CompTIA $1', ci: String.raw`CompTIA (A\+|Network\+|Security\+|Cloud\+|Linux\+|CySA\+|PenTest\+|CASP\+|Server\+|Data\+|Project\+)` },
  { name: 'CompTIA $&', cs: String.raw`(?:Security|Network)\+` },
  { name: '$&', cs: String.raw`CCNA|CCNP|CCIE|JNCIA|JNCIS|JNCIP|JNCIE` },
  { name: 'ISO 27001 Lead $1', ci: String.raw`ISO\s?27001 Lead (Auditor|Implementer)` },
  // Project and process
  { name: 'PMP', cs: 'PMP', ci: 'Project Management Professional' },
  { name: 'CAPM', cs: 'CAPM' },
  { name: 'PRINCE2', ci: String.raw`PRINCE\s?2(?: Practitioner| Foundation)?`, cue: true },
  { name: 'ITIL', ci: String.raw`ITIL(?:\s?v?[34])?(?: Foundation)?`, cue: true },
  { name: 'TOGAF', ci: String.raw`TOGAF(?: \d+(?:\.\d)?)?`, cue: true },
  { name: 'Certified ScrumMaster (CSM)', cs: 'CSM', ci: String.raw`Certified Scrum ?Master`, cue: true },
  { name: 'Professional Scrum Master (PSM)', cs: String.raw`PSM(?: I{1,3})?`, ci: String.raw`Professional Scrum Master` },
  { name: 'Certified Scrum Product Owner (CSPO)', cs: 'CSPO', ci: 'Certified Scrum Product Owner' },
  { name: 'SAFe Agilist', ci: String.raw`SAFe(?: \d(?:\.\d)?)? Agilist` },
  { name: 'Six Sigma $1 Belt', ci: String.raw`(?:Lean )?(?:Six Sigma )?(Green|Black|Yellow) Belt` },
  { name: 'CBAP', cs: 'CBAP' },
  // Finance, accounting, HR
  { name: 'CPA', cs: 'CPA', ci: 'Certified Public Accountant' },
  { name: 'ACCA', cs: 'ACCA' },
  { name: 'CIMA', cs: 'CIMA' },
  { name: 'CFA', cs: 'CFA', ci: 'Chartered Financial Analyst' },
  { name: 'Certified Management Accountant (CMA)', ci: 'Certified Management Accountant' },
  { name: 'Certified Internal Auditor (CIA)', ci: 'Certified Internal Auditor' },
  { name: 'Certified Fraud Examiner (CFE)', ci: 'Certified Fraud Examiner' },
  { name: 'Chartered Accountant', ci: String.raw`Chartered Accountant|ACA qualified|ICAEW|ICAS qualified` },
  { name: 'FRM', cs: 'FRM' },
  { name: 'CFP', cs: 'CFP', cue: true },
  { name: 'FINRA Series $1', ci: String.raw`(?:FINRA )?Series (7|63|65|66|24|79|3)(?: licen[cs]e| exam| registration)?`, cue: true },
  { name: '$&', cs: String.raw`SHRM-S?CP|SPHR|CIPD` },
  { name: 'Steuerberater', ci: String.raw`Steuerberater(?:examen|in)?` },
  { name: 'Wirtschaftsprüfer', ci: String.raw`Wirtschaftsprüfer(?:examen|in)?` },
  { name: 'Expert-comptable', ci: String.raw`expert[- ]comptable diplômé|diplôme d['’]expertise comptable` },
  // Health care
  { name: 'Advanced Practice Registered Nurse (APRN)', cs: 'APRN', ci: 'Advanced Practice Registered Nurse' },
  { name: 'Family Nurse Practitioner (FNP)', cs: 'FNP(?:-[BC]{1,2})?', ci: 'Family Nurse Practitioner' },
  { name: 'Nurse Practitioner (NP)', cs: 'NP', ci: 'Nurse Practitioner', cue: true },
  { name: 'State Nursing License', ci: String.raw`state nursing licen[cs]e` },
  { name: 'Registered Nurse (RN)', cs: 'RNs?', ci: String.raw`Registered Nurse|nursing licen[cs]e|RN licen[cs]e` },
  { name: 'Licensed Practical Nurse (LPN)', cs: 'LPN', ci: 'Licensed Practical Nurse' },
  { name: 'Licensed Vocational Nurse (LVN)', cs: 'LVN', ci: 'Licensed Vocational Nurse' },
  { name: 'Physician Assistant (PA)', cs: 'PA-C|PA', ci: 'Physician Assistant', cue: true },
  { name: 'Certified Nursing Assistant (CNA)', cs: 'CNA', ci: String.raw`Certified Nurs(?:e|ing) Assistant` },
  { name: 'Emergency Medical Technician (EMT)', cs: String.raw`EMT(?:-[BP])?`, ci: 'Emergency Medical Technician' },
  { name: 'ACLS', cs: 'ACLS', ci: String.raw`Advanced Cardi(?:ac|ovascular) Life Support` },
  { name: 'PALS', cs: 'PALS', ci: 'Pediatric Advanced Life Support' },
  { name: 'BCLS', cs: 'BCLS' },
  { name: 'BLS', cs: 'BLS', ci: 'Basic Life Support' },
  { name: '$&', cs: String.raw`NRP|TNCC|CCRN|RHIA|RHIT|CDIP|CCDS|CPhT|LCSW|LMFT|RDH` },
  { name: 'Certified Professional Coder (CPC)', cs: 'CPC', ci: 'Certified Professional Coder', cue: true },
  { name: 'Certified Risk Adjustment Coder (CRC)', cs: 'CRC', ci: 'Certified Risk Adjustment Coder', cue: true },
  { name: 'CPR', cs: 'CPR', cue: true },
  { name: 'First Aid Certificate', ci: String.raw`first aid (?:certificat\p{L}*|certified|qualification)` },
  { name: 'Facharzt', ci: String.raw`Facharzt(?:anerkennung|titel|qualifikation)?|Fachärztin` },
  { name: 'Approbation', ci: String.raw`(?:deutsche )?Approbation` },
  { name: 'Medical License', ci: String.raw`medical licen[cs]e|licensed (?:physician|to practice medicine)` },
  { name: 'Pharmacist License', ci: String.raw`pharmacist licen[cs]e|licensed pharmacist` },
  // Trades (UK gas and metering, electrical, construction)
  { name: 'Gas Safe', ci: String.raw`Gas Safe(?: regist\p{L}+)?` },
  { name: '$&', cs: String.raw`(?:CCN|MET|CMA|CPA|HTR|CKR|CENWAT|REGT|TPCP|CMDDA|VES|LAU|CCLP|ICPN|CODNCO|HWB)\d` },
  { name: 'MOCoPA', ci: 'MOCoPA' },
  { name: '18th Edition (BS 7671)', ci: String.raw`1[78]th Edition(?: Wiring Regulations)?|BS\s?7671` },
  { name: 'CSCS Card', cs: 'CSCS' },
  { name: '$&', cs: 'IPAF|PASMA|SMSTS|SSSTS|NEBOSH|IOSH' },
  { name: 'NVQ Level $1', ci: String.raw`NVQ (?:Level )?(\d)` },
  { name: 'F-Gas Certification', ci: String.raw`F-?Gas (?:certificat\p{L}*|category \p{L})` },
  { name: 'SIA Licence', ci: String.raw`SIA (?:licen[cs]e|badge)` },
  { name: '$&', cs: String.raw`CACES(?: R\s?\d{3})?` },
  { name: 'Forklift License', ci: String.raw`forklift (?:licen[cs]e|certificat\p{L}*)` },
  { name: '$&', cs: String.raw`Class [ABC] CDL` },
  { name: "Commercial Driver's License (CDL)", cs: String.raw`CDL(?:-?[AB]| Class [AB])?`, ci: String.raw`Commercial Driver['’]?s? Licen[cs]e` },
  // Law, engineering, other licensed professions
  { name: 'Bar Admission', ci: String.raw`admi(?:ssion|tted) to (?:the |a |any )?(?:[\p{L}.]+ )?(?:state )?bar|member of (?:the |a |any )?(?:[\p{L}.]+ )?(?:state )?bar|bar admission|licensed (?:attorney|lawyer|to practice law)|Anwaltszulassung|Zulassung als Rechtsanwalt|inscrit au barreau` },
  { name: 'Professional Engineer (PE)', ci: String.raw`Professional Engineer(?:ing)? (?:\(PE\) )?licen[cs]e|licensed Professional Engineer|P\.?E\.? licen[cs]e` },
  { name: 'Engineer in Training (EIT)', ci: String.raw`Engineer[- ]in[- ]Training` },
  { name: 'Chartered Engineer (CEng)', ci: String.raw`Chartered Engineer|CEng` },
  { name: 'Real Estate License', ci: String.raw`real estate licen[cs]e|licensed real estate` },
  { name: 'Insurance License', ci: String.raw`(?:life|health|property (?:and|&) casualty|P&C|insurance|producer) (?:and [\p{L}&]+ )?licen[cs]e` },
  { name: 'Teaching License', ci: String.raw`teaching (?:licen[cs]e|credential|certificat\p{L}*)|teacher certification|Qualified Teacher Status` },
];
