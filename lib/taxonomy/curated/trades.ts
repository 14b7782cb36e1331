// Engineering disciplines, manufacturing, field service, trades, energy, construction, logistics vehicles.
export default `
@trades
Mechanical Engineering | mécanique générale; maschinenbau; ingeniería mecánica; engenharia mecânica; werktuigbouwkunde; werktuigbouw
Electrical Engineering | électricité industrielle; électrotechnique; elektrotechnik; ingeniería eléctrica; electrical systems; engenharia elétrica; engenharia eletrotécnica; engenharia electrotécnica; sistemas elétricos; elektrotechniek; elektrische systemen > Engineering Principles
Electronics | électronique; elektronik; electrónica; eletrônica; electronic circuits; circuit design; pcb design; projeto de circuitos; circuitos eletrônicos; elektronica; printontwerp
Mechatronics | mécatronique; mechatronik; mecatrónica; mechatronica
Textile Engineering | textile; textile industry; textiltechnik; ingénierie textile; indústria têxtil; engenharia têxtil; textielindustrie
Industrial Automation | automatisme; automatismes; automatisierungstechnik; plc programming; plc; plcs; scada; siemens s7; tia portal; automatización industrial; automação industrial; programação de clp; programação de clps; controladores lógicos programáveis; industriële automatisering; plc-programmering; plc-programmeren; procesautomatisering > Automation
Engineering Principles | basic engineering principles; engineering fundamentals; engineering principles, theories, and techniques; ingenieurwissenschaftliche grundlagen
Civil Engineering | bauingenieurwesen; génie civil; ingeniería civil; engenharia civil; civiele techniek
Chemical Engineering | verfahrenstechnik; génie chimique; ingeniería química; engenharia química; chemische technologie
Manufacturing | industrial production; fertigung; fabricación; manufacturing environment; manufatura; produção industrial; ambiente fabril; indústria de transformação; maakindustrie
Automated Manufacturing | automated manufacturing environment; automatisierte fertigung > Manufacturing
Manufacturing Processes | manufacturing process; fertigungsverfahren; procédés de fabrication; production processes; processos de fabricação; processos produtivos; processos de produção; processos de fabrico; productieprocessen; fabricageprocessen > Manufacturing
Lean Manufacturing | lean production; toyota production system; 5s; kanban production; manufatura enxuta; produção enxuta; lean productie > Manufacturing
Quality Management | qualitätsmanagement; gestion de la qualité; iso 9001; qms; quality management system; gestão da qualidade; gestão de qualidade; sistema de gestão da qualidade; sistemas de gestão da qualidade; kwaliteitsmanagement; kwaliteitszorg; kwaliteitsmanagementsysteem; kwaliteitsbeheer
Mechanical Aptitude | mechanical skills; mechanical ability; mechanical aptitude; technisches verständnis; handwerkliches geschick; aptidão mecânica; habilidades mecânicas; technisch inzicht; technisch onderlegd
CAD | computer-aided design; cad software; cad design
AutoCAD | autodesk autocad > CAD
SolidWorks | solid works > CAD
CATIA > CAD
Siemens NX | unigraphics; nx cad > CAD
Revit | autodesk revit > CAD; Building Information Modeling
Building Information Modeling | bim; bim modeling > Construction
Construction | bauwesen; construction industry; bâtiment; construcción; construção civil; bouwsector; bouwnijverheid
Construction Management | site management; bauleitung; conduite de travaux; gestão de obras; gerenciamento de obras; direção de obra; direção de obras; bouwmanagement; bouwprojectmanagement > Construction
Field Service | field service engineering; field engineering; service technician; außendienst; service terrain; serviços de campo; atendimento em campo > Equipment Maintenance
Equipment Maintenance | preventive maintenance; preventative maintenance; predictive maintenance; instandhaltung; maintenance préventive; mantenimiento preventivo; manutenção preventiva; manutenção corretiva; manutenção preditiva; manutenção de equipamentos; manutenção industrial; preventief onderhoud; correctief onderhoud; predictief onderhoud; onderhoud van installaties
Equipment Installation | instrument installations; installations électriques; instalação de equipamentos; installatie van apparatuur > Equipment Maintenance
Repair | repairs; reparatur; réparation; reparación; reparo de equipamentos; reparação de equipamentos > Equipment Maintenance
Smart Metering | smart meters; smart meter installation; smart meter; intelligente messsysteme; medidores inteligentes; slimme meters; slimme meter > Metering
Dual Fuel Metering | dual fuel; dual fuel metering > Metering
Metering | meter installation; meter fitting; gas metering; electricity metering > Utilities
?Utilities | energy industry; energiewirtschaft; ?énergie; setor elétrico; setor de energia; energiesector; nutsbedrijven
Handheld Terminals | handheld terminal; handheld devices; handheld scanners; pdas > Field Service
Health and Safety | ?safety; health & safety; occupational safety; workplace safety; ehs; hse; osha; arbeitssicherheit; arbeitsschutz; sécurité au travail; hygiène et sécurité; seguridad laboral; prevención de riesgos laborales; segurança do trabalho; segurança no trabalho; saúde e segurança no trabalho; higiene e segurança no trabalho; normas regulamentadoras; nr-10; nr-12; nr-35; arbeidsveiligheid; veiligheid op de werkvloer; arbowetgeving
Electrical Installation | electrical wiring; wiring; elektroinstallation; electrical installations; instalações elétricas; instalação elétrica; elektrische installaties; elektrotechnische installaties > Electrical Engineering
HVAC | heating, ventilation and air conditioning; heizung, lüftung, klima; hlk; shk; refrigeration; air conditioning; heat pumps; génie climatique; climatização; refrigeração e climatização; sistemas de ar condicionado; avac; klimaattechniek; koeltechniek; warmtepompen > Building Services
Building Services | facility management; facilities management; gebäudetechnik; haustechnik; manutenção predial; gestão de facilities; facilitair management; gebouwbeheer; installatietechniek; gebouwinstallaties
Plumbing | sanitär; plomberie; fontanería; pipefitting; instalações hidráulicas; encanamento; canalização; loodgieterswerk > Building Services
Welding | welder; schweißen; soudure; soldadura; mig welding; tig welding; arc welding; soldagem; lastechniek; lastechnieken; mig-lassen; tig-lassen
Carpentry | joinery; tischlerei; zimmerei; menuiserie; carpintería; carpintaria; marcenaria; timmerwerk; schrijnwerk
Machining | cnc; cnc machining; cnc programming; cnc milling; zerspanung; usinage; mecanizado; usinagem; maquinação; programação cnc; verspaning; verspanen; cnc-draaien; cnc-frezen
Blueprint Reading | technical drawings; reading blueprints; blueprints; schematics; technische zeichnungen; lecture de plans; desenho técnico; desenhos técnicos; leitura de desenhos; leitura de plantas; technische tekeningen; tekeninglezen; tekening lezen
Hydraulics | hydraulik; hydraulique; hydraulic systems; pneumatics; pneumatik; hidráulica e pneumática; sistemas hidráulicos; pneumática; hydrauliek; pneumatiek
Instrumentation | measurement and control; messtechnik; instrumentation and control; instrumentação; meet- en regeltechniek; regeltechniek; instrumentatie
Renewable Energy | solar; photovoltaics; ^pv; wind energy; erneuerbare energien; énergies renouvelables; energías renovables; energias renováveis; energia renovável; energia fotovoltaica; duurzame energie; hernieuwbare energie; zonne-energie; zonnepanelen
Electric Vehicles | ev charging; electric vehicle; elektromobilität; mobilidade elétrica; veículos elétricos; laadinfrastructuur; elektrische voertuigen
Forklift Operation | forklift; forklifts; forklift operation; fork lift; gabelstapler; chariot élévateur; carretilla elevadora; empilhadeira; empilhadeiras; empilhador; empilhadores; heftruck; heftrucks; reachtruck > Warehousing
Heavy Equipment Operation | heavy equipment; heavy machinery; excavator; baumaschinen; máquinas pesadas; equipamentos pesados; groot materieel; zware machines
Commercial Driving | cdl; class a cdl; truck driving; lkw-fahrer > Logistics
Automotive | automotive industry; kfz; automobile; automotriz; vehicle maintenance; auto repair; setor automotivo; indústria automotiva; indústria automóvel; autobranche; automobielsector; automotivesector
Aerospace | luft- und raumfahrt; aéronautique; aeroespacial; aviation; aeronáutica; aviação; lucht- en ruimtevaart; luchtvaart
Semiconductors | semiconductor; halbleiter; semi-conducteurs; semicondutores; halfgeleiders; halfgeleiderindustrie
Test Equipment | oscilloscopes; multimeters; oscilloscope; multimeter; osciloscópio; osciloscópios; multímetro; multímetros; oscilloscoop
Soldering | löten; brasage; soldadura blanda; solda eletrônica; soldagem de componentes; solderen
Process Engineering | process engineer; verfahrensentwicklung; génie des procédés; engenharia de processos; procestechniek; procesengineering
Root Cause Analysis | rca; root-cause analysis; 8d; fishbone; ursachenanalyse; análise de causa raiz; análise das causas raiz; análise da causa raiz; oorzaakanalyse; grondoorzaakanalyse > Problem Solving
FMEA | failure mode and effects analysis; fmeca > Quality Management
Good Manufacturing Practice | gmp; cgmp; gute herstellungspraxis; bonnes pratiques de fabrication; boas práticas de fabricação; boas práticas de fabrico > Quality Management
`;
