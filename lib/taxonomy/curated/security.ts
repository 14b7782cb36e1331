// Information security, identity, compliance frameworks, networking.
export default `
@security
Information Security | cybersecurity; cyber security; it security; infosec; it-sicherheit; informationssicherheit; cybersécurité; sécurité informatique; ciberseguridad; seguridad informática; segurança da informação; cibersegurança; segurança cibernética; segurança de ti; segurança informática; informatiebeveiliging; cyberbeveiliging; it-beveiliging; sécurité des systèmes d'information; sécurité de l'information; seguridad de la información; seguridad de sistemas de información
Application Security | appsec; secure coding; owasp; owasp top 10; software security; segurança de aplicações; desenvolvimento seguro; código seguro; codificação segura; applicatiebeveiliging; sécurité applicative; sécurité des applications; développement sécurisé; codage sécurisé; anwendungssicherheit; sichere softwareentwicklung; sichere programmierung; seguridad de aplicaciones; desarrollo seguro > Information Security
Container Security | container image security; sécurité des conteneurs; segurança de contêineres > Information Security; Containerization
Security Best Practices | security best practice; best practices for security; security-best-practices; bonnes pratiques de sécurité; buenas prácticas de seguridad; mejores prácticas de seguridad; boas práticas de segurança; melhores práticas de segurança > Information Security
?Authentication | authentication and authorization; authentication & authorization; authentication/authorization; authn/authz; authentication protocols; authentication flows; authentication systems; ?authentification; ?authentifizierung; ?autenticación; ?autenticação > Information Security
Network Security | netzwerksicherheit; sécurité réseau; segurança de redes; segurança de rede; netwerkbeveiliging; sécurité des réseaux; seguridad de redes; seguridad de red > Information Security; Networking
Firewalls | firewall; pare-feu; cortafuegos > Network Security
Intrusion Detection | ids/ips; détection d'intrusion; détection des intrusions > Network Security
Cloud Security | cloud security posture; cspm; segurança em nuvem; segurança na nuvem; cloudbeveiliging; sécurité du cloud; sécurité cloud; seguridad en la nube > Information Security; Cloud Computing
Security Scanning | vulnerability scanning; in-cluster security scanning; container scanning > Information Security
SAST > Security Scanning
DAST > Security Scanning
Static Analysis > Security Scanning
Vulnerability Management | vulnerability assessment; vulnerability assessments; schwachstellenmanagement; gestão de vulnerabilidades; gerenciamento de vulnerabilidades; análise de vulnerabilidades; kwetsbaarheidsbeheer; kwetsbaarheidsanalyse; gestion des vulnérabilités; analyse de vulnérabilités; évaluation des vulnérabilités; gestión de vulnerabilidades; análisis de vulnerabilidades > Information Security
Penetration Testing | pentesting; pen testing; pentest; ethical hacking; penetrationstests; testes de intrusão; testes de penetração; teste de invasão; testes de invasão; penetratietesten; penetratietests; pentesten; tests d'intrusion; tests de pénétration; pruebas de penetración; pruebas de intrusión; hacking ético > Information Security
Threat Modeling | threat modelling; threat models; modelagem de ameaças; modélisation des menaces; bedrohungsmodellierung; modelado de amenazas > Information Security
Security Operations | soc operations; security operations center; security monitoring; centro de operações de segurança; monitoramento de segurança; centre des opérations de sécurité; centro de operaciones de seguridad > Information Security
SIEM > Security Operations
Incident Response | security incident response; dfir; resposta a incidentes; incidentrespons; réponse aux incidents; réponse à incident; gestion des incidents de sécurité > Information Security
Digital Forensics | forense digital; investigation numérique; análisis forense > Incident Response
IAM | identity and access management; identity management; access management; identity and access management (iam); identity/auth; gestão de identidades e acessos; gestão de identidade e acesso; gerenciamento de identidade e acesso; gestão de identidades; gestão de acessos; identiteits- en toegangsbeheer; toegangsbeheer; identiteitsbeheer; gestion des identités et des accès; gestion des identités; gestion des accès; gestion des habilitations; identitäts- und zugriffsmanagement; identitätsmanagement; berechtigungsmanagement; zugriffsverwaltung; gestión de identidades y accesos; gestión de identidades; gestión de accesos > Information Security
Single Sign-On | sso; authentification unique; inicio de sesión único > IAM
Role-Based Access Control | rbac; role based access controls; role-based access controls; role based access; contrôle d'accès basé sur les rôles > IAM
Access Control | access controls; access-control; access control policies; access control lists; acls; contrôle d'accès; contrôle des accès; control de acceso; controle de acesso; controle de acessos; zugriffskontrolle; zugriffssteuerung; toegangscontrole > IAM
Network Access Control | network access controls; ^nac > Network Security
Auth0 > IAM
Okta > IAM
Keycloak > IAM
~Dex | dex idp; dexidp > IAM
OAuth | oauth2; oauth 2.0 > IAM
OpenID Connect | oidc > OAuth
SAML > IAM
JWT | json web token > OAuth
Active Directory | ^ad; microsoft active directory > IAM
LDAP > IAM
Group Policy > Active Directory
mTLS | mutual tls; mutual tls authentication > Network Security
Public Key Infrastructure | pki; ssl certificates; x.509; infrastructure à clés publiques > Information Security
TLS | tls/ssl; ssl/tls > Network Security
Cryptography | encryption; kryptographie; cryptographie; criptografia; cryptografie; encryptie; versleuteling; chiffrement; verschlüsselung; cifrado > Information Security
Zero Trust | zero trust architecture; zero-trust > Information Security
Supply Chain Security | software supply chain security; supply-chain hygiene; sbom; slsa > Information Security
Security Compliance | security frameworks; compliance frameworks > Compliance
SOC 2 | soc2; soc 2 type ii; soc 2 type 2; soc ii > Security Compliance
ISO 27001 | iso/iec 27001; iso27001; isms > Security Compliance
NIST | nist csf; nist 800-53; nist cybersecurity framework > Security Compliance
PCI DSS | pci; pci-dss; pci compliance > Security Compliance
HIPAA | hipaa compliance; hipaa regulations; hipaa training > Compliance
GDPR | dsgvo; rgpd; general data protection regulation; datenschutz-grundverordnung; algemene verordening gegevensbescherming > Data Privacy
Data Privacy | data protection; ?privacy; datenschutz; protection des données; protección de datos; proteção de dados; proteção de dados pessoais; privacidade de dados; gegevensbescherming; databescherming; protection des données personnelles; protección de datos personales; privacidad de datos
FedRAMP > Security Compliance
Risk Management | risk assessment; risk assessments; risk analysis; legal risks; managing risk; risk mitigation; risikomanagement; gestion des risques; gestión de riesgos; gestão de riscos; gerenciamento de riscos; gestão de risco; análise de riscos; avaliação de riscos; risicomanagement; risicobeheer; risicoanalyse; risicoanalyses; risicobeheersing; analyse de risques; analyse des risques; évaluation des risques; maîtrise des risques; análisis de riesgos; evaluación de riesgos; risk identification; identifying risks; identificación de riesgos; identificación de posibles riesgos; identificação de riscos; identification des risques; risikoidentifikation; risikobewertung; risikoanalyse; mitigación de riesgos; mitigação de riscos; atténuation des risques; risico-identificatie
Networking | network engineering; computer networks; tcp/ip; netzwerke; netzwerktechnik; ?réseaux; ?redes; redes de computadores; computernetwerken; réseaux informatiques; redes de computadoras; redes informáticas
Cloud Networking | cloud network; cloud networks; cloud network architecture; virtual networking in the cloud > Networking; Cloud Computing
Network Administration | network management; administration von netzwerken; management von netzwerklösungen; administration und im management von netzwerklösungen; netzwerkadministration; administration réseau; administração de redes; netwerkbeheer; netwerkbeheerder; administration des réseaux; administration réseaux; administración de redes > Networking
DNS | domain name system; dns management > Networking
VPN | vpns; virtual private network > Networking
WireGuard > VPN
IPsec > VPN
Cisco | cisco ios; cisco networking; ccna networking > Networking
Routing and Switching | routage et commutation > Networking
BGP > Routing and Switching
OSPF > Routing and Switching
VLANs | vlan > Routing and Switching
SD-WAN | sdwan > Networking
Wireshark > Networking
`;
