// Procurement, supply chain and logistics, HR and recruiting, administration, customer operations.
export default `
@operations
?Procurement | ?purchasing; ?achats; achat industriel; ?achat; ?einkauf; ?beschaffung; strategischer einkauf; ?compras; ?aprovisionamiento; ?inkoop; ?sourcing; strategic sourcing; ?buying; acheteur; procurement contracts
Supplier Management | vendor management; supplier relationship management; lieferantenmanagement; gestion des fournisseurs; relation fournisseur; gestión de proveedores > Procurement
Supply Chain Management | supply chain; scm; lieferkette; lieferkettenmanagement; chaîne d'approvisionnement; cadena de suministro; cadeia de suprimentos
Logistics | logistik; logistique; logística; logistiek; transportation management; freight; ?shipping
Warehousing | warehouse management; warehouse operations; lagerlogistik; lagerverwaltung; entreposage; gestion d'entrepôt; almacén > Logistics
Inventory Management | inventory control; stock management; lagerbestand; bestandsmanagement; gestion des stocks; gestión de inventario > Supply Chain Management
Demand Planning | demand forecasting; bedarfsplanung; prévision de la demande > Supply Chain Management
Fleet Management | fuhrparkmanagement; gestion de flotte > Logistics
Freight Forwarding | spedition; transitaire; freight forwarder > Logistics
Import/Export | import and export; import-export; import export > International Trade
Category Management | warengruppenmanagement > Procurement
Human Resources | hr; personalwesen; ressources humaines; recursos humanos; personeelszaken; people operations
?Recruiting | ?recruitment; talent acquisition; sourcing candidates; personalbeschaffung; recrutement; reclutamiento; werving
Employee Relations | labor relations; mitarbeiterbeziehungen > Human Resources
Compensation and Benefits | total rewards; comp and ben; c&b; vergütung > Human Resources
Onboarding | employee onboarding; einarbeitung > Human Resources
Training and Development | learning and development; l&d; training delivery; personalentwicklung; formation professionnelle > Human Resources
HRIS | hr information systems; hr systems; successfactors; bamboohr; personio > Human Resources
ATS | applicant tracking systems; applicant tracking system; greenhouse; lever; workable > Recruiting
Office Administration | administrative support; office management; büroorganisation; secrétariat; administración de oficinas; clerical
Data Entry | dateneingabe; saisie de données; entrada de datos
Scheduling | calendar management; terminplanung; planification; appointment scheduling
Customer Operations | support operations; contact center; call center; callcenter
Real Estate | immobilien; immobilier; property management; bienes raíces
Hospitality | hotel management; gastgewerbe; hôtellerie; hostelería
Food Safety | haccp; lebensmittelsicherheit; sécurité alimentaire; food hygiene > Health and Safety
Cooking | culinary; kochen; cuisine; cocina; food preparation
Teaching | lehre; enseignement; docencia; instructional design; curriculum development; unterricht
?Translation | ?übersetzung; ?traduction; ?traducción; localization; localisation
`;
