// Sales, marketing, account and partnership management, customer service, consulting.
export default `
@business
?Sales | sales experience; ?selling; vertrieb; ?verkauf; ?vente; ?ventes; ?ventas; ?vendas; ?verkoop; sales environment; sales function; techniques de vente
Enterprise Sales | enterprise saas sales; enterprise software sales; enterprise accounts; selling to enterprises; enterprise selling > Sales
SaaS Sales | saas sales cycle; selling saas; software sales > Sales; SaaS
B2B Sales | b2b selling; business-to-business sales; b2b-vertrieb; vendas b2b; venda b2b; b2b-verkoop; vente b2b; ventes b2b; ventas b2b; venta b2b > Sales
B2C Sales | vendas b2c; venda b2c; b2c-verkoop; vente b2c; ventes b2c; ventas b2c > Sales
Inside Sales | inside-sales; innendienst; commerciële binnendienst > Sales
Outbound Sales | ~outbound; outbound prospecting; cold outreach; cold emailing; kaltakquise; prospecção ativa; koude acquisitie > Sales; Prospecting
Cold Calling | prospection téléphonique > Outbound Sales
Inbound Sales > Sales
Technical Sales | selling to technical buyers; sell to technical buyers; sales engineering; pre-sales; presales; technical selling; venda consultiva; vendas consultivas; vendas técnicas; pré-vendas; technische verkoop; avant-vente; avant-ventes; vente technique; technischer vertrieb; preventa; venta técnica > Sales
Solution Selling | vente de solutions; vente consultative; venta consultiva > Sales Process
Capital Equipment Sales | capital equipment; vente de biens d'équipement; biens d'équipement; investitionsgüter; investitionsgütervertrieb > Sales
Sales Process | sales cycle; sales cycles; sales methodology; sales methodologies; sales processes; cycle de vente; cycles de vente; processus de vente; vertriebsprozess; vertriebsprozesse; verkaufsprozess; ciclo de ventas; ciclo de venta; proceso de ventas > Sales
MEDDIC | meddpicc > Sales Process
Challenger Sale > Sales Process
SPIN Selling > Sales Process
Sales Support | sales support role; sales assistance; sales administration; vertriebsinnendienst; administration des ventes > Sales
Sales Operations | sales ops > Revenue Operations
Revenue Operations | revops; rev ops > Sales
Business Development | biz dev; bizdev; new business development; geschäftsentwicklung; développement commercial; desarrollo de negocio; desenvolvimento de negócios; new business; neukundengewinnung; desenvolvimento de novos negócios; captação de clientes; captação de novos clientes; aquisição de clientes; aquisição de novos clientes; nieuwe klanten werven; werven van nieuwe klanten; klantacquisitie; acquisitie van nieuwe klanten; développement des affaires; acquisition de clients; acquisition de nouveaux clients; kundenakquise; neukundenakquise; captación de clientes; captación de nuevos clientes; adquisición de clientes
Lead Generation | lead gen; generate leads; leadgenerierung; geração de leads; leadgeneratie; leads genereren; génération de leads; génération de prospects; generación de leads; generación de prospectos > Marketing
Demand Generation | geração de demanda > Marketing
Lead Qualification | qualifying leads; qualify leads; lead scoring; bant; qualificação de leads; leadkwalificatie; qualification de leads; qualification des leads; qualification de prospects; cualificación de leads; calificación de leads > Sales
Prospecting | prospection; prospect research; sales prospecting; prospecção; prospecção de clientes; prospecção de leads; prospection commerciale; prospection de clients; prospección; prospección de clientes; prospección comercial > Sales
Account Management | account manager; client management; gestion de comptes; kundenbetreuung; gestão de carteira de clientes; accountmanagement; accountbeheer; relatiebeheer; gestion de portefeuille clients; gestion d'un portefeuille clients; gestion de portefeuille client; gestión de cuentas; gestión de cartera de clientes > Sales
Territory Management | territory planning; sales territory management; managing a territory; gestion de secteur; gestión de territorio > Sales
Pipeline Management | sales pipeline management; pipeline generation; managing a sales pipeline; gestion du pipeline > Sales
Quota Attainment | quota achievement; achieve quota; exceed quota; achieving quota; exceeding quota; sales quotas; sales quota > Sales
Key Account Management | key accounts; grands comptes; gestão de grandes contas; gestão de contas-chave; gerenciamento de contas-chave; grandes cuentas; gestión de cuentas clave > Account Management
Customer Success | client success; customer retention; sucesso do cliente; retenção de clientes; klantsucces; klantbehoud; succès client; fidélisation client; fidélisation des clients; fidélisation de la clientèle; kundenbindung; éxito del cliente; fidelización de clientes; retención de clientes > Account Management
Partnership Management | ?partnerships; partner management; strategic partnerships; alliance management; partnership development; gestão de parcerias; parcerias estratégicas; gestão de parceiros; partnerbeheer; partnermanagement; strategische partnerschappen; gestion des partenariats; partenariats stratégiques; gestion de partenaires; alianzas estratégicas; gestión de alianzas > Business Development
Channel Sales | channel partners; partner sales; indirect sales; vendas indiretas; venda indireta; indirecte verkoop; vente indirecte; ventes indirectes; indirekter vertrieb; partnervertrieb; venta indirecta; ventas indirectas > Sales
Negotiation | negotiating; negotiation skills; verhandlungsgeschick; verhandlungsführung; négociation; negociación; negociação; onderhandelen; onderhandelingsvaardigheden; onderhandelingsvaardig; onderhandelingsvaardigheid
Customer Service | customer experience; customer support; customer care; client service; kundenservice; kundendienst; service client; relation client; atención al cliente; atendimento ao cliente; klantenservice; atendimento a clientes; atendimento ao público; suporte ao cliente; serviço ao cliente; apoio ao cliente; experiência do cliente; foco no cliente; orientação ao cliente; orientação para o cliente; klantgerichtheid; klantgericht; klantcontact; klantenondersteuning; klantenbeleving; klantendienst; klantbeleving; expérience client; orientation client; support client; service à la clientèle; kundenorientierung; kundensupport; experiencia del cliente; orientación al cliente; atención a clientes; soporte al cliente
CRM | crm systems; crm software; customer relationship management; gestion de la relation client; kundenbeziehungsmanagement; crm application; gestão de relacionamento com o cliente; gestão do relacionamento com o cliente; gestão de relacionamento com clientes; klantrelatiebeheer; crm-systeem; crm-systemen
Salesforce | salesforce crm; salesforce.com; sfdc; sales cloud; service cloud > CRM
Lightning Web Components | ^lwc; lightning components > Salesforce
HubSpot | hubspot crm > CRM; Marketing Automation
Microsoft Dynamics 365 | dynamics 365; dynamics crm; ms dynamics; microsoft dynamics > CRM; ERP
Pipedrive > CRM
Zoho CRM | zoho > CRM
Outreach.io | outreach.io > Sales
Salesloft > Sales
Gong | gong.io > Sales
ZoomInfo | zoom info > Prospecting
Apollo.io > Prospecting
LinkedIn Sales Navigator | sales navigator > Prospecting
RFPs | rfp; rfps; request for proposal; requests for proposal; rfp responses; rfi; rfq; rfis; rfqs; tenders; ausschreibungen; appels d'offres > Sales
Consulting | consultancy; consulting experience; beratung; conseil; consultoría; consultoria; customer-facing consulting; adviesvaardigheden
Management Consulting > Consulting
Marketing | marketing experience; mercadotecnia
Digital Marketing | online marketing; online-marketing; marketing digital; digitale marketing; marketing numérique; webmarketing; marketing en ligne; digitales marketing > Marketing
Conversion Rate Optimization | conversion optimization; conversion rate optimisation; conversion optimisation; conversionoptimalisatie; optimisation du taux de conversion; optimización de la tasa de conversión; otimização da taxa de conversão > Digital Marketing
Upselling | upselling and cross-selling; cross-selling; cross-sell; vente additionnelle; venta cruzada; venda cruzada > Sales
Performance Marketing > Digital Marketing
Content Marketing | content creation; content strategy; criação de conteúdo; produção de conteúdo; estratégia de conteúdo; contentmarketing; contentcreatie; contentstrategie; marketing de contenu; création de contenu; création de contenus; stratégie de contenu; marketing de contenidos; creación de contenido; creación de contenidos; estrategia de contenidos > Marketing
Copywriting | redação publicitária; rédaction publicitaire; rédaction web; redacción publicitaria > Content Marketing
Social Media Marketing | social media; social-media; social media management; réseaux sociaux; redes sociales; redes sociais; mídias sociais; gestão de redes sociais; marketing de mídias sociais; sociale media; socialemediamarketing; community management; gestión de redes sociales > Digital Marketing
Email Marketing | e-mail marketing; email campaigns; newsletter marketing > Digital Marketing
Mailchimp > Email Marketing
Klaviyo > Email Marketing
Search Engine Marketing | ^sem; ppc; paid search; links patrocinados; marketing de busca; zoekmachinemarketing; zoekmachineadverteren; référencement payant; liens sponsorisés; publicidad en buscadores; marketing en buscadores > Digital Marketing
Google Ads | adwords > Search Engine Marketing
Paid Social > Digital Marketing
Facebook Ads | meta ads > Paid Social
LinkedIn Ads > Paid Social
TikTok Ads > Paid Social
Marketing Automation | automação de marketing; marketingautomatisering; automatisation du marketing; automatisation marketing; marketing-automatisierung; automatización de marketing > Marketing
Marketo > Marketing Automation
Pardot > Marketing Automation
Eloqua > Marketing Automation
Braze > Marketing Automation
Product Marketing | go-to-market; gtm strategy; go-to-market strategy; positioning and messaging; marketing produit; produktmarketing; marketing de producto > Marketing
Brand Management | branding; brand strategy; markenführung; gestão de marca; gestão de marcas; estratégia de marca; merkstrategie; merkmanagement; gestion de marque; stratégie de marque; gestión de marca > Marketing
Market Research | market analysis; marktanalyse; marktforschung; étude de marché; analyse de marché; investigación de mercados; pesquisa de mercado; pesquisas de mercado; análise de mercado; estudo de mercado; estudos de mercado; marktonderzoek; études de marché; investigación de mercado > Marketing
Competitive Analysis | análise da concorrência; concurrentieanalyse; veille concurrentielle; analyse concurrentielle; analyse de la concurrence; wettbewerbsanalyse; análisis de la competencia; análisis competitivo > Market Research
Public Relations | ~pr; media relations; press relations; öffentlichkeitsarbeit; relations presse; relações públicas; assessoria de imprensa; persrelaties; mediarelaties; relations médias; relaciones con los medios > Marketing
Event Management | event planning; events management; trade shows; veranstaltungsmanagement; événementiel; gestão de eventos; organização de eventos; produção de eventos; evenementenorganisatie; eventmanagement; organiseren van evenementen; organisation d'événements; gestion d'événements; gestion événementielle; salons professionnels; organización de eventos; gestión de eventos > Marketing
B2B Marketing | business-to-business marketing; marketing b2b; b2b-marketing > Marketing
B2C Marketing | business-to-consumer marketing; marketing b2c; b2c-marketing > Marketing
Event Marketing | events marketing; marketing événementiel; eventmarketing; marketing de eventos > Marketing
Field Marketing | field marketing programs > Marketing
Partner Marketing | co-marketing; comarketing; alliance marketing > Marketing
Developer Marketing | developer-focused marketing > Marketing
Revenue Marketing > Marketing
Account-Based Marketing | account based marketing > Marketing
Lifecycle Marketing | customer lifecycle marketing; retention marketing > Marketing
Marketing Communications | marcom; marcomms; marketing communication; marketing and communications; marketing & communications; marketing and communication; marketing & communication; marketing en communicatie; marketing & communicatie; marketing et communication; marketing & communication; marketing y comunicación; marketing und kommunikation; marketing e comunicação; communication marketing; marketingkommunikation; comunicação de marketing > Marketing
?Webinars | ?webinar; ?webinaires; ?webinarios
Campaign Management | marketing campaigns; campaign planning; kampagnenmanagement; gestão de campanhas; campanhas de marketing; campagnemanagement; marketingcampagnes; gestion de campagnes; campagnes marketing; campagnes de marketing; gestión de campañas; campañas de marketing > Marketing
Growth Marketing | growth hacking > Digital Marketing
Affiliate Marketing | marketing d'affiliation; marketing de afiliados; marketing de afiliación > Digital Marketing
Influencer Marketing | marketing d'influence; marketing de influencers; marketing de influencia > Digital Marketing
?Sponsorship | ?sponsorships; ?sponsoring; sponsorship management > Partnership Management
Media Rights | broadcast rights; media-rights > Media
Media Agency | media agencies > Media
Media Planning | planejamento de mídia; mediaplanning > Media Agency
Media Buying | compra de mídia; media-inkoop > Media Agency
~Media | medien
Broadcast Production | broadcast production operations; broadcasting; tv production > Media
Digital Streaming Platforms | streaming platforms; digital streaming > Media
Gaming | video games; games industry; gaming industry; game industry; indústria de jogos; jogos eletrônicos; gamesindustrie; jeux vidéo; jeu vidéo; industrie du jeu vidéo
Esports | e-sports; esport; e-sport > Gaming
Sports | traditional sports; sport
Entertainment | entertainment industry
Product Management | product manager; product owner; product ownership; produktmanagement; gestion de produit; product roadmap; roadmapping; gestão de produtos; gestão de produto; gerenciamento de produtos; gerenciamento de produto; productmanagement; feuille de route produit; roadmap produit; gestión de producto; gestión de productos
Project Management | project manager; projektmanagement; projektleitung; managen von projekten; management von projekten; leitung von projekten; steuerung von projekten; managing projects; gestion des projets; gestão de projeto; gestion de projet; gestion de projets; gestión de proyectos; gestão de projetos; projectmanagement; pmbok; gerenciamento de projetos; gerência de projetos; gestão de projectos; coordenação de projetos; projectleiding; projectbeheer; projectmatig werken; pilotage de projets; pilotage de projet; conduite de projet; conduite de projets; chefferie de projet; management de projet; projektsteuerung; projektkoordination; projektplanung; projektabwicklung; gerencia de proyectos; dirección de proyectos; administración de proyectos; gestión de proyecto
Program Management | programme management; program manager; programmmanagement; gestão de programas; gerenciamento de programas; programmamanagement; gestion de programmes; gestion de programme; gestión de programas > Project Management
Portfolio Management | project portfolio management; ppm; gestão de portfólio de projetos; gerenciamento de portfólio de projetos; projectportfoliomanagement; gestion de portefeuille de projets; projektportfoliomanagement > Project Management
Change Management | organizational change management; organisational change; veränderungsmanagement; conduite du changement; gestión del cambio; gestão de mudanças; gestão da mudança; gerenciamento de mudanças; gestão de mudança organizacional; verandermanagement; veranderkunde; gestion du changement; accompagnement au changement; accompagnement du changement
Business Analysis | business analyst; requirements gathering; requirements engineering; requirements analysis; anforderungsmanagement; anforderungsanalyse; analyse des besoins; recueil des besoins; análise de negócios; análise de negócio; levantamento de requisitos; análise de requisitos; engenharia de requisitos; requirementsanalyse; bedrijfsanalyse; informatieanalyse; recueil des exigences; analyse fonctionnelle; expression des besoins; spécifications fonctionnelles; analyse métier; ingénierie des exigences; gestion des exigences; análisis de requisitos; levantamiento de requerimientos; levantamiento de requisitos; ingeniería de requisitos; análisis funcional
Process Improvement | continuous improvement; process optimization; process optimisation; prozessoptimierung; amélioration continue; mejora continua; kaizen; process improvement techniques; melhoria contínua; melhoria de processos; melhorias de processos; otimização de processos; procesverbetering; procesoptimalisatie; continu verbeteren; continue verbetering; procesoptimalisering; amélioration des processus; optimisation des processus; kontinuierliche verbesserung; prozessverbesserung; mejora de procesos; optimización de procesos
Six Sigma | lean six sigma; dmaic > Process Improvement
Strategic Planning | strategy development; business strategy; strategische planung; planification stratégique; planejamento estratégico; planeamento estratégico; strategische planning; strategieontwikkeling; stratégie d'entreprise; strategieentwicklung; planeación estratégica
Operations Management | business operations; betriebsführung; gestion des opérations; gestão de operações; gestão operacional; operationeel management; bedrijfsvoering; gestion opérationnelle; gestión de operaciones
Team Management | management d'équipe; gestão de equipes; gestão de equipas; gestão de equipe; gerenciamento de equipes; gestion d'équipe; gestion d'équipes; management d'équipes; teamführung; gestión de equipos > Leadership
SaaS | software as a service; saas industry; saas company; saas software; saas products
E-Commerce | ecommerce; e-commerce; online retail; e-commerce platforms; onlinehandel; commerce électronique; comercio electrónico; comércio eletrônico; loja virtual; lojas virtuais; webwinkels; webshops; vente en ligne; commerce en ligne; venta online; comercio online
Retail | einzelhandel; commerce de détail; retail industry; varejo; comércio a retalho; detailhandel; grande distribution
Productivity Tools | productivity software; standard productivity tools; office tools; bureautique; outils informatiques; office-anwendungen
Customer Onboarding | client onboarding; onboarding customers > Customer Success
International Trade | international business; commerce international; außenhandel; comercio internacional; comércio internacional; global trade; comércio exterior; internationale handel
Export Administration | export documentation; administration des ventes export; administratif export; exportabwicklung; documentação de exportação; exportdocumenten; exportdocumentatie > International Trade
Letters of Credit | letter of credit; documentary credits; documentary credit; crédits documentaires; crédit documentaire; akkreditive; akkreditiv; cartas de crédito > International Trade; Trade Finance
Customs Regulations | customs; customs compliance; customs clearance; réglementation douanière; réglementations douanières; zollvorschriften; zollabwicklung; regulación aduanera; aduanas; desembaraço aduaneiro; legislação aduaneira; douaneformaliteiten; douanewetgeving; douaneregelgeving > International Trade
Incoterms | incoterms 2020 > International Trade
International Payments | international payment methods; modes de paiements internationaux; modes de paiement internationaux; internationaler zahlungsverkehr; pagos internacionales; cross-border payments; pagamentos internacionais > International Trade
Trade Finance | handelsfinanzierung; handelsfinanciering > International Trade
`;
