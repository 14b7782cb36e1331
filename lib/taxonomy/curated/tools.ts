// Office, collaboration and productivity software.
export default `
@tools
Microsoft Office | ms office; office 365; microsoft 365; m365; o365; pack office; suite office; ms-office; office-paket; paquete office; microsoft office suite; pacote office; pacote microsoft office; pacote ms office; office-pakket; microsoft office-pakket
Microsoft Excel | ~excel; ms excel; excel spreadsheets; advanced excel; excel skills; vlookup; pivot tables; pivot-tabellen; tableur; excel avançado; excel intermediário; planilhas excel; planilhas de excel; tabelas dinâmicas; procv; draaitabellen; excel-vaardigheden > Microsoft Office; Spreadsheets
Microsoft Word | ms word; ~word > Microsoft Office
Microsoft PowerPoint | powerpoint; ms powerpoint > Microsoft Office; Presentation Skills
Microsoft Outlook | ms outlook; ~outlook > Microsoft Office
Microsoft Access | ms access; ~access > Microsoft Office; Databases
Microsoft Teams | ms teams > Microsoft Office
Microsoft Project | ms project > Project Management
Microsoft Visio | visio > Microsoft Office
SharePoint | microsoft sharepoint; sharepoint online > Microsoft Office
OneDrive > Microsoft Office
Spreadsheets | spreadsheet; spreadsheet software; tabellenkalkulation; hojas de cálculo; planilhas; planilha; planilhas eletrônicas; folhas de cálculo; folha de cálculo; rekenbladen
Google Sheets | google spreadsheets; sheets > Spreadsheets; Google Workspace
Google Docs > Google Workspace
Google Drive > Google Workspace
Gmail > Google Workspace
~Slack | slack workspace > Collaboration Tools
~Zoom | zoom meetings; zoom video > Collaboration Tools
Collaboration Tools | collaboration software; collaboration platforms; ferramentas de colaboração; samenwerkingstools
~Notion | notion.so > Collaboration Tools
Asana > Project Management
Trello > Project Management
~Monday.com | monday.com > Project Management
Smartsheet > Project Management
Miro > Collaboration Tools
Airtable > Spreadsheets
Zapier > Automation
DocuSign > Contract Management
Lucidchart > Collaboration Tools
Canva > Graphic Design
Apple Keynote | keynote > Presentation Skills
`;
