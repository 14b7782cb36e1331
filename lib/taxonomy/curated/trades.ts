// Engineering disciplines, manufacturing, field service, trades, energy, construction, logistics vehicles.
export default `
@trades
Mechanical Engineering | mécanique générale; maschinenbau; ingeniería mecánica; engenharia mecânica
Electrical Engineering | électricité industrielle; électrotechnique; elektrotechnik; ingeniería eléctrica; electrical systems > Engineering Principles
Electronics | électronique; elektronik; electrónica; eletrônica; electronic circuits; circuit design; pcb design
Mechatronics | mécatronique; mechatronik; mecatrónica
Textile Engineering | textile; textile industry; textiltechnik; ingénierie textile
Industrial Automation | automatisme; automatismes; automatisierungstechnik; plc programming; plc; plcs; scada; siemens s7; tia portal; automatización industrial > Automation
Engineering Principles | basic engineering principles; engineering fundamentals; engineering principles, theories, and techniques; ingenieurwissenschaftliche grundlagen
Civil Engineering | bauingenieurwesen; génie civil; ingeniería civil
Chemical Engineering | verfahrenstechnik; génie chimique; ingeniería química
Manufacturing | industrial production; fertigung; fabricación; manufacturing environment
Automated Manufacturing | automated manufacturing environment; automatisierte fertigung > Manufacturing
Manufacturing Processes | manufacturing process; fertigungsverfahren; procédés de fabrication; production processes > Manufacturing
Lean Manufacturing | lean production; toyota production system; 5s; kanban production > Manufacturing
Quality Management | qualitätsmanagement; gestion de la qualité; iso 9001; qms; quality management system
Mechanical Aptitude | mechanical skills; mechanical ability; mechanical aptitude; technisches verständnis; handwerkliches geschick
CAD | computer-aided design; cad software; cad design
AutoCAD | autodesk autocad > CAD
SolidWorks | solid works > CAD
CATIA > CAD
Siemens NX | unigraphics; nx cad > CAD
Revit | autodesk revit > CAD; Building Information Modeling
Building Information Modeling | bim; bim modeling > Construction
Construction | bauwesen; construction industry; bâtiment; construcción
Construction Management | site management; bauleitung; conduite de travaux > Construction
Field Service | field service engineering; field engineering; service technician; außendienst; service terrain > Equipment Maintenance
Equipment Maintenance | preventive maintenance; preventative maintenance; predictive maintenance; instandhaltung; maintenance préventive; mantenimiento preventivo
Equipment Installation | instrument installations; installations électriques > Equipment Maintenance
Repair | repairs; reparatur; réparation; reparación > Equipment Maintenance
Smart Metering | smart meters; smart meter installation; smart meter; intelligente messsysteme > Metering
Dual Fuel Metering | dual fuel; dual fuel metering > Metering
Metering | meter installation; meter fitting; gas metering; electricity metering > Utilities
?Utilities | energy industry; energiewirtschaft; ?énergie
Handheld Terminals | handheld terminal; handheld devices; handheld scanners; pdas > Field Service
Health and Safety | ?safety; health & safety; occupational safety; workplace safety; ehs; hse; osha; arbeitssicherheit; arbeitsschutz; sécurité au travail; hygiène et sécurité; seguridad laboral; prevención de riesgos laborales
Electrical Installation | electrical wiring; wiring; elektroinstallation; electrical installations > Electrical Engineering
HVAC | heating, ventilation and air conditioning; heizung, lüftung, klima; hlk; shk; refrigeration; air conditioning; heat pumps; génie climatique > Building Services
Building Services | facility management; facilities management; gebäudetechnik; haustechnik
Plumbing | sanitär; plomberie; fontanería; pipefitting > Building Services
Welding | welder; schweißen; soudure; soldadura; mig welding; tig welding; arc welding
Carpentry | joinery; tischlerei; zimmerei; menuiserie; carpintería
Machining | cnc; cnc machining; cnc programming; cnc milling; zerspanung; usinage; mecanizado
Blueprint Reading | technical drawings; reading blueprints; blueprints; schematics; technische zeichnungen; lecture de plans
Hydraulics | hydraulik; hydraulique; hydraulic systems; pneumatics; pneumatik
Instrumentation | measurement and control; messtechnik; instrumentation and control
Renewable Energy | solar; photovoltaics; ^pv; wind energy; erneuerbare energien; énergies renouvelables; energías renovables
Electric Vehicles | ev charging; electric vehicle; elektromobilität
Forklift Operation | forklift; forklifts; forklift operation; fork lift; gabelstapler; chariot élévateur; carretilla elevadora > Warehousing
Heavy Equipment Operation | heavy equipment; heavy machinery; excavator; baumaschinen
Commercial Driving | cdl; class a cdl; truck driving; lkw-fahrer > Logistics
Automotive | automotive industry; kfz; automobile; automotriz; vehicle maintenance; auto repair
Aerospace | luft- und raumfahrt; aéronautique; aeroespacial; aviation
Semiconductors | semiconductor; halbleiter; semi-conducteurs
Test Equipment | oscilloscopes; multimeters; oscilloscope; multimeter
Soldering | löten; brasage; soldadura blanda
Process Engineering | process engineer; verfahrensentwicklung; génie des procédés
Root Cause Analysis | rca; root-cause analysis; 8d; fishbone; ursachenanalyse > Problem Solving
FMEA | failure mode and effects analysis; fmeca > Quality Management
Good Manufacturing Practice | gmp; cgmp; gute herstellungspraxis; bonnes pratiques de fabrication > Quality Management
`;
