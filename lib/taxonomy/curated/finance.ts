// Finance, accounting, tax, payroll, financial systems.
export default `
@finance
Accounting | accountancy; buchhaltung; rechnungswesen; buchhalterisches wissen; buchhalterische kenntnisse; buchhalterische erfahrung; connaissances comptables; conocimientos contables; conhecimentos contábeis; comptabilité; contabilidad; contabilidade; boekhouding; general accounting; rotinas contábeis; área contábil; financiële administratie
Financial Accounting | bilanzbuchhaltung; finanzbuchhaltung; comptabilité financière; comptabilité générale; contabilidad financiera; financial reporting; external reporting; contabilidade financeira; contabilidade geral; demonstrações financeiras; demonstrações contábeis; relatórios financeiros; financiële verslaglegging; externe verslaggeving > Accounting
GAAP | us gaap > Financial Accounting
IFRS > Financial Accounting
HGB > Financial Accounting
Management Accounting | ^controlling; contrôle de gestion; contabilidad de gestión; managerial accounting; contabilidade gerencial; controladoria; contabilidade analítica; bedrijfseconomische administratie > Accounting
Cost Accounting | kostenrechnung; contabilidade de custos; kostprijsberekening > Management Accounting
Bookkeeping | book-keeping; buchführung; tenue de comptabilité; teneduría de libros; escrituração contábil; escrituração fiscal; lançamentos contábeis; boekhouden > Accounting
Accounts Payable | kreditorenbuchhaltung; comptabilité fournisseurs; cuentas por pagar; contas a pagar; crediteurenadministratie; crediteurenbeheer > Accounting
Accounts Receivable | debitorenbuchhaltung; comptabilité clients; cuentas por cobrar; contas a receber; debiteurenadministratie; debiteurenbeheer > Accounting
General Ledger | hauptbuch; grand livre; general ledger accounting; livro razão; razão geral; grootboek; grootboekadministratie > Accounting
Month-End Close | month end close; month-end closing; financial close; year-end close; monatsabschluss; jahresabschluss; clôture mensuelle; clôture des comptes; fechamento contábil; fechamento mensal; fechamento do mês; encerramento de contas; fecho de contas; maandafsluiting; jaarafsluiting; jaarrekening; jaarrekeningen; kwartaalafsluiting > Financial Accounting
Reconciliation | reconciliations; account reconciliation; bank reconciliation; bank reconciliations; rapprochement bancaire; conciliação bancária; conciliações bancárias; conciliação contábil; conciliações contábeis; conciliação de contas; reconciliação bancária; reconciliações bancárias; bankreconciliatie; reconciliatie; reconciliaties; afletteren > Accounting
?Auditing | ?audit; ?audits; wirtschaftsprüfung; auditoría; accountantscontrole > Accounting
Internal Audit | audit interne; auditoria interna; auditorias internas; interne audit; interne audits > Auditing
External Audit | auditoria externa; externe audit > Auditing
?Tax | taxation; tax compliance; tax preparation; ?steuern; fiscalité; fiscalidad; ?impuestos; tax returns; tributação; apuração de impostos; obrigações fiscais; obrigações acessórias; legislação tributária; fiscalidade; ?impostos; fiscaliteit; belastingaangifte; belastingaangiften; ?belastingen
Sales Tax | ^vat; mwst; umsatzsteuer; tva; iva; icms; btw-aangifte; btw-aangiftes > Tax
Payroll | payroll processing; lohnbuchhaltung; gehaltsabrechnung; entgeltabrechnung; lohnabrechnung; paie; nóminas; folha de pagamento; processamento de salários; processamento salarial; processamento da folha de pagamento; salarisadministratie; loonadministratie; salarisverwerking; verloning
Budgeting | budget planning; budgets; budget management; budgetierung; budgétisation; presupuestos; gestão orçamentária; planejamento orçamentário; controle orçamentário; elaboração de orçamentos; gestão orçamental; budgettering; budgetbeheer > Financial Planning and Analysis
Variance Analysis | budget variance analysis; abweichungsanalyse; analyse des écarts; análisis de variaciones; análise de variações > Financial Analysis
Forecasting | financial forecasting; forecasts; prognosen; prévisions; previsões financeiras; projeções financeiras; financiële prognoses > Financial Planning and Analysis
Financial Planning and Analysis | fp&a; financial planning; financial planning & analysis; finanzplanung; planejamento financeiro; planeamento financeiro; planejamento e análise financeira; financiële planning > Finance
Financial Modeling | financial modelling; financial models; finanzmodellierung; modélisation financière; modelagem financeira; modelação financeira; modelos financeiros; financiële modellering; financieel modelleren; financiële modellen > Finance
Financial Analysis | financial analyst; finanzanalyse; analyse financière; análisis financiero; análise financeira; análises financeiras; financiële analyse; financiële analyses > Finance
?Finance | corporate finance; ?finanzen; ?finances; ?finanzas; ?finanças; finanças corporativas
Treasury | treasury management; liquiditätsplanung; trésorerie; tesorería; tesouraria; gestão de tesouraria; liquiditeitsbeheer; liquiditeitsplanning > Finance
Cash Management | cashmanagement; gestão de caixa; fluxo de caixa; kasbeheer; gestion de trésorerie; gestión de caja > Treasury
Financial Systems | finance systems; financial applications; finanzsysteme; systèmes financiers; sistemas financeiros; financiële systemen > Finance
Systems Implementation | system implementation; ?implementations; implementation projects; erp implementation; large-scale implementations; systemeinführung; implantação de sistemas; implementação de sistemas; implantação de erp; systeemimplementatie; systeemimplementaties; implementatietrajecten > Project Management
ERP Systems =erp | erp; erp systems; erp system; enterprise resource planning; erp-systeme; progiciel de gestion intégré
SAP | sap erp; sap s/4hana; s/4hana; sap r/3 > ERP
SAP HANA > SAP
SAP FICO | sap fi; sap co > SAP
SAP MM > SAP
SAP SD > SAP
Oracle E-Business Suite | oracle ebs; oracle financials > ERP
Oracle Fusion | oracle erp cloud > ERP
NetSuite | oracle netsuite; netsuite erp > ERP
SuiteApps | suiteapp > NetSuite
SuiteScript | suitescript 2.0 > NetSuite; JavaScript
Workday | workday hcm; workday financials > ERP
~Sage | sage 50 > Accounting Software
Sage Intacct > Sage
QuickBooks | intuit quickbooks; quickbooks online; qbo > Accounting Software
Xero > Accounting Software
DATEV > Accounting Software
FloQast > Financial Systems
Anaplan > Financial Planning and Analysis
Adaptive Insights | workday adaptive planning; adaptive planning > Financial Planning and Analysis
Accounting Software | buchhaltungssoftware; logiciel comptable; software contábil; sistemas contábeis; sistema contábil; boekhoudsoftware; boekhoudpakket; boekhoudpakketten; boekhoudprogramma
Quote-to-Cash | qtc; quote to cash; q2c; qtc systems > Financial Systems
Order-to-Cash | order to cash; o2c > Quote-to-Cash
Procure-to-Pay | p2p; procure to pay; purchase-to-pay > Procurement
Billing | billing schedules; billing systems; abrechnung; facturation > Financial Systems
Invoicing | invoices; invoice processing; rechnungsstellung; fakturierung; facturación; emissão de notas fiscais; emissão de faturas; faturação eletrónica; facturatie; facturering > Billing
Revenue Recognition | asc 606; ifrs 15; rev rec > Financial Accounting
Stripe | stripe billing; stripe payments > Payments
Payments | payment processing; payment systems; zahlungsverkehr; paiements; meios de pagamento; processamento de pagamentos; sistemas de pagamento; betalingsverkeer; betaalsystemen; betalingsverwerking
^Carta > Equity Management
Equity Management | cap table management; cap tables
Investment Banking > Finance
Mergers and Acquisitions | m&a; corporate development; fusões e aquisições; fusies en overnames > Finance
Valuation | valuations; dcf; discounted cash flow; unternehmensbewertung; avaliação de empresas; fluxo de caixa descontado; bedrijfswaardering > Financial Analysis
Credit Risk | credit analysis; kreditrisiko; credit underwriting; risco de crédito; análise de crédito; kredietrisico; kredietanalyse; kredietbeoordeling > Risk Management
Underwriting | underwriter > Risk Management
?Insurance | ?versicherung; ?seguros; insurance industry; mercado segurador; setor de seguros; ?verzekeringen; verzekeringsbranche
Banking | bankwesen; banque; banca; banking industry; setor bancário; bankwezen; bankensector; banksector
Anti-Money Laundering | aml; geldwäscheprävention; lutte anti-blanchiment; prevenção à lavagem de dinheiro; prevenção de lavagem de dinheiro; lavagem de dinheiro; branqueamento de capitais; witwasbestrijding; wwft > Compliance
KYC | know your customer; cliëntonderzoek > Anti-Money Laundering
?Compliance | regulatory compliance; compliance management; konformität; conformité; cumplimiento normativo; conformidade regulatória; conformidade regulamentar; regelnaleving
Internal Controls | internal control; controles internos; controlos internos; interne controle; interne beheersing > Compliance
Sarbanes-Oxley | ^sox; sox compliance > Internal Controls
Expense Management | expense reports; spesenabrechnung; gestão de despesas; onkostenbeheer > Accounting
Expensify > Expense Management
SAP Concur | ^concur > Expense Management
Cost Management | cost optimization management; gestão de custos; kostenmanagement; gestion des coûts; gestión de costes; kostenbeheer > Cost Control
Cost Control | kostenkontrolle; contrôle des coûts; controle de custos; controlo de custos; kostenbeheersing; kostenbewaking > Finance
Actuarial Science | actuarial; actuarial analysis; ciências atuariais; cálculo atuarial; actuariaat; actuariële analyse > Insurance
Bloomberg Terminal | bloomberg > Finance
Portfolio Analysis | asset management; investment management; portfolio management (finance); gestão de ativos; gestão de investimentos; vermogensbeheer > Finance
`;
