// Sales, marketing, account and partnership management, customer service, consulting.
export default `
@business
?Sales | sales experience; ?selling; vertrieb; ?verkauf; ?vente; ?ventes; ?ventas; ?vendas; ?verkoop; sales environment; sales function
Enterprise Sales | enterprise saas sales; enterprise software sales; enterprise accounts; selling to enterprises; enterprise selling > Sales
SaaS Sales | saas sales cycle; selling saas; software sales > Sales; SaaS
B2B Sales | b2b selling; business-to-business sales; b2b-vertrieb > Sales
B2C Sales > Sales
Inside Sales | inside-sales; innendienst > Sales
Outbound Sales | ~outbound; outbound prospecting; cold calling; cold outreach; cold emailing; kaltakquise > Sales; Prospecting
Inbound Sales > Sales
Technical Sales | selling to technical buyers; sell to technical buyers; sales engineering; pre-sales; presales; technical selling; solution selling > Sales
Capital Equipment Sales | capital equipment; vente de biens d'équipement; biens d'équipement; investitionsgüter; investitionsgütervertrieb > Sales
Sales Process | sales cycle; sales cycles; sales methodology; sales methodologies; meddic; meddpicc; challenger sale; spin selling; sales processes > Sales
Sales Support | sales support role; sales assistance; sales administration; vertriebsinnendienst; administration des ventes > Sales
Sales Operations | sales ops > Revenue Operations
Revenue Operations | revops; rev ops > Sales
Business Development | biz dev; bizdev; new business development; geschäftsentwicklung; développement commercial; desarrollo de negocio; desenvolvimento de negócios; new business; neukundengewinnung
Lead Generation | lead gen; demand generation; generate leads; leadgenerierung > Marketing
Lead Qualification | qualifying leads; qualify leads; lead scoring; bant > Sales
Prospecting | prospection; prospect research; sales prospecting > Sales
Account Management | account manager; key account management; key accounts; client management; gestion de comptes; kundenbetreuung; grands comptes > Sales
Customer Success | client success; customer retention; onboarding customers > Account Management
Partnership Management | ?partnerships; partner management; strategic partnerships; alliance management; partnership development; sponsorship management > Business Development
Channel Sales | channel partners; partner sales; indirect sales > Sales
Negotiation | negotiating; negotiation skills; verhandlungsgeschick; verhandlungsführung; négociation; negociación; negociação
Customer Service | customer experience; customer support; customer care; client service; kundenservice; kundendienst; service client; relation client; atención al cliente; atendimento ao cliente; klantenservice
CRM | crm systems; crm software; customer relationship management; gestion de la relation client; kundenbeziehungsmanagement; crm application
Salesforce | salesforce crm; salesforce.com; sfdc; sales cloud; service cloud > CRM
HubSpot | hubspot crm > CRM; Marketing Automation
Microsoft Dynamics 365 | dynamics 365; dynamics crm; ms dynamics; microsoft dynamics > CRM; ERP
Pipedrive > CRM
Zoho CRM | zoho > CRM
Outreach.io | outreach.io; salesloft > Sales
Gong | gong.io > Sales
ZoomInfo | zoom info; apollo.io; linkedin sales navigator; sales navigator > Prospecting
RFPs | rfp; rfps; request for proposal; requests for proposal; rfp responses; rfi; rfq; rfis; rfqs; tenders; ausschreibungen; appels d'offres > Sales
Consulting | consultancy; consulting experience; beratung; conseil; consultoría; consultoria; customer-facing consulting
Management Consulting > Consulting
Marketing | marketing experience; mercadotecnia
Digital Marketing | online marketing; online-marketing; marketing digital; performance marketing > Marketing
Content Marketing | content creation; content strategy; copywriting > Marketing
Social Media Marketing | social media; social-media; social media management; réseaux sociaux; redes sociales > Digital Marketing
Email Marketing | e-mail marketing; email campaigns; newsletter marketing; mailchimp; klaviyo > Digital Marketing
Search Engine Marketing | ^sem; google ads; adwords; ppc; paid search > Digital Marketing
Paid Social | facebook ads; meta ads; linkedin ads; tiktok ads > Digital Marketing
Marketing Automation | marketo; pardot; eloqua; braze > Marketing
Product Marketing | go-to-market; gtm strategy; go-to-market strategy; positioning and messaging > Marketing
Brand Management | branding; brand strategy; markenführung > Marketing
Market Research | market analysis; marktanalyse; marktforschung; étude de marché; analyse de marché; investigación de mercados; competitive analysis > Marketing
Public Relations | ~pr; media relations; press relations; öffentlichkeitsarbeit; relations presse > Marketing
Event Management | event planning; events management; trade shows; veranstaltungsmanagement; événementiel > Marketing
Campaign Management | marketing campaigns; campaign planning; kampagnenmanagement > Marketing
Growth Marketing | growth hacking > Digital Marketing
Affiliate Marketing > Digital Marketing
Influencer Marketing > Digital Marketing
?Sponsorship | ?sponsorships; ?sponsoring > Partnership Management
Media Rights | broadcast rights; media-rights > Media
Media Agency | media agencies; media planning; media buying > Media
~Media | medien
Broadcast Production | broadcast production operations; broadcasting; tv production > Media
Digital Streaming Platforms | streaming platforms; digital streaming > Media
Gaming | video games; games industry; gaming industry; game industry
Esports | e-sports; esport; e-sport > Gaming
Sports | traditional sports; sport
Entertainment | entertainment industry
Product Management | product manager; product owner; product ownership; produktmanagement; gestion de produit; product roadmap; roadmapping
Project Management | project manager; projektmanagement; projektleitung; gestion de projet; gestion de projets; gestión de proyectos; gestão de projetos; projectmanagement; pmbok
Program Management | programme management; program manager; programmmanagement > Project Management
Portfolio Management | project portfolio management; ppm > Project Management
Change Management | organizational change management; organisational change; veränderungsmanagement; conduite du changement; gestión del cambio
Business Analysis | business analyst; requirements gathering; requirements engineering; requirements analysis; anforderungsmanagement; anforderungsanalyse; analyse des besoins; recueil des besoins
Process Improvement | continuous improvement; process optimization; process optimisation; prozessoptimierung; amélioration continue; mejora continua; kaizen; process improvement techniques
Six Sigma | lean six sigma; dmaic > Process Improvement
Strategic Planning | strategy development; business strategy; strategische planung; planification stratégique
Operations Management | business operations; betriebsführung; gestion des opérations
SaaS | software as a service; saas industry; saas company; saas software; saas products
E-Commerce | ecommerce; e-commerce; online retail; e-commerce platforms; onlinehandel; commerce électronique; comercio electrónico
Retail | einzelhandel; commerce de détail; retail industry
Productivity Tools | productivity software; standard productivity tools; office tools; bureautique; outils informatiques; office-anwendungen
Customer Onboarding | client onboarding > Customer Success
International Trade | international business; commerce international; außenhandel; comercio internacional; comércio internacional; global trade
Export Administration | export documentation; administration des ventes export; administratif export; exportabwicklung > International Trade
Letters of Credit | letter of credit; documentary credits; documentary credit; crédits documentaires; crédit documentaire; akkreditive; akkreditiv; cartas de crédito > International Trade; Trade Finance
Customs Regulations | customs; customs compliance; customs clearance; réglementation douanière; réglementations douanières; zollvorschriften; zollabwicklung; regulación aduanera; aduanas > International Trade
Incoterms | incoterms 2020 > International Trade
International Payments | international payment methods; modes de paiements internationaux; modes de paiement internationaux; internationaler zahlungsverkehr; pagos internacionales; cross-border payments > International Trade
Trade Finance | handelsfinanzierung > International Trade
`;
