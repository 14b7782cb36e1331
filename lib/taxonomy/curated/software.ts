// Software engineering practices, architecture, testing, methods, web and tooling.
export default `
@software
Software Development | software development experience; professional software development; softwareentwicklung; software-entwicklung; développement logiciel; développement de logiciels; desarrollo de software; desenvolvimento de software; softwareontwikkeling; application development; anwendungsentwicklung; software-ontwikkeling; applicatieontwikkeling; génie logiciel; ingénierie logicielle; développement d'applications; développement applicatif; ingeniería de software; desarrollo de aplicaciones
Software Engineering | software engineering experience; software-engineering; engenharia de software; ingeniería del software; softwaretechnik; software engineering practices > Software Development
Software Architecture | software-architektur; softwarearchitektur; architecture logicielle; arquitectura de software; system architecture; systems architecture; solution architecture; architectural design; arquitetura de software; arquitetura de soluções; softwarearchitectuur; software-architectuur; systeemarchitectuur; oplossingsarchitectuur; architecture de solutions; architecture applicative; architecture des logiciels; systemarchitektur; lösungsarchitektur; arquitectura de soluciones > Software Development
Enterprise Architecture | enterprise architectures; enterprise architecture frameworks; togaf; architecture d'entreprise; unternehmensarchitektur; arquitetura corporativa; arquitectura empresarial; bedrijfsarchitectuur > Software Architecture
Design Patterns | design pattern; entwurfsmuster; patrons de conception; patrones de diseño; gang of four; padrões de projeto; padrões de design; padrões de desenho; ontwerppatronen; modèles de conception > Software Architecture
Microservices | microservice architecture; microservices architecture; micro-services; microservice; microservicios; microsserviços; microserviços; micro serviços; microsserviço; architecture microservices; architecture en microservices; architecture micro-services; microservice-architektur; microservices-architektur; arquitectura de microservicios > Software Architecture
Service-Oriented Architecture | soa; service oriented architecture; service-oriented architectures; arquitetura orientada a serviços; servicegeoriënteerde architectuur; serviceorientierte architektur > Software Architecture
Event-Driven Architecture | event driven architecture; event-driven; arquitetura orientada a eventos; arquitetura baseada em eventos; eventgedreven architectuur; architecture événementielle; architecture orientée événements; ereignisgesteuerte architektur; eventgetriebene architektur; arquitectura orientada a eventos; arquitectura dirigida por eventos > Software Architecture
Event Sourcing > Event-Driven Architecture
CQRS > Software Architecture
Domain-Driven Design | ddd; domain driven design; design orientado a domínio; design orientado ao domínio; conception pilotée par le domaine; diseño guiado por el dominio > Software Architecture
Clean Architecture | arquitetura limpa; arquitectura limpia > Software Architecture
SOLID Principles | solid design principles; princípios solid; principes solid; principios solid; solid-prinzipien > Object-Oriented Programming
ORM | orms; object-relational mapping; object relational mapping; object-relational mappers; orm frameworks; orm tools; mapeamento objeto-relacional; mapping objet-relationnel; mapeo objeto-relacional
Dependency Injection | dependency-injection; inversion of control; injeção de dependência; injection de dépendances; inyección de dependencias
System Design | systems design; system-design; distributed systems design; large-scale system design; conception de systèmes; diseño de sistemas
Multi-Tenancy | multi-tenant; multitenancy; multi-tenant architecture; multi-tenant systems; multitenant; mandantenfähigkeit; multi-locataire
Cloud-Native Architecture | cloud-native architectures; cloud native architecture; cloud native architectures; cloud-native design; arquitetura cloud-native; arquitetura nativa em nuvem > Cloud Computing
Clean Code | código limpo; code propre; código limpio > Software Development
Hexagonal Architecture | arquitetura hexagonal; architecture hexagonale; arquitectura hexagonal > Software Architecture
Object-Oriented Programming | oop; object oriented programming; object-oriented design; ood; objektorientierte programmierung; programmation orientée objet; programação orientada a objetos; orientação a objetos; programação orientada a objectos; programação orientada por objetos; objectgeoriënteerd programmeren; objectgeoriënteerde programmering; objectgeoriënteerd ontwerp; programmation objet; conception orientée objet; programmation orientée objets; objektorientierung; objektorientierte softwareentwicklung; programación orientada a objetos; orientación a objetos > Programming
Functional Programming | functional languages; programação funcional; functioneel programmeren; programmation fonctionnelle; funktionale programmierung; programación funcional > Programming
Systems Programming | low-level programming; systems-level programming; system programming; programmation système; programmation bas niveau > Programming
Embedded Systems | embedded development; firmware; firmware development; eingebettete systeme; sistemas embarcados; sistemas embebidos; embedded systemen; développement embarqué; informatique embarquée > Programming
Embedded Software | embedded software development; embedded software engineering; logiciel embarqué; logiciels embarqués; software embarcado; eingebettete software; embedded-software > Embedded Systems
Compilers | compiler; compiler design; compiler development; compiler construction; compilateurs; compilateur > Systems Programming
Algorithms | algorithms and data structures; data structures; algorithmen; datenstrukturen; estruturas de dados; algoritmos e estruturas de dados; algoritmos; algoritmen; datastructuren; algorithmique; structures de données; estructuras de datos > Programming
Concurrency | multithreading; multi-threading; concurrent programming; parallel programming; programação concorrente; programação paralela; parallel programmeren; programmation concurrente; programmation parallèle; nebenläufigkeit; parallele programmierung; programación concurrente; programación paralela > Programming
APIs | api; api development; api integration; api integrations; apis; web services; web apis; schnittstellen; schnittstellenentwicklung; desenvolvimento de apis; integração de apis; integração via api; api-ontwikkeling; api-koppelingen; développement d'api; intégration d'api; services web; interfaces de programmation; desarrollo de apis; integración de apis; servicios web
API Design | design de apis; conception d'api; conception d'apis > APIs
REST APIs | ^rest; restful; rest api; restful apis; restful api; restful services; restful web services; rest services; rest-apis; rest-schnittstellen; api rest; apis rest; apis restful; serviços rest; services rest; webservices rest; web services rest; api restful; servicios rest > APIs
SOAP | soap web services; wsdl > APIs
API Gateways | api gateway; api management > APIs
Apigee > API Gateways
~Kong | kong api gateway; kong operator; kong konnect; kong gateway > API Gateways
Webhooks > APIs
WebSockets | websocket > APIs
System Integration | systems integration; integrations between systems; integration between systems; system integrations; integration of systems; systemintegration; intégration de systèmes; enterprise integration; integração de sistemas; integrações de sistemas; integração entre sistemas; integrações entre sistemas; systeemintegratie; systeemkoppelingen; integratie van systemen; integración de sistemas > APIs
MuleSoft | mule esb; anypoint > System Integration
Front-End Development | ?frontend; ?front-end; frontend development; frontend-entwicklung; développement front-end; desarrollo frontend; desenvolvimento front-end; desenvolvimento frontend; frontend-ontwikkeling; front-end-ontwikkeling; développement front > Web Development
Cross-Browser Compatibility | cross-browser; cross browser compatibility; cross-browser testing; cross-browser development; cross-browser support; browser compatibility; compatibilité multi-navigateurs; compatibilidad entre navegadores; compatibilidade entre navegadores > Front-End Development
State Management | state-management; app state management; state management libraries; state management patterns; application state management; gestion d'état; gestion de l'état; gestión de estado; gerenciamento de estado; gestão de estado > Front-End Development
Back-End Development | ?backend; ?back-end; backend development; server-side development; backend-entwicklung; développement back-end; desarrollo backend; desenvolvimento back-end; desenvolvimento backend; backend-ontwikkeling; back-end-ontwikkeling > Web Development
Full-Stack Development | full stack; full-stack; fullstack; full stack development; développement full stack; développement fullstack; fullstack-entwicklung; full-stack-entwicklung; desarrollo full stack; desarrollo fullstack > Web Development
Web Development | web-development; webentwicklung; web developer; développement web; desarrollo web; desenvolvimento web; web-entwicklung; webontwikkeling; webdevelopment
Web Application Development | web applications; web application; webapplikationen; webanwendungen; applications web; internet application development; aplicações web; aplicação web; aplicativos web; webapplicaties; webapplicatie; développement d'applications web; application web; aplicaciones web > Web Development
Web Technologies | web technology; web stack; web standards; webtechnologien; technologies web > Web Development
Web Infrastructure > Web Technologies
Web Design | designing websites; design websites; webdesign; website design; conception web; diseño web; conception de sites web > Web Development
UI Development | web uis; mobile or web uis; user interfaces; user interface development; ui engineering; building uis; interfaces de usuário; interface de usuário; interfaces de utilizador; gebruikersinterfaces; interfaces utilisateur; interfaces utilisateurs; interface utilisateur > Front-End Development
GUI Development | graphical user interfaces; graphische benutzeroberflächen; grafische benutzeroberflächen; graphischen benutzeroberflächen; grafischen benutzeroberflächen; gui; guis; benutzeroberflächen; desktop ui; interfaces graphiques; interfaces gráficas; interface gráfica; grafische gebruikersinterface; grafische gebruikersinterfaces > UI Development
Desktop Development | desktop applications; desktop application development; desktop apps; aplicações desktop; aplicativos desktop; desktopapplicaties; applications de bureau; applications desktop; développement desktop; aplicaciones de escritorio
Mobile Development | mobile app development; mobile apps; mobile applications; mobile application development; app development; mobile-entwicklung; développement mobile; desarrollo móvil; desenvolvimento mobile; desenvolvimento móvel; aplicativos móveis; aplicações móveis; mobiele apps; mobiele applicaties; app-ontwikkeling; mobiele ontwikkeling; applications mobiles; développement d'applications mobiles; application mobile; app-entwicklung; aplicaciones móviles; desarrollo de aplicaciones móviles
Responsive Design | responsive web design; mobile-first design; design responsivo; layout responsivo > Web Design
Web Accessibility | wcag; a11y; ?accessibility; accessibility standards; accessibility best practices; accessibility guidelines; digital accessibility; barrierefreiheit; accessibilité; acessibilidade digital; acessibilidade web; digitale toegankelijkheid; webtoegankelijkheid; accessibilité numérique; accessibilité web; accesibilidad web; accesibilidad digital > Web Development
Progressive Web Apps | pwa; pwas > Web Development
Single-Page Applications | ^spa; spas; single page applications > Front-End Development
Web Performance | core web vitals; page speed; site performance > Web Development
SEO | search engine optimization; search engine optimisation; suchmaschinenoptimierung; référencement naturel; posicionamiento web; otimização para motores de busca; otimização de mecanismos de busca; zoekmachineoptimalisatie > Digital Marketing
Content Management Systems | cms; headless cms; content management system; content management platforms; content management platform; content management tools; sistemas de gestão de conteúdo; sistema de gerenciamento de conteúdo; contentmanagementsysteem; contentmanagementsystemen; système de gestion de contenu; systèmes de gestion de contenu
Contentful > Content Management Systems
Sanity CMS > Content Management Systems
Strapi > Content Management Systems
Webflow | webflow cms > Content Management Systems; Web Design
Developer Tools | developer tooling; dev tools; devtools; developer experience
Software Testing | ?testing; ?qa; quality assurance testing; testes de software; softwaretests; softwaretest; softwaretesting; tests logiciels; pruebas de software; manual testing; manual qa; functional testing; testes funcionais; testes manuais; teste de software; testes de sistema; softwaretesten; testen van software; handmatig testen; functioneel testen; tests fonctionnels; tests manuels; test logiciel; tests de non-régression; tests de régression; recette fonctionnelle; manuelles testen; funktionale tests; pruebas funcionales; pruebas manuales
Code Coverage | code-coverage; code coverage tools; couverture de code; cobertura de código; testabdeckung; codeabdeckung; couverture de tests; cobertura de testes; cobertura de pruebas > Software Testing
Computer Architecture | computer architectures; rechnerarchitektur; architecture des ordinateurs; arquitectura de computadores; arquitetura de computadores
Test Automation | automated testing; automation testing; test automation frameworks; automated tests; testautomatisierung; automatisation des tests; automatización de pruebas; testes automatizados; teste automatizado; automação de testes; automatização de testes; testautomatisering; geautomatiseerd testen; geautomatiseerde tests; geautomatiseerde testen; tests automatisés; automatisation de tests; test automatisé; tests automatiques; automatisierte tests; automatisiertes testen; pruebas automatizadas; automatización de tests; pruebas automáticas; tests automatizados; automatisierten tests; automatisierter tests > Software Testing
Unit Testing | unit tests; unit test; unittests; testes unitários; teste unitário; testes de unidade; unittesten; unit-testen; tests unitaires; test unitaire; modultests; komponententests; pruebas unitarias; tests unitarios > Software Testing
Integration Testing | integration tests; testes de integração; teste de integração; integratietesten; integratietests; tests d'intégration; test d'intégration; integrationstests; pruebas de integración > Software Testing
End-to-End Testing | e2e testing; e2e tests; end to end testing; end-to-end tests; testes end-to-end; testes e2e; testes ponta a ponta; end-to-end testen; e2e-testen; tests de bout en bout; pruebas end-to-end; pruebas de extremo a extremo > Software Testing
API Testing | testes de api; api tests; tests d'api; pruebas de api > Software Testing
Backend Testing | back-end testing; testes de backend; backend tests > Software Testing
Load Testing | load tests; stress testing; teste de carga; testes de carga; tests de charge; lasttests; loadtesten; stresstesten; tests de montée en charge; tests de stress; pruebas de carga; pruebas de estrés > Performance Testing
Performance Testing | performance tests; testes de desempenho; teste de desempenho; tests de performance; performancetests; performancetesten; tests de performances; pruebas de rendimiento > Software Testing
Test-Driven Development | tdd; test driven development; desenvolvimento orientado a testes; desenvolvimento guiado por testes; testgedreven ontwikkeling; développement piloté par les tests; testgetriebene entwicklung; desarrollo guiado por pruebas; desarrollo dirigido por pruebas > Software Testing
Behavior-Driven Development | behaviour-driven development; behavior driven development; desenvolvimento orientado a comportamento; bdd; développement piloté par le comportement; desarrollo guiado por comportamiento > Software Testing
Test Environments | test environment; testing environments; staging environments; testumgebungen; ambientes de teste; ambiente de homologação; ambientes de homologação; testomgevingen; environnements de test; environnements de recette; entornos de prueba; entornos de pruebas > Software Testing
Quality Assurance | qa engineering; quality control; qualitätssicherung; assurance qualité; aseguramiento de calidad; garantia de qualidade; garantia da qualidade; controle de qualidade; controlo de qualidade; qualidade de software; kwaliteitsborging; kwaliteitscontrole; qualité logicielle; qualité du logiciel; contrôle qualité; aseguramiento de la calidad
Code Review | code reviews; pull requests; revisão de código; revisões de código; codereview; codereviews; revue de code; revues de code; revisión de código; revisiones de código > Software Development
Agile | agile methodologies; agile methodology; agile software development; agile development; agile practices; agile development processes; agilen entwicklungsprozessen; agile entwicklungsprozesse; agil; agile; méthodes agiles; metodologías ágiles; metodologias ágeis; agile teams; agile environment; ágeis; métodos ágeis; práticas ágeis; agile werkwijze; agile methodieken; méthodologies agiles; méthodologie agile; méthode agile; pratiques agiles; environnement agile; développement agile; ?agilité; agile methoden; agilen methoden; agile methodik; agile arbeitsweise; agiles arbeiten; agile vorgehensweise; agile vorgehensmodelle; agiles umfeld; agilen umfeld; metodología ágil; métodos ágiles; entornos ágiles; entorno ágil; prácticas ágiles; agile principles; principios ágiles; princípios ágeis; principes agiles; agile prinzipien; agile principes; desarrollo ágil; desenvolvimento ágil; metodologia ágil
Scrum | scrum master; scrum framework; sprints; méthodologie scrum; méthode scrum > Agile
Kanban > Agile
~SAFe | scaled agile framework; scaled agile > Agile
Waterfall | waterfall methodology; watervalmethode; cycle en v; méthode en cascade; metodología en cascada; modelo en cascada > Project Management
^Lean | lean management; lean principles; lean methodology > Process Improvement
Technical Documentation | ?documentation; ?docs; technical writing; api documentation; technische dokumentation; documentation technique; documentación técnica; documentação técnica; redação técnica; ?documentação; technische documentatie; technisch schrijven; ?documentatie; rédaction technique; rédaction de documentation
Issue Tracking | issue tracking tools; incident tracking tools; bug tracking; defect tracking; ticketing systems; ticketing system; issue trackers; ticket systems; suivi des anomalies; gestion des anomalies; suivi des bugs; ticketsysteme
Jira | atlassian jira; jira software > Issue Tracking
Jira Service Management > Jira
Confluence | atlassian confluence > Technical Documentation
ServiceNow | service now > IT Service Management
IT Service Management | itsm; it service management; gestão de serviços de ti; gerenciamento de serviços de ti; it-servicemanagement; gestion des services informatiques; gestión de servicios de ti; gestión de servicios ti > Incident Management
ITIL | itil processes > IT Service Management
Zendesk > Customer Service
Visual Studio | microsoft visual studio; vs 2022 > Integrated Development Environments
Visual Studio Code | vs code; vscode > Integrated Development Environments
JetBrains Rider | ~rider > Integrated Development Environments; .NET
IntelliJ IDEA | intellij; intellij idea > Integrated Development Environments
PyCharm > Integrated Development Environments
Eclipse IDE | ~eclipse > Integrated Development Environments
Xcode > Integrated Development Environments
Integrated Development Environments | ide; ides
Vim
Neovim > Vim
Game Development | game dev; gamedev; spieleentwicklung; desenvolvimento de jogos; gameontwikkeling; développement de jeux vidéo; développement de jeux; desarrollo de videojuegos > Software Development
Blockchain | web3; distributed ledger; chaîne de blocs; cadena de bloques > Software Development
Smart Contracts | contratos inteligentes; contrats intelligents > Blockchain
Ethereum > Blockchain
Internet of Things | iot; internet das coisas; internet der dingen; objets connectés > Embedded Systems
Industrial IoT | iiot > Internet of Things
Robotics | robotik; robotique; robótica
^ROS | robot operating system > Robotics
Computer Science | informatik; ?informatique; ciencias de la computación; ciência da computação; ciências da computação; computerwetenschappen > Academic Fields
Software Maintenance | wartung von software; maintenance applicative; manutenção de software; softwareonderhoud; applicatiebeheer; maintenance logicielle; maintenance corrective et évolutive; tierce maintenance applicative; softwarewartung; mantenimiento de software; mantenimiento de aplicaciones > Software Development
Legacy Modernization | legacy systems; legacy migration; application modernization; mainframe modernization; sistemas legados; modernização de sistemas; legacysystemen; systèmes hérités; modernisation applicative; modernisation des applications; altsysteme; legacy-systeme; sistemas heredados; sistemas legacy > Software Development
Mainframe | z/os; ibm mainframe > Operating Systems
JCL > Mainframe
CICS > Mainframe
Low-Code | low code; no-code; no code; low-code platforms > Software Development
Power Platform > Low-Code
Power Apps > Power Platform
OutSystems > Low-Code
Mendix > Low-Code
Power Automate | microsoft flow > Low-Code
Robotic Process Automation | rpa; automação robótica de processos; automatisation robotisée des processus; automatización robótica de procesos > Automation
UiPath > Robotic Process Automation
Automation Anywhere > Robotic Process Automation
Blue Prism > Robotic Process Automation
Software Demos | ?demos; product demos; software demonstrations; product demonstrations; ?demo > Presentation Skills
UX Design | ux; user experience; user experience design; ux/ui; ui/ux; usability; ux-design; experiência do usuário; experiência do utilizador; usabilidade; gebruikerservaring; gebruiksvriendelijkheid; expérience utilisateur; conception ux; utilisabilité; benutzerfreundlichkeit; nutzererfahrung; experiencia de usuario; experiencia del usuario; usabilidad
UX Research | user research; pesquisa com usuários; gebruikersonderzoek; recherche utilisateur; recherches utilisateurs; investigación de usuarios > UX Design
UI Design | user interface design; interaction design; design de interfaces; design de interface; design de interação; interfaceontwerp; interactieontwerp; design d'interface; design d'interfaces; conception d'interfaces; design d'interaction; diseño de interfaces; diseño de interfaz; diseño de interacción
# Visual work as design postings ask for it: a discipline each, not one UI Design ("visual design", "animation").
Visual Design | visual designs; design visual; design visuel; visueel ontwerp; visuelles design; conception visuelle; diseño visual > UI Design
?Design Systems | design system; ui design system; component library design; sistema de design; sistemas de design; système de design; systèmes de design; designsystem; designsysteme; ontwerpsysteem > UI Design
?Animation | ?animations; 2d animation; 3d animation; character animation; motion design; ui animation; web animation; animação; animación; animatie; animationen > Motion Graphics
?Illustration | ?illustrations; digital illustration; ilustração; ilustración; illustratie; illustrationen > Graphic Design
Vector Illustration | vector illustrations; vector-based illustration; vector-based illustrating; vector graphics; ilustração vetorial; ilustración vectorial; illustration vectorielle > Illustration
?Typography | typographie; tipografia; tipografía; typografie; type design > Graphic Design
Iconography | icon design > Graphic Design
React Three Fiber | three-fiber; r3f; react-three-fiber > Three.js; React
Lottie | lottie animations; lottiefiles > Animation
Graphic Design | grafikdesign; design graphique; diseño gráfico; design gráfico; grafisch ontwerp; grafische vormgeving
Figma > UI Design
FigJam > Figma
Sketch App | ~sketch > UI Design
Adobe XD > UI Design
Adobe Creative Suite | adobe creative cloud; creative cloud
Adobe Photoshop | photoshop > Adobe Creative Suite
Adobe Illustrator | illustrator > Adobe Creative Suite
Adobe InDesign | indesign > Adobe Creative Suite
Adobe Premiere Pro | premiere pro; ^premiere > Video Editing
Adobe After Effects | after effects > Video Editing
Video Editing | video production; videobearbeitung; montage vidéo; edição de vídeo; edição de vídeos; produção de vídeo; videobewerking; videomontage; videoproductie; edición de vídeo
Final Cut Pro > Video Editing
DaVinci Resolve > Video Editing
Prototyping | wireframing; wireframes; prototypes; mockups; prototipagem; prototipação; prototypage; maquettage; prototipado > UX Design
Academic Fields
`;
