// Finance, accounting, tax, payroll, financial systems.
export default `
@finance
Accounting | accountancy; buchhaltung; rechnungswesen; comptabilité; contabilidad; contabilidade; boekhouding; general accounting
Financial Accounting | bilanzbuchhaltung; finanzbuchhaltung; comptabilité financière; comptabilité générale; contabilidad financiera; financial reporting; gaap; us gaap; ifrs; hgb; external reporting > Accounting
Management Accounting | cost accounting; ^controlling; kostenrechnung; contrôle de gestion; contabilidad de gestión; managerial accounting > Accounting
Bookkeeping | book-keeping; buchführung; tenue de comptabilité; teneduría de libros > Accounting
Accounts Payable | kreditorenbuchhaltung; comptabilité fournisseurs; cuentas por pagar > Accounting
Accounts Receivable | debitorenbuchhaltung; comptabilité clients; cuentas por cobrar > Accounting
General Ledger | hauptbuch; grand livre; general ledger accounting > Accounting
Month-End Close | month end close; month-end closing; financial close; year-end close; monatsabschluss; jahresabschluss; clôture mensuelle; clôture des comptes > Financial Accounting
Reconciliation | reconciliations; account reconciliation; bank reconciliation; bank reconciliations; rapprochement bancaire > Accounting
?Auditing | ?audit; ?audits; internal audit; external audit; wirtschaftsprüfung; audit interne; auditoría > Accounting
?Tax | taxation; tax compliance; tax preparation; ?steuern; fiscalité; fiscalidad; ?impuestos; tax returns
Sales Tax | ^vat; mwst; umsatzsteuer; tva; iva > Tax
Payroll | payroll processing; lohnbuchhaltung; gehaltsabrechnung; entgeltabrechnung; lohnabrechnung; paie; nóminas; folha de pagamento
Budgeting | budget planning; budgets; budget management; budgetierung; budgétisation; presupuestos > Financial Planning and Analysis
Forecasting | financial forecasting; forecasts; prognosen; prévisions > Financial Planning and Analysis
Financial Planning and Analysis | fp&a; financial planning; financial planning & analysis; finanzplanung > Finance
Financial Modeling | financial modelling; financial models; finanzmodellierung; modélisation financière > Finance
Financial Analysis | financial analyst; finanzanalyse; analyse financière; análisis financiero > Finance
?Finance | corporate finance; ?finanzen; ?finances; ?finanzas; ?finanças
Treasury | cash management; treasury management; liquiditätsplanung; trésorerie; tesorería > Finance
Financial Systems | finance systems; financial applications; finanzsysteme; systèmes financiers > Finance
Systems Implementation | system implementation; ?implementations; implementation projects; erp implementation; large-scale implementations; systemeinführung > Project Management
ERP | erp systems; erp system; enterprise resource planning; erp-systeme; progiciel de gestion intégré
SAP | sap erp; sap s/4hana; s/4hana; sap r/3; sap fi; sap co; sap mm; sap sd; sap fico; sap hana > ERP
Oracle E-Business Suite | oracle ebs; oracle financials; oracle fusion; oracle erp cloud > ERP
NetSuite | oracle netsuite; netsuite erp > ERP
SuiteApps | suiteapp > NetSuite
SuiteScript | suitescript 2.0 > NetSuite; JavaScript
Workday | workday hcm; workday financials > ERP
~Sage | sage intacct; sage 50 > Accounting Software
QuickBooks | intuit quickbooks; quickbooks online; qbo > Accounting Software
Xero > Accounting Software
DATEV > Accounting Software
FloQast > Financial Systems
Anaplan > Financial Planning and Analysis
Adaptive Insights | workday adaptive planning; adaptive planning > Financial Planning and Analysis
Accounting Software | buchhaltungssoftware; logiciel comptable
Quote-to-Cash | qtc; quote to cash; q2c; qtc systems; order-to-cash; order to cash; o2c > Financial Systems
Procure-to-Pay | p2p; procure to pay; purchase-to-pay > Procurement
Billing | billing schedules; billing systems; abrechnung; facturation > Financial Systems
Invoicing | invoices; invoice processing; rechnungsstellung; fakturierung; facturación > Billing
Revenue Recognition | asc 606; ifrs 15; rev rec > Financial Accounting
Stripe | stripe billing; stripe payments > Payments
Payments | payment processing; payment systems; zahlungsverkehr; paiements
^Carta > Equity Management
Equity Management | cap table management; cap tables
Investment Banking | m&a; mergers and acquisitions; corporate development > Finance
Valuation | valuations; dcf; discounted cash flow; unternehmensbewertung > Financial Analysis
Credit Risk | credit analysis; kreditrisiko; credit underwriting > Risk Management
Underwriting | underwriter > Risk Management
?Insurance | ?versicherung; ?seguros; insurance industry
Banking | bankwesen; banque; banca; banking industry
Anti-Money Laundering | aml; kyc; know your customer; geldwäscheprävention; lutte anti-blanchiment > Compliance
?Compliance | regulatory compliance; compliance management; konformität; conformité; cumplimiento normativo
Internal Controls | ^sox; sox compliance; sarbanes-oxley; internal control > Compliance
Expense Management | expensify; ^concur; sap concur; expense reports; spesenabrechnung > Accounting
Cost Control | cost management; kostenkontrolle; contrôle des coûts > Finance
Actuarial Science | actuarial; actuarial analysis > Insurance
Bloomberg Terminal | bloomberg > Finance
Portfolio Analysis | asset management; investment management; portfolio management (finance) > Finance
`;
