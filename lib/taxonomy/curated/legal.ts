// Legal practice, contracts, corporate law, IP and the legal-ops tooling.
export default `
@legal
# A domain that postings also name as who to report fraud to: it needs a skill context.
?Law Enforcement | police work
Legal Practice | law firm; law firms; practice of law; legal experience; attorney; lawyer; in-house counsel; in-house legal; rechtsanwalt; juristische tätigkeit; avocat; juriste; abogado; advogado; advocacia; escritório de advocacia; prática jurídica; advocatuur; advocatenkantoor; juridische praktijk
Contract Management | contract negotiation; contract drafting; contracts; drafting contracts; drafting and negotiating; negotiating contracts; vertragsmanagement; vertragsgestaltung; gestion des contrats; rédaction de contrats; gestión de contratos; gestão de contratos; elaboração de contratos; redação de contratos; negociação de contratos; análise de contratos; gerenciamento de contratos; contractbeheer; contractmanagement; opstellen van contracten; contractonderhandelingen > Legal Practice
Contract Management Systems | contract management system; clm; contract lifecycle management > Contract Management
Ironclad > Contract Management Systems
DocuSign CLM > Contract Management Systems
Icertis > Contract Management Systems
Commercial Law | commercial contracts; commercial agreements; handelsrecht; droit commercial; derecho mercantil; direito comercial; direito empresarial > Legal Practice
Corporate Law | gesellschaftsrecht; droit des sociétés; derecho societario; direito societário; ondernemingsrecht; vennootschapsrecht > Legal Practice
Corporate Governance | governança corporativa; governo societário > Corporate Law
Employment Law | labor law; labour law; arbeitsrecht; droit du travail; derecho laboral; direito do trabalho; direito trabalhista; legislação trabalhista; legislação laboral; arbeidsrecht > Legal Practice
Intellectual Property | ip law; ?patents; patent law; ?trademarks; ?copyright; patentrecht; propriété intellectuelle; propiedad intelectual; propriedade intelectual; propriedade industrial; intellectueel eigendom; octrooirecht > Legal Practice
Patent Filing | patent filing; patent filings; patent prosecution; dépôt de brevet; dépôt de brevets; dépôts de brevets; procédures de dépôt de brevet; patentanmeldung; patentanmeldungen; solicitud de patentes; depósito de patentes > Intellectual Property
Patent Portfolio Management | patent portfolio; patent portfolios; portefeuille brevets; portefeuille de brevets; portefeuilles de brevets; patentportfolio; cartera de patentes; portfólio de patentes > Intellectual Property
Privacy Law | data protection law; datenschutzrecht; legislação de proteção de dados; privacywetgeving; privacyrecht > Legal Practice; Data Privacy
LGPD | lei geral de proteção de dados > Privacy Law
Litigation | dispute resolution; prozessführung; contentieux; litigios; contencioso; processos judiciais; contencioso cível; procesvoering; geschillenbeslechting > Legal Practice
Legal Research | pesquisa jurídica; pesquisa de jurisprudência; juridisch onderzoek > Legal Practice
Westlaw > Legal Research
LexisNexis | lexis > Legal Research
Legal Operations | legal ops > Legal Practice
Paralegal | paralegal work; legal assistant; rechtsanwaltsfachangestellte > Legal Practice
Regulatory Law | regulatory; regulatory affairs law; direito regulatório > Legal Practice
Real Estate Law | property law; immobilienrecht; droit immobilier; direito imobiliário; vastgoedrecht > Legal Practice
Tax Law | steuerrecht; droit fiscal; direito tributário; direito fiscal; belastingrecht; fiscaal recht > Legal Practice; Tax
E-Discovery | ediscovery; electronic discovery > Litigation
Relativity > E-Discovery
Legal Writing | legal drafting; juristische texte; redação jurídica; peças processuais; juridisch schrijven > Legal Practice
Due Diligence | legal due diligence > Legal Practice
`;
