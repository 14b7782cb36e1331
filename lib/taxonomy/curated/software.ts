// Software engineering practices, architecture, testing, methods, web and tooling.
export default `
@software
Software Development | software engineering; software development experience; professional software development; softwareentwicklung; software-entwicklung; développement logiciel; développement de logiciels; desarrollo de software; desenvolvimento de software; softwareontwikkeling; application development; anwendungsentwicklung
Software Architecture | software-architektur; softwarearchitektur; architecture logicielle; arquitectura de software; system architecture; systems architecture; solution architecture; architectural design > Software Development
Design Patterns | design pattern; entwurfsmuster; patrons de conception; patrones de diseño; gang of four > Software Architecture
Microservices | microservice architecture; microservices architecture; micro-services; microservice; microservicios > Software Architecture
Service-Oriented Architecture | soa; service oriented architecture; service-oriented architectures > Software Architecture
Event-Driven Architecture | event driven architecture; event-driven; event sourcing; cqrs > Software Architecture
Domain-Driven Design | ddd; domain driven design > Software Architecture
Clean Architecture | hexagonal architecture; clean code; solid principles > Software Architecture
Object-Oriented Programming | oop; object oriented programming; object-oriented design; ood; objektorientierte programmierung; programmation orientée objet > Programming
Functional Programming | functional languages > Programming
Systems Programming | low-level programming; systems-level programming; system programming > Programming
Embedded Systems | embedded software; embedded development; firmware; firmware development; eingebettete systeme > Programming
Compilers | compiler; compiler design; compiler development; compiler construction > Systems Programming
Algorithms | algorithms and data structures; data structures; algorithmen; datenstrukturen > Programming
Concurrency | multithreading; multi-threading; concurrent programming; parallel programming > Programming
APIs | api; api development; api design; api integration; api integrations; apis; web services; web apis; schnittstellen; schnittstellenentwicklung
REST APIs | ^rest; restful; rest api; restful apis; restful api; restful services; restful web services; rest services; rest-apis; rest-schnittstellen; api rest > APIs
SOAP | soap web services; wsdl > APIs
API Gateways | api gateway; api management; apigee; kong gateway > APIs
~Kong | kong api gateway; kong operator; kong konnect > API Gateways
Webhooks > APIs
WebSockets | websocket > APIs
System Integration | systems integration; integrations between systems; integration between systems; system integrations; integration of systems; systemintegration; intégration de systèmes; enterprise integration > APIs
MuleSoft | mule esb; anypoint > System Integration
Front-End Development | ?frontend; ?front-end; frontend development; frontend-entwicklung; développement front-end; desarrollo frontend > Web Development
Back-End Development | ?backend; ?back-end; backend development; server-side development; backend-entwicklung; développement back-end; desarrollo backend > Web Development
Full-Stack Development | full stack; full-stack; fullstack; full stack development > Web Development
Web Development | web-development; webentwicklung; web developer; développement web; desarrollo web; desenvolvimento web; web-entwicklung
Web Application Development | web applications; web application; webapplikationen; webanwendungen; applications web; internet application development > Web Development
Web Technologies | web technology; web stack; web standards; webtechnologien; technologies web > Web Development
Web Infrastructure > Web Technologies
Web Design | designing websites; design websites; webdesign; website design; conception web; diseño web > Web Development
UI Development | web uis; mobile or web uis; user interfaces; user interface development; ui engineering; building uis > Front-End Development
GUI Development | graphical user interfaces; graphische benutzeroberflächen; grafische benutzeroberflächen; graphischen benutzeroberflächen; grafischen benutzeroberflächen; gui; guis; benutzeroberflächen; desktop ui; interfaces graphiques > UI Development
Desktop Development | desktop applications; desktop application development; desktop apps
Mobile Development | mobile app development; mobile apps; mobile applications; mobile application development; app development; mobile-entwicklung; développement mobile; desarrollo móvil
Responsive Design | responsive web design; mobile-first design > Web Design
Web Accessibility | wcag; a11y; digital accessibility; barrierefreiheit; accessibilité > Web Development
Progressive Web Apps | pwa; pwas > Web Development
Single-Page Applications | ^spa; spas; single page applications > Front-End Development
Web Performance | core web vitals; page speed; site performance > Web Development
SEO | search engine optimization; search engine optimisation; suchmaschinenoptimierung; référencement naturel; posicionamiento web > Digital Marketing
Content Management Systems | cms; headless cms; content management system; contentful; sanity cms; strapi
Webflow | webflow cms > Content Management Systems; Web Design
Developer Tools | developer tooling; dev tools; devtools; developer experience
Software Testing | ?testing; ?qa; quality assurance testing; testes de software; softwaretests; softwaretest; tests logiciels; pruebas de software; manual testing; manual qa; functional testing; testes funcionais
Test Automation | automated testing; automation testing; test automation frameworks; automated tests; testautomatisierung; automatisation des tests; automatización de pruebas > Software Testing
Unit Testing | unit tests; unit test; unittests > Software Testing
Integration Testing | integration tests > Software Testing
End-to-End Testing | e2e testing; e2e tests; end to end testing; end-to-end tests > Software Testing
API Testing | testes de api; api tests > Software Testing
Backend Testing | back-end testing; testes de backend; backend tests > Software Testing
Load Testing | load tests; stress testing; teste de carga; testes de carga; tests de charge; lasttests > Performance Testing
Performance Testing | performance tests; testes de desempenho; teste de desempenho; tests de performance; performancetests > Software Testing
Test-Driven Development | tdd; test driven development > Software Testing
Behavior-Driven Development | behaviour-driven development; behavior driven development > Software Testing
Test Environments | test environment; testing environments; staging environments; testumgebungen > Software Testing
Quality Assurance | qa engineering; quality control; qualitätssicherung; assurance qualité; aseguramiento de calidad; garantia de qualidade
Code Review | code reviews; pull requests > Software Development
Agile | agile methodologies; agile methodology; agile software development; agile development; agile practices; agile development processes; agilen entwicklungsprozessen; agile entwicklungsprozesse; agil; agile; méthodes agiles; metodologías ágiles; metodologias ágeis; agile teams; agile environment
Scrum | scrum master; scrum framework; sprints > Agile
Kanban > Agile
~SAFe | scaled agile framework; scaled agile > Agile
Waterfall | waterfall methodology > Project Management
^Lean | lean management; lean principles; lean methodology > Process Improvement
Technical Documentation | ?documentation; ?docs; technical writing; api documentation; technische dokumentation; documentation technique; documentación técnica
Issue Tracking | issue tracking tools; incident tracking tools; bug tracking; defect tracking; ticketing systems; ticketing system; issue trackers; ticket systems
Jira | atlassian jira; jira software; jira service management > Issue Tracking
Confluence | atlassian confluence > Technical Documentation
ServiceNow | service now > IT Service Management
IT Service Management | itsm; it service management; itil processes > Incident Management
Zendesk > Customer Service
Visual Studio | microsoft visual studio; vs 2022 > Integrated Development Environments
Visual Studio Code | vs code; vscode > Integrated Development Environments
JetBrains Rider | ~rider > Integrated Development Environments; .NET
IntelliJ IDEA | intellij; intellij idea > Integrated Development Environments
PyCharm > Integrated Development Environments
Eclipse IDE | ~eclipse > Integrated Development Environments
Xcode > Integrated Development Environments
Integrated Development Environments | ide; ides
Vim | neovim
Game Development | game dev; gamedev; spieleentwicklung > Software Development
Blockchain | web3; smart contracts; distributed ledger; ethereum > Software Development
Internet of Things | iot; industrial iot; iiot > Embedded Systems
Robotics | robotik; robotique; robótica; ^ros; robot operating system
Computer Science | informatik; ?informatique; ciencias de la computación > Academic Fields
Software Maintenance | wartung von software; maintenance applicative > Software Development
Legacy Modernization | legacy systems; legacy migration; application modernization; mainframe modernization > Software Development
Mainframe | z/os; ibm mainframe; jcl; cics > Operating Systems
Low-Code | low code; no-code; no code; low-code platforms; power apps; power platform; outsystems; mendix > Software Development
Power Automate | microsoft flow > Low-Code
Robotic Process Automation | rpa; uipath; automation anywhere; blue prism > Automation
Software Demos | ?demos; product demos; software demonstrations; product demonstrations; ?demo > Presentation Skills
UX Design | ux; user experience; user experience design; ux/ui; ui/ux; ux research; user research; usability; ux-design
UI Design | user interface design; visual design; interaction design
Graphic Design | grafikdesign; design graphique; diseño gráfico
Figma | figjam > UI Design
Sketch App | ~sketch > UI Design
Adobe XD > UI Design
Adobe Creative Suite | adobe creative cloud; creative cloud
Adobe Photoshop | photoshop > Adobe Creative Suite
Adobe Illustrator | illustrator > Adobe Creative Suite
Adobe InDesign | indesign > Adobe Creative Suite
Adobe Premiere Pro | premiere pro; ^premiere > Video Editing
Adobe After Effects | after effects > Video Editing
Video Editing | video production; videobearbeitung; montage vidéo; final cut pro; davinci resolve
Prototyping | wireframing; wireframes; prototypes; mockups > UX Design
Academic Fields
`;
