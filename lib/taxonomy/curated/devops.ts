// DevOps, platform engineering, infrastructure, observability, version control.
export default `
@devops
DevOps | devops practices; devops methodologies; devops principles; devops engineering; dev ops; devops-praktiken; pratiques devops; culture devops; méthodologie devops; approche devops; prácticas devops; cultura devops
DevSecOps > DevOps
CI/CD | ci / cd; ci-cd; cicd; ci/cd pipelines; ci/cd pipeline; continuous integration and continuous delivery; continuous integration and continuous deployment; continuous integration and delivery; continuous integration/continuous deployment; continuous integration/continuous delivery; build pipelines; deployment pipelines; release pipelines; integração e entrega contínuas; integração contínua e entrega contínua; integração contínua e implantação contínua; integração/entrega contínua; continue integratie en levering; intégration et déploiement continus; intégration continue et déploiement continu; intégration et livraison continues; intégration continue et livraison continue; pipelines ci/cd; chaîne ci/cd; kontinuierliche integration und bereitstellung; kontinuierliche integration und auslieferung; integración y entrega continuas; integración y despliegue continuos; integración continua y despliegue continuo; integración continua y entrega continua > DevOps
Continuous Integration | ^ci; integração contínua; continue integratie; intégration continue; chaîne d'intégration continue; kontinuierliche integration; integración continua; kontinuierlicher integration; kontinuierlichen integration > CI/CD
Continuous Delivery | continuous deployment; ^cd; entrega contínua; implantação contínua; deploy contínuo; continue levering; déploiement continu; livraison continue; kontinuierliche bereitstellung; kontinuierliche auslieferung; despliegue continuo; kontinuierlicher bereitstellung; kontinuierlichen bereitstellung > CI/CD
Infrastructure as Code | iac; infrastructure-as-code; infrastructure as a code; infrastructure-as-a-code; infrastructure as code (iac); infrastructure automation; infrastructure provisioning; infraestrutura como código; infrastructuur als code; infrastructure en tant que code; infrastructure sous forme de code; infrastruktur als code; infraestructura como código > DevOps
Jenkins | jenkins pipelines; jenkinsfile > CI/CD
GitHub Actions | gh actions; github workflows > CI/CD; GitHub
GitLab CI | gitlab ci/cd; gitlab-ci; gitlab pipelines > CI/CD; GitLab
CircleCI | circle ci > CI/CD
Travis CI > CI/CD
TeamCity > CI/CD
~Bamboo | atlassian bamboo > CI/CD
Argo CD | argocd; argo-cd > GitOps; Kubernetes
Argo Rollouts | argo-rollouts; argo rollout > Kubernetes; Progressive Delivery
Argo Workflows > Kubernetes
^Flux | fluxcd; flux cd > GitOps; Kubernetes
GitOps | git ops; gitops workflows > DevOps
^Spinnaker > Continuous Delivery
Octopus Deploy > Continuous Delivery
UrbanCode Deploy | udeploy; ibm urbancode deploy; urbancode > Continuous Delivery
AnthillPro | anthill pro; anthill > Continuous Delivery
Progressive Delivery > Continuous Delivery
Canary Deployments | canary releases > Progressive Delivery
Blue-Green Deployments | blue/green deployments > Progressive Delivery
Feature Flags > Progressive Delivery
Terraform | hashicorp terraform; terraform cloud > Infrastructure as Code
Terragrunt > Terraform
OpenTofu > Terraform
Pulumi > Infrastructure as Code
^Atlantis | runatlantis > Terraform
Ansible | ansible playbooks; ansible tower; awx > Configuration Management
~Chef | chef infra; opscode chef > Configuration Management
~Puppet | puppet enterprise > Configuration Management
SaltStack | salt stack; saltstack config > Configuration Management
Configuration Management | config management; configuration-management; konfigurationsmanagement; gestion de configuration; gerenciamento de configuração; gestão de configuração; gestão de configurações; configuratiemanagement; configuratiebeheer; gestion des configurations; gestión de configuración; gestión de la configuración
^Packer | hashicorp packer > Infrastructure as Code
^Vagrant > Virtualization
Containerization | ?containers; container technologies; containerization technologies; containerization tools; containerisation; containerised; containerized; container-based; container platforms; containerisierung; conteneurisation; contenedores; conteinerização; containerização; contentorização; containerisatie; containertechnologie; containertechnologieën; containertechnologien; container-technologien
Docker | docker compose; docker-compose; dockerfile; dockerfiles; docker containers; docker engine > Containerization
Podman > Containerization
Docker Swarm | swarm mode > Container Orchestration
Container Orchestration | container orchestration systems; container orchestration platforms; orchestration of containers; container-orchestrierung; orquestração de contêineres; orquestração de containers; orquestração de contentores; containerorkestratie; orchestration de conteneurs; orchestrateurs de conteneurs; orquestación de contenedores > Containerization
Kubernetes | k8s; k8; kube; kubernetes clusters; kubernetes cluster; k3s > Container Orchestration
OpenShift | red hat openshift; openshift container platform > Kubernetes
^Rancher > Kubernetes
^Helm | helm charts; helm chart > Kubernetes
Kustomize > Kubernetes
Istio > Service Mesh
Linkerd > Service Mesh
^Envoy | envoy proxy > Service Mesh
Service Mesh | service meshes > Kubernetes
^Consul | hashicorp consul > Service Discovery
Service Discovery
cert-manager | cert manager > Kubernetes
External Secrets Operator | external secrets; externalsecrets; ^eso > Kubernetes; Secrets Management
ExternalDNS | external-dns; external dns > Kubernetes; DNS
CloudNativePG | cloudnative-pg; cloudnative pg; cnpg > Kubernetes; PostgreSQL
Kubescape > Kubernetes; Security Scanning
Crossplane > Kubernetes; Infrastructure as Code
Karpenter > Kubernetes
Knative > Kubernetes; Serverless
Kubernetes Operators | kubernetes operator; k8s operators; operator sdk > Kubernetes
HashiCorp Vault | ^vault; hashicorp vault > Secrets Management
^Nomad | hashicorp nomad > Container Orchestration
Secrets Management | secret management; secrets handling; managing secrets; gestão de segredos; gerenciamento de segredos; gestion des secrets; gestión de secretos > Information Security
SOPS | mozilla sops > Secrets Management
?Monitoring | monitoring tools; system monitoring; monitoring systems; infrastructure monitoring; application monitoring; monitoring and alerting; ?überwachung; ?monitoramento; ?monitoreo; ?monitorização; monitoramento de sistemas; monitoramento de aplicações; monitoramento de infraestrutura; ?monitoren; outils de supervision; supervision applicative; ?monitorización; monitoreo de sistemas; monitorización de sistemas
Logging | ?logs; log management; log analysis; logging tools; centralized logging; protokollierung; journalisation; gerenciamento de logs; gestão de logs; análise de logs; logbeheer; loganalyse; gestion des logs; gestion des journaux; analyse de logs; analyse des logs; gestión de logs; análisis de logs
Alerting | ?alerts; alert management; alerting rules; setting up alerts; ?alertas; gestion des alertes > Monitoring
Observability | observability tools; o11y; observability platforms; telemetry; observabilidade; observeerbaarheid; observabilité; observabilidad > Monitoring
Prometheus > Monitoring
Grafana | grafana dashboards > Monitoring
Grafana Loki | loki > Logging
Datadog | data dog > Observability
New Relic | newrelic > Observability
Application Performance Monitoring | ^apm; application performance management; apm tools; apm solutions; apm platforms > Observability
Dynatrace > Observability; Application Performance Monitoring
Splunk > Logging
ELK Stack | elk; elastic stack > Logging
Kibana > ELK Stack
Logstash > ELK Stack
OpenTelemetry | otel; open telemetry > Observability
Jaeger | jaeger tracing > Observability
^Sentry > Observability
PagerDuty | pager duty > Incident Management
Opsgenie > Incident Management
Nagios > Monitoring
Zabbix > Monitoring
Incident Management | incident response management; incident handling; störungsmanagement; gestão de incidentes; gerenciamento de incidentes; incidentmanagement; incidentbeheer; gestion des incidents; gestion d'incidents; traitement des incidents; gestión de incidentes; gestión de incidencias
On-Call | on call rotation; ?astreinte; ?astreintes; rufbereitschaft; bereitschaftsdienst > Incident Management
Site Reliability Engineering | sre; site reliability; engenharia de confiabilidade > DevOps
Service Level Objectives | slos; slis > Site Reliability Engineering
Release Management | release manager; release planning; release process; release processes; release cycles; release cycle; managing releases; release-management; gestion des releases; gestão de releases; gerenciamento de releases; releasemanagement; releasebeheer; gestion des mises en production
Release Engineering | release engineer; build and release > Release Management
Change Control | change management process; change advisory board; change requests; änderungsmanagement; wijzigingsbeheer > Release Management
Software Deployment | ?deployment; ?deployments; deploying software; application deployment; deployment von softwarelösungen; deployment of software; softwareverteilung; déploiement; implantação de software; implantação de aplicações; software-uitrol; ?mise en production; ?mises en production; déploiement d'applications; déploiement de logiciels; déploiement applicatif; despliegue de aplicaciones; despliegue de software; ?despliegue; ?despliegues > DevOps
Version Control | version control systems; version control system; source control; source code management; versioning; versionskontrolle; versionsverwaltung; contrôle de version; control de versiones; controle de versão; controle de versões; controlo de versões; versionamento; versionamento de código; versiebeheer; versiecontrole; gestion des versions; contrôle de versions; gestion de code source; versionnement
Git | git workflows; git flow; gitflow > Version Control
GitHub | github.com; github enterprise > Git
GitLab | gitlab.com > Git
Bitbucket | atlassian bitbucket > Git
SVN | subversion; apache subversion > Version Control
Mercurial > Version Control
Perforce | helix core > Version Control
Sonatype Nexus | ^nexus; nexus repository; nexus repository manager > Artifact Management
JFrog Artifactory | artifactory > Artifact Management
Artifact Repositories =artifact-management | artifact management; artifact repository; binary repository; binary repositories; artifact stores
Container Registries | container registry; container repositories; container repository; docker registry; docker registries; container image registry
Build Tools | build systems; build automation; build tooling; ferramentas de build; outils de build
esbuild > Build Tools
Maven | apache maven; mvn > Build Tools; Java
Gradle > Build Tools; Java
~Make | makefile; makefiles; gnu make > Build Tools
CMake > Build Tools; C++
Bazel > Build Tools
npm > Node.js
^Yarn > Node.js
pnpm > Node.js
Linux | linux administration; linux systems; gnu/linux; unix/linux; linux/unix; linux server; linux-kenntnisse; administration linux; systèmes linux; environnement linux > Operating Systems
Unix | unix systems > Operating Systems
Ubuntu > Linux
Red Hat Enterprise Linux | rhel; red hat linux; redhat > Linux
CentOS > Red Hat Enterprise Linux
Rocky Linux > Red Hat Enterprise Linux
Debian > Linux
Windows Server | windows server 2019; windows server 2022; windows servers > Operating Systems
macOS | mac os; os x; osx > Operating Systems
Operating Systems | operating system; os internals; betriebssysteme; systèmes d'exploitation; sistemas operativos; sistemas operacionais; sistema operacional; besturingssystemen; besturingssysteem
Virtualization | virtualisation; virtual machines; hypervisors; hypervisor; virtualisierung; virtualização; máquinas virtuais; virtualisatie; virtuele machines; machines virtuelles; virtualización; máquinas virtuales
VMware | vmware vsphere; vsphere; esxi; vcenter; vmware esxi > Virtualization
Hyper-V | hyperv; microsoft hyper-v > Virtualization
Proxmox > Virtualization
KVM > Virtualization
Systems Administration | system administration; systems administrator; system administrator; sysadmin; systemadministration; administration système; administración de sistemas; administração de sistemas; systeembeheer; systeembeheerder; beheer van systemen
Server Administration | maintain servers; server management; server maintenance; serveradministration; administration de serveurs; administração de servidores; gerenciamento de servidores; manutenção de servidores; serverbeheer; administration des serveurs; gestion des serveurs; serverbetreuung; serververwaltung; administración de servidores > Systems Administration
System Configuration | configuration of systems; systems configuration; system setup > Systems Administration
Capacity Planning | capacity analysis; capacity management; kapazitätsplanung; planejamento de capacidade; gestão de capacidade; capaciteitsplanning; capaciteitsmanagement; planification de capacité; planification des capacités; gestion de la capacité; gestion des capacités; planificación de capacidad; gestión de la capacidad > Systems Administration
Backups | backup; back-ups; back ups; backup and recovery; backup and restore; datensicherung; sauvegardes; cópias de segurança; backup e restauração; backup e recuperação; reservekopieën; sauvegarde et restauration; copias de seguridad > Systems Administration
Disaster Recovery | dr planning; bcdr; recuperação de desastres; reprise après sinistre; plan de reprise d'activité; notfallwiederherstellung; recuperación ante desastres > Backups
Business Continuity | continuidade de negócios; continuidade do negócio; bedrijfscontinuïteit; continuité d'activité; plan de continuité d'activité; continuité des activités; continuidad de negocio; continuidad del negocio > Risk Management
System Security | systems security; security of systems; systemsicherheit > Information Security
High Availability | highly available; highly-available; failover; fault tolerance; hochverfügbarkeit; alta disponibilidade; tolerância a falhas; hoge beschikbaarheid; hoogbeschikbaarheid; haute disponibilité; tolérance aux pannes; alta disponibilidad; tolerancia a fallos
Performance Optimization | performance tuning; performance optimisation; optimize performance; optimise performance; performance engineering; performance improvements; leistungsoptimierung; performanceoptimierung; otimização de desempenho; otimização de performance; melhoria de performance; performance-optimalisatie; prestatieoptimalisatie; optimisation des performances; optimisation de performance; optimisation de la performance; optimización del rendimiento; optimización de rendimiento
Troubleshooting | troubleshoot; troubleshooting skills; fehlerbehebung; fehleranalyse; dépannage; resolución de incidencias; resolução de falhas; correção de falhas; storingen oplossen; storingen verhelpen; oplossen van storingen; verhelpen van storingen; storingsanalyse; diagnostic de pannes; résolution de pannes; résolution des incidents; résolution d'incidents
Debugging | ?debug; debugging tools; debugger; depuração; debuggen; débogage; déboguer; fehlersuche; depuración > Troubleshooting
?Automation | ?automatisierung; ?automatisation; ?automatización; ?automação; automação de processos; automatização de processos; ?automatisering; automatisation des processus; automatización de procesos
Platform Engineering | platform engineer; internal developer platform; developer platforms; engenharia de plataforma; ingénierie de plateforme; ingeniería de plataformas > DevOps
Nginx | nginx > Web Servers
Apache HTTP Server | apache httpd; httpd; apache web server > Web Servers
Web Servers | web server; webserver; servidores web; servidor web; serveurs web; serveur web
IIS | internet information services; microsoft iis > Web Servers
Tomcat | apache tomcat > Web Servers; Java
HAProxy > Load Balancing
Load Balancing | load balancers; load balancer; load-balancing; balanceamento de carga; balanceadores de carga; loadbalancing; équilibrage de charge; répartition de charge; répartiteurs de charge; lastverteilung; balanceo de carga
Caching | ?cache; caching strategies; caching layers; mise en cache
Redis | redis cache > Caching; NoSQL
Memcached > Caching
^Varnish > Caching
`;
