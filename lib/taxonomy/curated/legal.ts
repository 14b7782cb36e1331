// Legal practice, contracts, corporate law, IP and the legal-ops tooling.
export default `
@legal
Legal Practice | law firm; law firms; practice of law; legal experience; attorney; lawyer; in-house counsel; in-house legal; rechtsanwalt; juristische tätigkeit; avocat; juriste; abogado; advogado
Contract Management | contract negotiation; contract drafting; contracts; drafting contracts; drafting and negotiating; negotiating contracts; vertragsmanagement; vertragsgestaltung; gestion des contrats; rédaction de contrats; gestión de contratos > Legal Practice
Contract Management Systems | contract management system; clm; contract lifecycle management; ironclad; docusign clm; icertis > Contract Management
Commercial Law | commercial contracts; commercial agreements; handelsrecht; droit commercial; derecho mercantil > Legal Practice
Corporate Law | gesellschaftsrecht; droit des sociétés; derecho societario; corporate governance > Legal Practice
Employment Law | labor law; labour law; arbeitsrecht; droit du travail; derecho laboral > Legal Practice
Intellectual Property | ip law; ?patents; patent law; ?trademarks; ?copyright; patentrecht; propriété intellectuelle; propiedad intelectual > Legal Practice
Privacy Law | data protection law; datenschutzrecht > Legal Practice; Data Privacy
Litigation | dispute resolution; prozessführung; contentieux; litigios > Legal Practice
Legal Research | westlaw; lexisnexis; lexis > Legal Practice
Legal Operations | legal ops > Legal Practice
Paralegal | paralegal work; legal assistant; rechtsanwaltsfachangestellte > Legal Practice
Regulatory Law | regulatory; regulatory affairs law > Legal Practice
Real Estate Law | property law; immobilienrecht; droit immobilier > Legal Practice
Tax Law | steuerrecht; droit fiscal > Legal Practice; Tax
E-Discovery | ediscovery; electronic discovery; relativity > Litigation
Legal Writing | legal drafting; juristische texte > Legal Practice
Due Diligence | legal due diligence > Legal Practice
`;
