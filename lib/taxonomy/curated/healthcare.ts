// Nursing, clinical, medical coding and healthcare administration, pharma/lab.
export default `
@healthcare
Nursing | nursing care; krankenpflege; pflege; gesundheits- und krankenpflege; soins infirmiers; enfermería; enfermagem; verpleegkunde; cuidados de enfermagem; assistência de enfermagem; verpleging; verpleegkundige zorg
Patient Care | direct patient care; bedside care; patientenversorgung; soins aux patients; atención al paciente; cuidado ao paciente; cuidados ao paciente; assistência ao paciente; atendimento ao paciente; cuidados ao doente; patiëntenzorg; patiëntzorg
Clinical Knowledge | clinical acumen; clinical expertise; clinical background; klinische erfahrung; conhecimento clínico; conhecimentos clínicos; klinische kennis
Clinical Practice | clinical practice experience; clinical experience; bedside experience; experiência clínica; prática clínica; klinische ervaring; klinische praktijk > Clinical Knowledge
Clinical Documentation | charting; nursing documentation; medical documentation; pflegedokumentation; registros de enfermagem; registos de enfermagem; documentação clínica; evolução de enfermagem; verpleegkundige verslaglegging; dossiervoering > Clinical Knowledge
Clinical Documentation Integrity | ~cdi; clinical documentation improvement; cdi specialist > Clinical Documentation
Medical Coding | medical coder; coding and billing; medical billing and coding; icd-10; icd-10-cm; icd 10; cpt; cpt codes; hcpcs; kodierung; codificação clínica; codificação médica; cid-10; medische codering > Healthcare Administration
Risk Adjustment Coding | ra coding; risk adjustment coder; risk adjustment coding; hcc coding > Medical Coding
Risk Adjustment Models | risk adjustment model; risk adjustment; risk adjustment methodologies > Risk Adjustment Coding
CMS-HCC | cms hcc; cms-hcc model; medicare hcc > Risk Adjustment Models
HHS-HCC | hhs hcc; hhs-hcc model > Risk Adjustment Models
Medical Billing | healthcare billing; faturamento hospitalar; faturamento médico; faturamento de convênios > Healthcare Administration
Revenue Cycle Management | rcm > Healthcare Administration
Healthcare Administration | healthcare management; hospital administration; gesundheitsmanagement; administration hospitalière; gestão hospitalar; administração hospitalar; gestão em saúde; zorgadministratie; zorgmanagement; ziekenhuisadministratie
Electronic Health Records | ehr; emr systems; electronic medical records; ehr systems; emr/ehr; elektronische patientenakte; dossier patient informatisé; prontuário eletrônico; prontuários eletrônicos; prontuário eletrônico do paciente; registro eletrônico de saúde; processo clínico eletrónico; elektronisch patiëntendossier; elektronisch cliëntendossier
Epic Systems | epic ehr; epic emr; epic systems; ^epic > Electronic Health Records
~Cerner | oracle cerner; oracle health > Electronic Health Records
Meditech > Electronic Health Records
Medication Administration | administering medications; medication management; medikamentengabe; administration des médicaments; administração de medicamentos; administração de medicação; medicatietoediening; medicatie toedienen; medicatiebeheer
Wound Care | wundversorgung; wundmanagement; soins des plaies; wound management; tratamento de feridas; realização de curativos; cuidados com feridas; wondzorg; wondverzorging > Nursing
Vital Signs | vital signs monitoring; vitalzeichen; sinais vitais; aferição de sinais vitais; vitale functies; vitale parameters > Patient Care
Phlebotomy | venipuncture; blood draws; blutentnahme; coleta de sangue; colheita de sangue; punção venosa; bloedafname; venapunctie; bloedprikken > Patient Care
IV Therapy | iv insertion; intravenous therapy; iv starts; terapia intravenosa; punção de acesso venoso; infuustherapie > Nursing
Triage | patient triage; ersteinschätzung; triagem de pacientes; triagem clínica > Patient Care
Critical Care | intensive care; icu; intensivpflege; soins intensifs; cuidados intensivos; terapia intensiva; unidade de terapia intensiva; medicina intensiva; intensivecare; ic-verpleegkunde > Nursing
Emergency Care | emergency medicine; emergency department; notfallmedizin; urgences; urgencias; urgência e emergência; pronto-socorro; serviço de urgência; medicina de emergência; spoedeisende hulp; spoedeisende zorg; spoedzorg > Patient Care
Acute Care | acute care nursing > Nursing
Long-Term Care | ltc; long term care; altenpflege; geriatric care; elderly care; soins gériatriques; cuidados a idosos; cuidado de idosos; cuidados continuados; gerontologia; ouderenzorg; langdurige zorg; verpleeghuiszorg > Nursing
Home Health | home health care; home care; häusliche pflege; ambulante pflege; soins à domicile; atendimento domiciliar; assistência domiciliar; internação domiciliar; cuidados domiciliários; cuidados domiciliares; thuiszorg; wijkverpleging > Nursing
Pediatrics | paediatrics; pediatric nursing; pädiatrie; kinderkrankenpflege; pédiatrie; pediatría; kindergeneeskunde; kinderverpleegkunde > Nursing
Oncology | oncology nursing; onkologie; oncologie; oncología > Nursing
Mental Health | behavioral health; psychiatric nursing; psychiatrie; psychiatry; santé mentale; salud mental; saúde mental; psiquiatria; geestelijke gezondheidszorg; ggz
Case Management | care coordination; care management; fallmanagement; gestão de casos; casemanagement; zorgcoördinatie > Patient Care
Infection Control | infection prevention; hygiene management; hygienemanagement; hygiène hospitalière; controle de infecção; controle de infecções; prevenção de infecções; controlo de infeção; controle de infecção hospitalar; infectiepreventie > Patient Care
Patient Safety | patientensicherheit; sécurité des patients; segurança do paciente; segurança do doente; patiëntveiligheid > Patient Care
Surgery | surgical; operating room; perioperative; chirurgie; cirugía; op-pflege; centro cirúrgico; bloco operatório; cirurgia; operatiekamer > Nursing
Anesthesia | anaesthesia; anästhesie; anesthésie; anestesia; anestesiologia; anesthesiologie > Nursing
Midwifery | hebamme; sage-femme; obstetrics; geburtshilfe; labor and delivery; obstetrícia; verloskunde > Nursing
Physical Therapy | physiotherapy; physiotherapie; kinésithérapie; fisioterapia; rehabilitation; rehab; fysiotherapie; revalidatie > Patient Care
Occupational Therapy | ergotherapie; ergothérapie; terapia ocupacional > Patient Care
Pharmacy | pharmazie; pharmacie; farmacia; dispensing; dispensação de medicamentos; farmacie
Pharmacology | farmacologia; farmacologie > Pharmacy
Pharmacovigilance | drug safety; arzneimittelsicherheit; farmacovigilância; geneesmiddelenbewaking > Pharmacy
Clinical Research | clinical trials; clinical studies; klinische studien; essais cliniques; ensayos clínicos; pesquisa clínica; ensaios clínicos; estudos clínicos; investigação clínica; klinisch onderzoek; klinische studies; klinische trials
Good Clinical Practice | gcp compliance; boas práticas clínicas > Clinical Research
Regulatory Affairs | regulatory submissions; zulassung; affaires réglementaires; asuntos regulatorios; assuntos regulatórios; registratiezaken
Medical Devices | medizinprodukte; dispositifs médicaux; dispositivos médicos; medical device; equipamentos médicos; medische hulpmiddelen; medische apparatuur > Regulatory Affairs
Laboratory Skills | lab work; laboratory techniques; laborarbeit; laboratory testing; técnicas laboratoriais; técnicas de laboratório; laboratoriumtechnieken; laboratoriumwerk
PCR > Laboratory Skills
ELISA > Laboratory Skills
Cell Culture | cultura celular; celkweek > Laboratory Skills
Diagnostics | diagnosis; diagnostic skills; troubleshooting and diagnosis; diagnostik; fault diagnosis; diagnóstico de falhas; diagnóstico de avarias; diagnostiek; storingsdiagnose
Medical Terminology | medizinische terminologie; terminologie médicale; terminologia médica; medische terminologie
Telehealth | telemedicine; telemedizin; télémédecine; telemedicina; telessaúde; telegeneeskunde; zorg op afstand
Public Health | öffentliche gesundheit; santé publique; salud pública; saúde pública; saúde coletiva; volksgezondheid; publieke gezondheid
Radiology | radiologie; imaging; radiologia; diagnóstico por imagem
MRI > Radiology
X-Ray > Radiology
Computed Tomography | ct scans > Radiology
Dental Care | dentistry; zahnmedizin; dental hygiene; soins dentaires; saúde bucal; higiene oral; tandheelkunde; mondzorg; mondhygiëne
Caregiving | personal care; activities of daily living; adl; grundpflege; soins de base; higiene e conforto; atividades de vida diária; persoonlijke verzorging; adl-zorg; adl-ondersteuning
Medicare | medicare advantage > Healthcare Administration
Medicaid > Healthcare Administration
HL7 > Electronic Health Records
FHIR | hl7 fhir > HL7
`;
