// Databases, data engineering, analytics and BI.
export default `
@data
Databases | database; database management; database systems; datenbanken; datenbank; bases de données; base de données; bases de datos; bancos de dados; databases; banco de dados; base de dados; bases de dados; databank; databanken; systèmes de gestion de bases de données
Relational Databases | relational database; rdbms; relational database management systems; sql databases; relationale datenbanken; relationalen datenbanken; relationale datenbank; relationaler datenbanken; bases de données relationnelles; bases de datos relacionales; relational; bancos de dados relacionais; banco de dados relacional; bases de dados relacionais; base de dados relacional; bancos relacionais; banco relacional; relationele databases; relationele database; relationele databanken; sgbdr; base de données relationnelle; base de datos relacional > Databases; SQL
NoSQL | nosql databases; nosql database; non-relational databases; nosql-datenbanken; bancos de dados não relacionais; banco de dados não relacional; bases de dados não relacionais; bancos não relacionais; banco não relacional; niet-relationele databases; niet-relationele database; bases de données nosql; base de données nosql; bases de données non relationnelles; bases de datos nosql; bases de datos no relacionales > Databases
Document Databases | bases de données orientées documents > NoSQL
PostgreSQL | postgres; postgre; postgresql database; psql; pgsql > SQL; Relational Databases
MySQL > SQL; Relational Databases
MariaDB > SQL; Relational Databases
Microsoft SQL Server | sql server; ms sql; mssql; ms sql server; ms-sql; mssql server; microsoft sql > SQL; Relational Databases
Oracle Database | oracle db; oracle rdbms; oracle 19c; oracle sql; ^oracle > SQL; Relational Databases
SQLite > SQL; Relational Databases
IBM Db2 | db2 > SQL; Relational Databases
MongoDB | mongo; mongo db > NoSQL
Apache Cassandra | cassandra > NoSQL
Couchbase > NoSQL
CouchDB | apache couchdb > NoSQL
Neo4j > NoSQL
Graph Databases | bases de données orientées graphe; bases de données graphe; graphdatenbanken; bases de datos de grafos; bases de datos orientadas a grafos > NoSQL
Elasticsearch | elastic search; elasticsearch cluster > Search Engines
OpenSearch | amazon opensearch > Search Engines
Apache Solr | solr > Search Engines
Search Engines | search engine; full-text search
ClickHouse > Data Warehousing
Snowflake | snowflake data cloud > Data Warehousing
Databricks | databricks lakehouse > Apache Spark
Data Warehousing | data warehouse; data warehouses; dwh; data warehousing; enterprise data warehouse; data-warehouse; entrepôt de données; armazém de dados; armazéns de dados; datawarehouse; datawarehousing; datawarehouses; entrepôts de données; almacenes de datos
OLAP =online-analytical-processing | online analytical processing; olap cubes; olap cube > Data Warehousing
OLTP | online transaction processing; oltp systems; oltp databases > Databases
Lambda Architecture | lambda architectures > Big Data
Kappa Architecture | kappa architectures > Big Data
Data Lake =data-lakes | data lakes; lakehouse; data lakehouse; lago de dados; lac de données; lacs de données; lago de datos; lagos de datos > Big Data
Teradata > Data Warehousing
Vertica > Data Warehousing
Apache Druid | ^druid > Data Warehousing
Trino > Big Data
^Presto | prestodb > Trino
Starburst > Trino
Big Data | big data technologies; big data platforms; big-data; large-scale data processing; données massives; mégadonnées > Data Engineering
Apache Hadoop | hadoop; hadoop ecosystem > Big Data
HDFS > Apache Hadoop
MapReduce > Apache Hadoop
Apache Spark | ^spark; pyspark; spark sql; spark streaming; apache spark streaming > Big Data
Apache Hive | ~hive; hiveql; hive sql > Apache Hadoop
Apache Pig | ~pig; pig latin > Apache Hadoop
Apache Oozie | oozie > Apache Hadoop
Apache HBase | hbase > Apache Hadoop; NoSQL
Apache Kafka | kafka; confluent kafka; ^confluent > Stream Processing; Message Queues
Kafka Connect > Apache Kafka
Apache Flink | flink > Stream Processing
Apache Beam | ~beam > Stream Processing
Apache NiFi | nifi > Data Engineering
Apache Airflow | airflow; airflow dags > Workflow Orchestration
Workflow Orchestration | orchestration platforms; data orchestration; pipeline orchestration; workflow management; orquestração de dados; orquestração de pipelines; orquestração de workflows > Data Engineering
Dagster > Workflow Orchestration
^Prefect > Workflow Orchestration
^Luigi > Workflow Orchestration
Kubeflow > MLOps; Kubernetes
Flyte | flyte pipelines > Workflow Orchestration
Stream Processing | streaming data; data streaming; real-time data processing; event streaming; stream-processing; streaming systems; messaging/stream processing; streaming pipelines; processamento de dados em tempo real; processamento em tempo real; streaming de dados; realtime dataverwerking; datastreaming; traitement de flux; traitement en temps réel; streaming de données; echtzeitdatenverarbeitung; datenstreaming; procesamiento en tiempo real; procesamiento de datos en tiempo real; streaming de datos > Data Engineering
Message Queues | message queue; message queuing; messaging systems; message brokers; message broker; messaging queues; pub-sub; event-driven messaging; cloud-based messaging; mensageria; filas de mensagens; fila de mensagens; sistemas de mensageria; files de messages; file de messages; bus de messages; colas de mensajes; cola de mensajes; sistemas de mensajería
RabbitMQ | rabbit mq > Message Queues
ActiveMQ | apache activemq > Message Queues
Apache Pulsar | ^pulsar > Message Queues
^NATS > Message Queues
Data Engineering | data engineer; data pipelines; data pipeline; pipeline de données; construction de pipelines; construction de pipelines de données; création de pipelines de données; construcción de pipelines; data processing; datenverarbeitung; ingénierie des données; engenharia de dados; pipelines de dados; pipeline de dados; processamento de dados; datapipelines; datapipeline; dataverwerking; ingénierie de données; pipelines de données; traitement des données; datenpipelines; ingeniería de datos; pipelines de datos; procesamiento de datos
Data Integration | data integrations; data integration pipelines; datenintegration; intégration de données; intégration des données; integración de datos; integração de dados; data-integratie; gegevensintegratie > Data Engineering
Data Ingestion | data ingestion pipelines; ingestion pipelines; ingestion de données; ingestão de dados; ingesta de datos > Data Engineering
Product Analytics | product analytics tools > Data Analysis
Change Data Capture | change-data-capture; cdc pipelines; captura de dados de alteração > Data Engineering
Data Mesh | data-mesh > Data Engineering
ETL | elt; etl pipelines; etl processes; extract transform load; etl/elt; etl-prozesse > Data Engineering
dbt | data build tool; dbt core; dbt cloud > ETL; SQL
Fivetran > ETL
Talend > ETL
Informatica | informatica powercenter > ETL
SSIS | sql server integration services > ETL; Microsoft SQL Server
Data Modeling | data modelling; datenmodellierung; datenmodellierungen; datenmodelle; modélisation des données; modelagem de dados; modelação de dados; modelos de dados; datamodellering; datamodelleren; datamodellen; gegevensmodellering; modélisation de données; modélisation de la donnée; modelado de datos > Databases
Dimensional Modeling | dimensional modelling; star schema; modelagem dimensional; dimensioneel modelleren; modélisation dimensionnelle; schéma en étoile; modelado dimensional > Data Modeling
Database Design | schema design; database schema design; datenbankdesign; datenbankentwurf; modelagem de banco de dados; modelagem de bancos de dados; projeto de banco de dados; design de banco de dados; databaseontwerp; conception de bases de données; conception de base de données; conception des bases de données; diseño de bases de datos; diseño de base de datos > Databases
Database Administration | dba; database administrator; datenbankadministration; administração de banco de dados; administração de bancos de dados; administração de bases de dados; databasebeheer; databasebeheerder; administration de bases de données; administration des bases de données; administrateur de bases de données; administración de bases de datos; administración de base de datos > Databases
Data Analysis | data analytics; analyzing data; analysing data; analysis of data; analyze data; analyse data; use data; data-driven decision making; datenanalyse; analyse de données; análisis de datos; análise de dados; data-analyse; use data to power decision making; análises de dados; analisar dados; análise e interpretação de dados; tomada de decisão baseada em dados; dataanalyse; data-analyses; gegevensanalyse; data analyseren; analyseren van data; analyseren van gegevens; analyse des données; analyser des données; analyse de la donnée; datenanalysen; analyse von daten; analizar datos
Data Science | data scientist; data sciences; datenwissenschaft; science des données; ciencia de datos; ciência de dados; cientista de dados; science de la donnée
Statistics | statistical analysis; statistical methods; statistik; statistiques; estadística; statistical modeling; statistical modelling; estatística; análise estatística; análises estatísticas; métodos estatísticos; modelagem estatística; statistiek; statistische analyse; statistische analyses; statistische methoden; statistische modellen; analyse statistique; analyses statistiques; méthodes statistiques; modélisation statistique; statistische analysen; statistische modellierung; análisis estadístico; métodos estadísticos; modelado estadístico
Data Visualization | data visualisation; dashboards; dashboarding; dashboard; datenvisualisierung; visualisation de données; visualização de dados; datavisualisatie; datavisualisaties; visualisatie van data; visualisation des données; tableaux de bord; visualización de datos; cuadros de mando; cuadro de mando
Business Intelligence | ^bi; bi tools; business-intelligence; bi-tools; inteligencia de negocio; inteligencia de negocios > Data Analysis
Tableau | tableau desktop; tableau server > Business Intelligence; Data Visualization
Power BI | powerbi; microsoft power bi; power-bi; ^dax > Business Intelligence; Data Visualization
Looker | lookml > Business Intelligence
Looker Studio | google data studio > Business Intelligence; Data Visualization
Qlik | qlikview; qlik sense > Business Intelligence
Metabase > Business Intelligence
Apache Superset | ^superset > Business Intelligence
^SAS | sas programming; sas enterprise guide; sas base > Statistics
SPSS | ibm spss; spss statistics > Statistics
Stata > Statistics
Data Governance | data stewardship; governança de dados; governação de dados; datagovernance; gouvernance des données; gouvernance de la donnée; gouvernance de données; gobierno de datos; gobernanza de datos; gobierno del dato
Data Catalog | catálogo de dados; catalogue de données > Data Governance
Data Lineage | linhagem de dados > Data Governance
Metadata Management | gestion des métadonnées > Data Governance
Data Quality | data validation; data cleansing; data cleaning; datenqualität; qualidade de dados; qualidade dos dados; limpeza de dados; validação de dados; datakwaliteit; gegevenskwaliteit; qualité des données; qualité de la donnée; nettoyage des données; nettoyage de données; calidad de datos; calidad de los datos; limpieza de datos
Master Data Management | mdm; stammdatenmanagement; stammdaten; dados mestres; dados mestre; gestão de dados mestres; stamgegevens; masterdata; masterdatamanagement; données de référence; gestion des données de référence; datos maestros; gestión de datos maestros > Data Governance
Data Migration | database migration; datenmigration; migration de données; migração de dados; migração de banco de dados; datamigratie; gegevensmigratie; migration des données; migración de datos > Databases
Excel Modeling | excel modelling; spreadsheet modeling; spreadsheet modelling > Microsoft Excel
A/B Testing | ab testing; a/b tests; split testing; experimentation; ab experiments; a/b experiments; testes a/b; teste a/b; a/b-testen; tests a/b; test a/b; pruebas a/b > Statistics
Web Analytics > Data Analysis
Google Analytics | ga4 > Web Analytics
Adobe Analytics > Web Analytics
Mixpanel > Web Analytics
Amplitude > Web Analytics
?Reporting | reporting tools; financial reporting tools; berichtswesen; reporting skills; saved searches; elaboração de relatórios; geração de relatórios; ?rapportages; ?rapportage
Data Mining | datamining; mineração de dados; fouille de données; minería de datos > Data Science
Pinecone > Vector Databases
Vector Databases | vector database; vector stores; vector store; bancos de dados vetoriais; banco de dados vetorial; bases de données vectorielles; vektordatenbanken; bases de datos vectoriales
Weaviate > Vector Databases
Milvus > Vector Databases
Qdrant > Vector Databases
pgvector > Vector Databases; PostgreSQL
^Chroma | chromadb > Vector Databases
Caching Databases | in-memory databases; in-memory database; bancos de dados em memória; bases de données en mémoire > Databases
`;
