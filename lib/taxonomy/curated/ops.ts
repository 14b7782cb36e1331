// Procurement, supply chain and logistics, HR and recruiting, administration, customer operations.
export default `
@operations
?Procurement | ?purchasing; ?achats; achat industriel; ?achat; ?einkauf; ?beschaffung; strategischer einkauf; ?compras; ?aprovisionamiento; ?inkoop; ?sourcing; strategic sourcing; ?buying; acheteur; procurement contracts; gestão de compras; processos de compras; ?suprimentos; ?aprovisionamento; strategische inkoop; inkoopprocessen; inkoopbeleid
Supplier Management | vendor management; supplier relationship management; lieferantenmanagement; gestion des fournisseurs; relation fournisseur; gestión de proveedores; gestão de fornecedores; gerenciamento de fornecedores; relacionamento com fornecedores; desenvolvimento de fornecedores; leveranciersmanagement; leveranciersbeheer > Procurement
Supply Chain Management | supply chain; scm; lieferkette; lieferkettenmanagement; chaîne d'approvisionnement; cadena de suministro; cadeia de suprimentos; cadeia de abastecimento; gestão da cadeia de suprimentos; toeleveringsketen; ketenbeheer; ketenregie
Logistics | logistik; logistique; logística; logistiek; transportation management; freight; ?shipping; transportmanagement; transportplanning
Warehousing | warehouse management; warehouse operations; lagerlogistik; lagerverwaltung; entreposage; gestion d'entrepôt; almacén; armazenagem; gestão de armazéns; gestão de armazém; operações de armazém; magazijnbeheer; magazijnlogistiek > Logistics
Inventory Management | inventory control; stock management; lagerbestand; bestandsmanagement; gestion des stocks; gestión de inventario; gestão de estoque; gestão de estoques; controle de estoque; controle de estoques; gestão de stocks; controlo de stocks; gestão de inventário; voorraadbeheer; voorraadmanagement; voorraadcontrole > Supply Chain Management
Demand Planning | demand forecasting; bedarfsplanung; prévision de la demande; planejamento de demanda; previsão de demanda; planeamento da procura; vraagplanning; vraagvoorspelling > Supply Chain Management
Fleet Management | fuhrparkmanagement; gestion de flotte; gestão de frotas; gestão de frota; wagenparkbeheer; fleetmanagement > Logistics
Freight Forwarding | spedition; transitaire; freight forwarder; agenciamento de cargas; agenciamento de carga > Logistics
Import/Export | import and export; import-export; import export; importação e exportação > International Trade
Category Management | warengruppenmanagement; gestão de categorias; categoriemanagement > Procurement
Human Resources | hr; personalwesen; ressources humaines; recursos humanos; personeelszaken; people operations; personeelsbeleid
?Recruiting | ?recruitment; talent acquisition; sourcing candidates; personalbeschaffung; recrutement; reclutamiento; werving; recrutamento e seleção; aquisição de talentos; atração de talentos; ?recrutamento; werving en selectie; talentacquisitie
Employee Relations | labor relations; mitarbeiterbeziehungen; relações trabalhistas; relações laborais; arbeidsverhoudingen > Human Resources
Performance Management | employee performance management; leistungsbeurteilung; gestion de la performance; gestión del desempeño; gestão de desempenho > Human Resources
Workplace Investigations | workplace investigation; employee relations investigations; hr investigations; internal investigations > Employee Relations
HR Compliance | human resources compliance; personnel compliance > Human Resources; Compliance
Report Writing | writing reports; written reports; rédaction de rapports; redacción de informes; berichtserstellung; relatórios técnicos
Compensation and Benefits | total rewards; comp and ben; c&b; vergütung; remuneração e benefícios; cargos e salários; beloningsbeleid > Human Resources
Onboarding | employee onboarding; einarbeitung > Human Resources
Training and Development | learning and development; l&d; training delivery; personalentwicklung; formation professionnelle; treinamento e desenvolvimento > Human Resources
HRIS | hr information systems; hr systems > Human Resources
SAP SuccessFactors | successfactors > HRIS
BambooHR > HRIS
Personio > HRIS
ATS | applicant tracking systems; applicant tracking system > Recruiting
Greenhouse > ATS
Lever > ATS
Workable > ATS
Office Administration | administrative support; office management; büroorganisation; secrétariat; administración de oficinas; clerical; rotinas administrativas; apoio administrativo; suporte administrativo; secretariado; gestão de escritório; secretariële ondersteuning; administratieve ondersteuning; officemanagement
Data Entry | dateneingabe; saisie de données; entrada de datos; digitação; lançamento de dados; data-invoer; gegevensinvoer; invoeren van gegevens
Scheduling | calendar management; terminplanung; planification; appointment scheduling; gestão de agenda; gestão de agendas; agendamento de consultas; agendabeheer
Customer Operations | support operations; contact center; call center; callcenter; central de atendimento; klantcontactcentrum
Real Estate | immobilien; immobilier; bienes raíces; mercado imobiliário; setor imobiliário; vastgoed
Property Management | gestão de imóveis; administração de imóveis; vastgoedbeheer > Real Estate
Hospitality | hotel management; gastgewerbe; hôtellerie; hostelería; hotelaria; horeca
Food Safety | lebensmittelsicherheit; sécurité alimentaire; food hygiene; segurança alimentar; segurança dos alimentos; boas práticas de manipulação; voedselveiligheid > Health and Safety
HACCP > Food Safety
Cooking | culinary; kochen; ?cuisine; ?cocina; food preparation; culinária; preparo de alimentos; preparação de alimentos
Teaching | lehre; enseignement; docencia; unterricht; lesgeven; didactiek; didactische vaardigheden
# The study of foreign languages; in tech postings "modern languages" are programming languages ("Python, Go or
# other modern languages"): a name that needs its context.
~Modern Languages
Instructional Design | design instrucional; desenho instrucional > Teaching
Curriculum Development > Teaching
Lesson Planning | planning lessons; unterrichtsplanung; unterrichtsvorbereitung; préparation des cours; planification des cours; planificación de clases; planejamento de aulas; lesvoorbereiding > Teaching
Classroom Management | klassenführung; gestion de classe; gestión del aula; gestão de sala de aula; klassenmanagement > Teaching
?Translation | ?übersetzung; ?traduction; ?traducción; ?tradução; ?vertaling; ?vertalen
Localization | localisation; lokalisatie > Translation
`;
