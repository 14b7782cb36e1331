// Nursing, clinical, medical coding and healthcare administration, pharma/lab.
export default `
@healthcare
Nursing | nursing care; krankenpflege; pflege; gesundheits- und krankenpflege; soins infirmiers; enfermería; enfermagem; verpleegkunde
Patient Care | direct patient care; bedside care; patientenversorgung; soins aux patients; atención al paciente
Clinical Knowledge | clinical acumen; clinical expertise; clinical background; klinische erfahrung
Clinical Practice | clinical practice experience; clinical experience; bedside experience > Clinical Knowledge
Clinical Documentation | charting; nursing documentation; medical documentation; pflegedokumentation > Clinical Knowledge
Clinical Documentation Integrity | ~cdi; clinical documentation improvement; cdi specialist > Clinical Documentation
Medical Coding | medical coder; coding and billing; medical billing and coding; icd-10; icd-10-cm; icd 10; cpt; cpt codes; hcpcs; kodierung > Healthcare Administration
Risk Adjustment Coding | ra coding; risk adjustment coder; risk adjustment coding; hcc coding > Medical Coding
Risk Adjustment Models | risk adjustment model; risk adjustment; risk adjustment methodologies > Risk Adjustment Coding
CMS-HCC | cms hcc; cms-hcc model; medicare hcc > Risk Adjustment Models
HHS-HCC | hhs hcc; hhs-hcc model > Risk Adjustment Models
Medical Billing | healthcare billing; revenue cycle management; rcm > Healthcare Administration
Healthcare Administration | healthcare management; hospital administration; gesundheitsmanagement; administration hospitalière
Electronic Health Records | ehr; emr systems; electronic medical records; ehr systems; emr/ehr; elektronische patientenakte; dossier patient informatisé
Epic Systems | epic ehr; epic emr; epic systems; ^epic > Electronic Health Records
~Cerner | oracle cerner; oracle health > Electronic Health Records
Meditech > Electronic Health Records
Medication Administration | administering medications; medication management; medikamentengabe; administration des médicaments
Wound Care | wundversorgung; wundmanagement; soins des plaies; wound management > Nursing
Vital Signs | vital signs monitoring; vitalzeichen > Patient Care
Phlebotomy | venipuncture; blood draws; blutentnahme > Patient Care
IV Therapy | iv insertion; intravenous therapy; iv starts > Nursing
Triage | patient triage; ersteinschätzung > Patient Care
Critical Care | intensive care; icu; intensivpflege; soins intensifs; cuidados intensivos > Nursing
Emergency Care | emergency medicine; emergency department; notfallmedizin; urgences; urgencias > Patient Care
Acute Care | acute care nursing > Nursing
Long-Term Care | ltc; long term care; altenpflege; geriatric care; elderly care; soins gériatriques > Nursing
Home Health | home health care; home care; häusliche pflege; ambulante pflege; soins à domicile > Nursing
Pediatrics | paediatrics; pediatric nursing; pädiatrie; kinderkrankenpflege; pédiatrie; pediatría > Nursing
Oncology | oncology nursing; onkologie; oncologie; oncología > Nursing
Mental Health | behavioral health; psychiatric nursing; psychiatrie; psychiatry; santé mentale; salud mental
Case Management | care coordination; care management; fallmanagement > Patient Care
Infection Control | infection prevention; hygiene management; hygienemanagement; hygiène hospitalière > Patient Care
Patient Safety | patientensicherheit; sécurité des patients > Patient Care
Surgery | surgical; operating room; perioperative; chirurgie; cirugía; op-pflege > Nursing
Anesthesia | anaesthesia; anästhesie; anesthésie > Nursing
Midwifery | hebamme; sage-femme; obstetrics; geburtshilfe; labor and delivery > Nursing
Physical Therapy | physiotherapy; physiotherapie; kinésithérapie; fisioterapia; rehabilitation; rehab > Patient Care
Occupational Therapy | ergotherapie; ergothérapie; terapia ocupacional > Patient Care
Pharmacy | pharmacology; pharmazie; pharmacie; farmacia; dispensing
Pharmacovigilance | drug safety; arzneimittelsicherheit > Pharmacy
Clinical Research | clinical trials; clinical studies; klinische studien; essais cliniques; ensayos clínicos; gcp compliance; good clinical practice
Regulatory Affairs | regulatory submissions; zulassung; affaires réglementaires; asuntos regulatorios
Medical Devices | medizinprodukte; dispositifs médicaux; dispositivos médicos; medical device > Regulatory Affairs
Laboratory Skills | lab work; laboratory techniques; laborarbeit; pcr; elisa; cell culture; laboratory testing
Diagnostics | diagnosis; diagnostic skills; troubleshooting and diagnosis; diagnostik; fault diagnosis
Medical Terminology | medizinische terminologie; terminologie médicale
Telehealth | telemedicine; telemedizin; télémédecine
Public Health | öffentliche gesundheit; santé publique; salud pública
Radiology | radiologie; imaging; x-ray; mri; ct scans
Dental Care | dentistry; zahnmedizin; dental hygiene; soins dentaires
Caregiving | personal care; activities of daily living; adl; grundpflege; soins de base
Medicare | medicaid; medicare advantage > Healthcare Administration
HL7 | fhir; hl7 fhir > Electronic Health Records
`;
