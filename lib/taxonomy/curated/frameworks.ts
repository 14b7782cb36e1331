// Frameworks, libraries and runtimes: web, mobile, backend, testing, UI.
export default `
@frameworks
Node.js | nodejs; node js; ~node; node.js runtime > JavaScript
Deno > JavaScript; TypeScript
Bun.js | bun runtime > JavaScript
React | react.js; reactjs; react js; react hooks > JavaScript; Front-End Development
React Native | react-native > React; Mobile Development
Redux | redux toolkit; rtk > React
Next.js | nextjs; next js > React
Vue.js | ~vue; vuejs; vue js; vue 3; vue.js 3 > JavaScript; Front-End Development
Nuxt.js | nuxt; nuxtjs > Vue.js
Angular | angular 2+; angular2; angular.js 2 > TypeScript; Front-End Development
AngularJS | angular.js; angular js > JavaScript
Svelte > JavaScript
SvelteKit > Svelte
~Ember.js | ember; emberjs > JavaScript
jQuery > JavaScript
jQuery UI > jQuery
Backbone.js | backbonejs > JavaScript
Express.js | expressjs; express js; ~express > Node.js
NestJS | nest.js; nestjs framework > Node.js; TypeScript
Remix > React
Gatsby | gatsbyjs; gatsby.js > React
Astro | astro.build > JavaScript
Three.js | threejs > JavaScript
D3.js | d3; d3js > JavaScript; Data Visualization
Webpack > JavaScript
Vite | vitejs > JavaScript
Babel > JavaScript
RxJS > JavaScript
Storybook > Front-End Development
Django > Python
Django REST Framework | drf > Django
Flask | python flask > Python
FastAPI | fast api > Python
Pydantic > Python
Celery > Python
SQLAlchemy > Python; SQL; ORM
~Spring | spring framework; spring mvc; spring core > Java
Spring Security > Spring
Spring Data > Spring
Spring Cloud > Spring
Spring Boot | springboot; spring-boot > Spring
Hibernate > Java; ORM
JPA | java persistence api > Java
Quarkus > Java
Micronaut > Java
Jakarta EE | j2ee; java ee; jee > Java
JVM | java virtual machine; jvm tuning > Java
.NET | dotnet; .net framework; dot net > C#
.NET Core | .net 6; .net 8; net core > .NET
ASP.NET | asp.net mvc; asp net; aspnet; asp.net web api > .NET
ASP.NET Core > ASP.NET
Entity Framework | ^ef; entity framework 6 > .NET; ORM
Entity Framework Core | ef core; efcore; entity framework core > Entity Framework
Blazor > .NET
WPF | windows presentation foundation > .NET; GUI Development
Windows Forms | winforms; win forms > .NET; GUI Development
.NET MAUI | maui > .NET; Mobile Development
Xamarin.Forms > Xamarin
Xamarin > .NET; Mobile Development
Ruby on Rails | rails; ror; ruby-on-rails > Ruby
Laravel > PHP
Symfony > PHP
WordPress | wp; wordpress development > PHP
Drupal > PHP
Magento | adobe commerce > PHP; E-Commerce
Shopify | shopify liquid > E-Commerce
Phoenix Framework | phoenix liveview > Elixir
Gin | gin gonic > Go
Flutter > Dart; Mobile Development
SwiftUI > Swift
UIKit > Swift
Jetpack Compose > Kotlin
Android Development | android app development; android apps; android applications; développement android; android-entwicklung; desenvolvimento android; desarrollo android > Mobile Development
Android | android sdk; android studio; android os; android platform > Android Development
iOS Development | ios app development; ios apps; ios applications; développement ios; ios-entwicklung; desenvolvimento ios; desarrollo ios > Mobile Development
iOS | ios sdk; ios platform > iOS Development
Qt | qt framework > C++; GUI Development
QML > Qt
Unity | unity3d; unity 3d > C#; Game Development
Unreal Engine | ue4; ue5; unreal > C++; Game Development
Godot | godot engine > Game Development
Pandas | ~pandas; python pandas > Python
NumPy | ~numpy > Python
SciPy > Python
Matplotlib > Python; Data Visualization
Seaborn > Matplotlib
Plotly > Python; Data Visualization
Jupyter | jupyter notebook; jupyter notebooks; jupyterlab > Python
JUnit | junit5; junit 5 > Java; Unit Testing
TestNG > Java; Unit Testing
Mockito > Java; Unit Testing
pytest > Python; Unit Testing
~Jest | jestjs > JavaScript; Unit Testing
~Mocha | mochajs > JavaScript; Unit Testing
Cypress | cypress.io > Test Automation
Playwright > Test Automation
Selenium | selenium webdriver; webdriver > Test Automation
Puppeteer > Test Automation
Appium > Test Automation; Mobile Development
Cucumber | gherkin > Test Automation
Postman | postman api > API Testing
RestAssured | ~rest assured; rest-assured > API Testing
JMeter | apache jmeter > Load Testing
k6 | grafana k6 > Load Testing
Gatling > Load Testing
Locust > Load Testing
gRPC > APIs
Protocol Buffers | protobuf > gRPC
OpenAPI | swagger; openapi specification > REST APIs
Electron | electron.js; electronjs > JavaScript; Desktop Development
Tauri > Rust; Desktop Development
Ionic > Mobile Development
Cordova | phonegap > Mobile Development
Hotwire | hotwire turbo > Ruby on Rails
htmx > HTML
LangChain > Large Language Models
LangGraph > LangChain
LlamaIndex > Large Language Models
Hugging Face | huggingface; hugging face transformers; transformers library > Machine Learning
Tkinter > Python; GUI Development
Streamlit > Python
Gradio > Python
OpenCV > Computer Vision
Material UI | mui; material-ui > React
Chakra UI > React
Apollo GraphQL | apollo client; apollo server > GraphQL
Prisma | prisma orm > Node.js
TypeORM > TypeScript
Sequelize > Node.js
Mongoose > MongoDB
Socket.IO | socketio > Node.js
Zustand > React
MobX > React
NgRx > Angular
Lodash > JavaScript
Ktor > Kotlin
Vert.x | vertx > Java
Akka > Scala; Java
Apache Kafka Streams | kafka streams > Apache Kafka
`;
