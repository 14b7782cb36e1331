// Engineering disciplines, manufacturing, field service, trades, energy, construction, logistics vehicles.
export default `
@trades
Mechanical Engineering | mécanique générale; maschinenbau; ingeniería mecánica; engenharia mecânica; werktuigbouwkunde; werktuigbouw
Electrical Engineering | électricité industrielle; électrotechnique; elektrotechnik; ingeniería eléctrica; electrical systems; engenharia elétrica; engenharia eletrotécnica; engenharia electrotécnica; sistemas elétricos; elektrotechniek; elektrische systemen > Engineering Principles
Electronics | électronique; elektronik; electrónica; eletrônica; electronic circuits; circuitos eletrônicos; elektronica
PCB Design | printontwerp > Electronics
Circuit Design | projeto de circuitos > Electronics
Mechatronics | mécatronique; mechatronik; mecatrónica; mechatronica
Textile Engineering | textile; textile industry; textiltechnik; ingénierie textile; indústria têxtil; engenharia têxtil; textielindustrie
Industrial Automation | automatisme; automatismes; automatisierungstechnik; automatización industrial; automação industrial; industriële automatisering; procesautomatisering > Automation
PLC Programming | plc; plcs; programação de clp; programação de clps; controladores lógicos programáveis; plc-programmering; plc-programmeren > Industrial Automation
SCADA > Industrial Automation
Siemens S7 > PLC Programming
TIA Portal > PLC Programming
Systems Engineering | system engineering; systems-engineering; systems engineering principles; ingénierie système; ingénierie systèmes; ingénierie des systèmes > Engineering Principles
Engineering Principles | basic engineering principles; engineering fundamentals; engineering principles, theories, and techniques; ingenieurwissenschaftliche grundlagen
Civil Engineering | bauingenieurwesen; génie civil; ingeniería civil; engenharia civil; civiele techniek
Chemical Engineering | verfahrenstechnik; génie chimique; ingeniería química; engenharia química; chemische technologie
Manufacturing | industrial production; fertigung; fabricación; manufacturing environment; manufatura; produção industrial; ambiente fabril; indústria de transformação; maakindustrie
Automated Manufacturing | automated manufacturing environment; automatisierte fertigung > Manufacturing
Manufacturing Processes | manufacturing process; fertigungsverfahren; procédés de fabrication; production processes; processos de fabricação; processos produtivos; processos de produção; processos de fabrico; productieprocessen; fabricageprocessen > Manufacturing
Lean Manufacturing | lean production; toyota production system; kanban production; manufatura enxuta; produção enxuta; lean productie > Manufacturing
5S > Lean Manufacturing
Quality Management | qualitätsmanagement; gestion de la qualité; qms; quality management system; gestão da qualidade; gestão de qualidade; sistema de gestão da qualidade; sistemas de gestão da qualidade; kwaliteitsmanagement; kwaliteitszorg; kwaliteitsmanagementsysteem; kwaliteitsbeheer
ISO 9001 > Quality Management
Mechanical Aptitude | mechanical skills; mechanical ability; mechanical aptitude; technisches verständnis; handwerkliches geschick; aptidão mecânica; habilidades mecânicas; technisch inzicht; technisch onderlegd
CAD | computer-aided design; cad software; cad design
3D Modelling | 3d modeling; maquette 3d; maquettes 3d; modélisation 3d; 3d-modellierung; 3d-modellering; modelado 3d; modelagem 3d > CAD
AutoCAD | autodesk autocad > CAD
SolidWorks | solid works > CAD
CATIA > CAD
Product Lifecycle Management | ^plm; plm software; gestion du cycle de vie des produits; produktlebenszyklusmanagement; gestión del ciclo de vida del producto; gestão do ciclo de vida do produto
Windchill | ptc windchill > Product Lifecycle Management
Teamcenter | siemens teamcenter > Product Lifecycle Management
SysML | systems modeling language > Model Based System Engineering
Cameo Systems Modeler | cameo systems modeller; magicdraw > Model Based System Engineering
Siemens NX | unigraphics; nx cad > CAD
Revit | autodesk revit > CAD; Building Information Modeling
Building Information Modeling | bim; bim modeling > Construction
?Construction | bauwesen; construction industry; bâtiment; construcción; construção civil; bouwsector; bouwnijverheid
Masonry | bricklaying; brickwork; blockwork; stonemasonry; maçonnerie; maçonnerie générale; mauerwerk; maurerarbeiten; mauerwerksbau; albañilería; alvenaria; metselwerk > Construction
Plastering | plasterwork; plâtrerie; verputzen; putzarbeiten; verputzarbeiten; yesería; enlucido; reboco; revestimento em gesso; stucwerk; stukadoorswerk > Construction
Tiling | tile setting; tile installation; tile laying; carrelage; pose de carrelage; fliesenlegen; fliesenarbeiten; alicatado; colocación de azulejos; assentamento de revestimentos; tegelwerk; tegelzetten > Construction
Roofing | roof installation; roof repair; roofing systems; toiture; travaux de toiture; dachdeckerarbeiten; bedachung; impermeabilización de cubiertas; telhados; dakwerk; dakbedekking > Construction
Drywall | drywall installation; plasterboard; gypsum board; plaques de plâtre; pose de plaques de plâtre; trockenbau; tablaroca; pladur; gesso acartonado; gipsplaten > Construction
Concrete Work | concrete works; concrete pouring; concrete formwork; formwork; coffrage; béton armé; betonarbeiten; schalungsbau; encofrado; hormigón armado; concreto armado; cofragem; betonwerk; bekisting > Construction
Painting and Decorating | painting & decorating; house painting; interior painting; peinture en bâtiment; travaux de peinture; malerarbeiten; maler- und lackierarbeiten; pintura de edificios; pintura predial; schilderwerk > Construction
Landscaping | landscape maintenance; grounds maintenance; groundskeeping; aménagement paysager; entretien des espaces verts; garten- und landschaftsbau; galabau; paisajismo; jardinería; paisagismo; jardinagem; groenvoorziening; groenonderhoud
?Cleaning | cleaning services; commercial cleaning; janitorial services; janitorial; custodial services; ?nettoyage; entretien des locaux; bionettoyage; gebäudereinigung; ?reinigung; unterhaltsreinigung; servicios de limpieza; ?limpieza; serviços de limpeza; ?limpeza; schoonmaak; schoonmaakwerk; schoonmaakwerkzaamheden
Housekeeping | housekeeping services; room cleaning; room attendant duties; entretien des chambres; zimmerreinigung; limpieza de habitaciones; arrumação de quartos; kamerreiniging > Hospitality
Construction Management | site management; bauleitung; conduite de travaux; gestão de obras; gerenciamento de obras; direção de obra; direção de obras; bouwmanagement; bouwprojectmanagement > Construction
Field Service | field service engineering; field engineering; service technician; außendienst; service terrain; serviços de campo; atendimento em campo > Equipment Maintenance
Equipment Maintenance | preventive maintenance; preventative maintenance; instandhaltung; maintenance préventive; mantenimiento preventivo; manutenção preventiva; manutenção corretiva; manutenção de equipamentos; manutenção industrial; preventief onderhoud; correctief onderhoud; onderhoud van installaties
Predictive Maintenance | manutenção preditiva; predictief onderhoud > Equipment Maintenance
Equipment Installation | instrument installations; installations électriques; instalação de equipamentos; installatie van apparatuur > Equipment Maintenance
Repair | repairs; reparatur; réparation; reparación; reparo de equipamentos; reparação de equipamentos > Equipment Maintenance
Smart Metering | smart meters; smart meter installation; smart meter; intelligente messsysteme; medidores inteligentes; slimme meters; slimme meter > Metering
Dual Fuel Metering | dual fuel; dual fuel metering > Metering
Metering | meter installation; meter fitting; gas metering; electricity metering > Utilities
?Utilities | energy industry; energiewirtschaft; ?énergie; setor elétrico; setor de energia; energiesector; nutsbedrijven
Handheld Terminals | handheld terminal; handheld devices; handheld scanners; pdas > Field Service
Health and Safety | ?safety; health & safety; occupational safety; workplace safety; ehs; hse; arbeitssicherheit; arbeitsschutz; sécurité au travail; hygiène et sécurité; seguridad laboral; prevención de riesgos laborales; segurança do trabalho; segurança no trabalho; saúde e segurança no trabalho; higiene e segurança no trabalho; normas regulamentadoras; nr-10; nr-12; nr-35; arbeidsveiligheid; veiligheid op de werkvloer; arbowetgeving
Functional Safety | funktionale sicherheit; sécurité fonctionnelle; seguridad funcional; segurança funcional; functionele veiligheid > Health and Safety
ISO 26262 | iso26262 > Functional Safety
SOTIF | iso 21448; iso21448; safety of the intended functionality > Functional Safety
OSHA > Health and Safety
Electrical Installation | electrical wiring; wiring; elektroinstallation; electrical installations; instalações elétricas; instalação elétrica; elektrische installaties; elektrotechnische installaties > Electrical Engineering
Power Engineering | electrical power engineering; elkraftteknik; elkraft; elkraftfrågor; elkraftsystem; elektrische energietechnik; génie électrique de puissance; ingeniería eléctrica de potencia; engenharia de potência; elektrische energietechniek > Electrical Engineering
Power System Analysis | power systems analysis; power flow analysis; load flow analysis; load flow studies; kraftsystemanalys; kraftsystemanalyser; netzberechnung; lastflussberechnung; étude de réseaux électriques; análisis de sistemas de potencia > Power Engineering
PSS/E | pss®e; siemens pss/e; psse > Power System Analysis
Cable Sizing | dimensionnement de câbles; dimensionnement des câbles; dimensionnement des câbles électriques; kabeldimensionierung; dimensionamento de cabos; dimensionamiento de cables > Electrical Engineering
Electrical Load Calculation | electrical load calculations; load calculation; load calculations; bilan de puissance; bilan puissance; bilans de puissance; leistungsbilanz; cálculo de carga elétrica > Electrical Engineering
Electrical Standards | electrical codes; normes électriques; normes électriques en vigueur; elektrotechnische normen; normas elétricas; normas eléctricas > Electrical Engineering
Caneco > Electrical Engineering
SEE Electrical > Electrical Engineering
Electronics Manufacturing | electronics production; electronic manufacturing; fabrication électronique; fabrication de produits électroniques; industrialisation de produits électroniques; fabrication de cartes électroniques; elektronikfertigung; fabricación electrónica; fabricação eletrônica > Manufacturing; Electronics
Test Bench Development | test bench; test benches; banc de test; bancs de test; banc d'essai; bancs d'essais; prüfstand; prüfstände; bancada de testes; banco de pruebas > Electronics
Nuclear Engineering | ingénierie nucléaire; génie nucléaire; kerntechnik; ingeniería nuclear; engenharia nuclear; kerntechniek > Engineering Principles
Nuclear Safety | sûreté nucléaire; règlementation nucléaire; réglementation nucléaire; nuclear regulations; nuclear safety regulations; kernsicherheit; seguridad nuclear; segurança nuclear; nucleaire veiligheid > Nuclear Engineering
Fire Protection Engineering | fire safety engineering; ingénierie incendie; ingénierie de la sécurité incendie; brandschutztechnik; ingeniería de protección contra incendios > Engineering Principles
Fire Modeling | fire modelling; fire simulation; modélisation incendie; simulation incendie; brandsimulation > Fire Protection Engineering
Covadis > Civil Engineering
HVAC | heating, ventilation and air conditioning; heizung, lüftung, klima; hlk; shk; air conditioning; génie climatique; climatização; refrigeração e climatização; sistemas de ar condicionado; avac; klimaattechniek > Building Services
Refrigeration | koeltechniek > HVAC
Heat Pumps | warmtepompen > HVAC
Building Services | gebäudetechnik; haustechnik; manutenção predial; gebouwbeheer; installatietechniek; gebouwinstallaties
Facility Management | facilities management; gestão de facilities; facilitair management > Building Services
Plumbing | sanitär; plomberie; fontanería; instalações hidráulicas; encanamento; canalização; loodgieterswerk > Building Services
Pipefitting > Plumbing
Welding | welder; schweißen; soudure; soldadura; soldagem; lastechniek; lastechnieken
MIG Welding | mig-lassen > Welding
TIG Welding | tig-lassen > Welding
Arc Welding > Welding
Carpentry | joinery; tischlerei; zimmerei; menuiserie; carpintería; carpintaria; marcenaria; timmerwerk; schrijnwerk
Machining | cnc; cnc machining; cnc milling; zerspanung; usinage; mecanizado; usinagem; maquinação; verspaning; verspanen; cnc-draaien; cnc-frezen
CNC Programming | programação cnc > Machining
Blueprint Reading | technical drawings; reading blueprints; blueprints; schematics; technische zeichnungen; lecture de plans; desenho técnico; desenhos técnicos; leitura de desenhos; leitura de plantas; technische tekeningen; tekeninglezen; tekening lezen
Hydraulics | hydraulik; hydraulique; hydraulic systems; hidráulica e pneumática; sistemas hidráulicos; hydrauliek
Pneumatics | pneumatik; pneumática; pneumatiek > Hydraulics
Instrumentation | measurement and control; messtechnik; instrumentation and control; instrumentação; meet- en regeltechniek; regeltechniek; instrumentatie
Renewable Energy | erneuerbare energien; énergies renouvelables; energías renovables; energias renováveis; energia renovável; duurzame energie; hernieuwbare energie
Solar Energy | solar; photovoltaics; ^pv; energia fotovoltaica; zonne-energie; zonnepanelen > Renewable Energy
Wind Energy > Renewable Energy
Electric Vehicles | electric vehicle; elektromobilität; mobilidade elétrica; veículos elétricos; elektrische voertuigen
EV Charging | laadinfrastructuur > Electric Vehicles
Forklift Operation | forklift; forklifts; forklift operation; fork lift; gabelstapler; chariot élévateur; carretilla elevadora; empilhadeira; empilhadeiras; empilhador; empilhadores; heftruck; heftrucks; reachtruck > Warehousing
Heavy Equipment Operation | heavy equipment; heavy machinery; excavator; baumaschinen; máquinas pesadas; equipamentos pesados; groot materieel; zware machines
Commercial Driving | cdl; class a cdl; truck driving; lkw-fahrer > Logistics
Automotive | automotive industry; kfz; automobile; automotriz; vehicle maintenance; auto repair; setor automotivo; indústria automotiva; indústria automóvel; autobranche; automobielsector; automotivesector
Aerospace | luft- und raumfahrt; aéronautique; aeroespacial; aviation; aeronáutica; aviação; lucht- en ruimtevaart; luchtvaart
Semiconductors | semiconductor; halbleiter; semi-conducteurs; semicondutores; halfgeleiders; halfgeleiderindustrie
Test Equipment | oscilloscopes; multimeters; oscilloscope; multimeter; osciloscópio; osciloscópios; multímetro; multímetros; oscilloscoop
Soldering | löten; brasage; soldadura blanda; solda eletrônica; soldagem de componentes; solderen
Process Engineering | process engineer; verfahrensentwicklung; génie des procédés; engenharia de processos; procestechniek; procesengineering
Root Cause Analysis | rca; root-cause analysis; fishbone; ursachenanalyse; análise de causa raiz; análise das causas raiz; análise da causa raiz; oorzaakanalyse; grondoorzaakanalyse > Problem Solving
8D Problem Solving | 8d > Root Cause Analysis
FMEA | failure mode and effects analysis; fmeca > Quality Management
Good Manufacturing Practice | gmp; cgmp; gute herstellungspraxis; bonnes pratiques de fabrication; boas práticas de fabricação; boas práticas de fabrico > Quality Management
`;
