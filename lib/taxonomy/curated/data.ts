// Databases, data engineering, analytics and BI.
export default `
@data
Databases | database; database management; database systems; datenbanken; datenbank; bases de données; base de données; bases de datos; bancos de dados; databases
Relational Databases | relational database; rdbms; relational database management systems; sql databases; relationale datenbanken; relationalen datenbanken; relationale datenbank; relationaler datenbanken; bases de données relationnelles; bases de datos relacionales; relational > Databases; SQL
NoSQL | nosql databases; nosql database; non-relational databases; document databases; nosql-datenbanken > Databases
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
Neo4j | graph databases; graph database > NoSQL
Elasticsearch | elastic search; elasticsearch cluster > Search Engines
OpenSearch | amazon opensearch > Search Engines
Apache Solr | solr > Search Engines
Search Engines | search engine; full-text search
ClickHouse > Data Warehousing
Snowflake | snowflake data cloud > Data Warehousing
Databricks | databricks lakehouse > Apache Spark
Data Warehousing | data warehouse; data warehouses; dwh; data warehousing; enterprise data warehouse; data-warehouse; entrepôt de données
Data Lakes | data lake; lakehouse; data lakehouse > Big Data
Teradata > Data Warehousing
Vertica > Data Warehousing
Apache Druid | ^druid > Data Warehousing
Trino | ^presto; prestodb; starburst > Big Data
Big Data | big data technologies; big data platforms; big-data; large-scale data processing > Data Engineering
Apache Hadoop | hadoop; hdfs; mapreduce; hadoop ecosystem > Big Data
Apache Spark | ^spark; pyspark; spark sql; spark streaming; apache spark streaming > Big Data
Apache Hive | ~hive; hiveql; hive sql > Apache Hadoop
Apache Pig | ~pig; pig latin > Apache Hadoop
Apache Oozie | oozie > Apache Hadoop
Apache HBase | hbase > Apache Hadoop; NoSQL
Apache Kafka | kafka; confluent kafka; kafka connect; ^confluent > Stream Processing; Message Queues
Apache Flink | flink > Stream Processing
Apache Beam | ~beam > Stream Processing
Apache NiFi | nifi > Data Engineering
Apache Airflow | airflow; airflow dags; google composer > Workflow Orchestration
Workflow Orchestration | orchestration platforms; data orchestration; pipeline orchestration; workflow management > Data Engineering
Dagster > Workflow Orchestration
^Prefect > Workflow Orchestration
^Luigi > Workflow Orchestration
Kubeflow > MLOps; Kubernetes
Flyte | flyte pipelines > Workflow Orchestration
Stream Processing | streaming data; data streaming; real-time data processing; event streaming; stream-processing; streaming systems; messaging/stream processing; streaming pipelines > Data Engineering
Message Queues | message queue; message queuing; messaging systems; message brokers; message broker; messaging queues; pub-sub; event-driven messaging; cloud-based messaging
RabbitMQ | rabbit mq > Message Queues
ActiveMQ | apache activemq > Message Queues
Apache Pulsar | ^pulsar > Message Queues
^NATS > Message Queues
Data Engineering | data engineer; data pipelines; data pipeline; data processing; datenverarbeitung; ingénierie des données
ETL | elt; etl pipelines; etl processes; extract transform load; etl/elt; etl-prozesse > Data Engineering
dbt | data build tool; dbt core; dbt cloud > ETL; SQL
Fivetran > ETL
Talend > ETL
Informatica | informatica powercenter > ETL
SSIS | sql server integration services > ETL; Microsoft SQL Server
Data Modeling | data modelling; dimensional modeling; dimensional modelling; star schema; datenmodellierung; modélisation des données > Databases
Database Design | schema design; database schema design; datenbankdesign; datenbankentwurf > Databases
Database Administration | dba; database administrator; datenbankadministration > Databases
Data Analysis | data analytics; analyzing data; analysing data; analysis of data; analyze data; analyse data; use data; data-driven decision making; datenanalyse; analyse de données; análisis de datos; análise de dados; data-analyse; use data to power decision making
Data Science | data scientist; data sciences; datenwissenschaft; science des données; ciencia de datos
Statistics | statistical analysis; statistical methods; statistik; statistiques; estadística; statistical modeling; statistical modelling
Data Visualization | data visualisation; dashboards; dashboarding; dashboard; datenvisualisierung; visualisation de données
Business Intelligence | ^bi; bi tools; business-intelligence; bi-tools > Data Analysis
Tableau | tableau desktop; tableau server > Business Intelligence; Data Visualization
Power BI | powerbi; microsoft power bi; power-bi; ^dax > Business Intelligence; Data Visualization
Looker | looker studio; google data studio; lookml > Business Intelligence
Qlik | qlikview; qlik sense > Business Intelligence
Metabase > Business Intelligence
Apache Superset | ^superset > Business Intelligence
^SAS | sas programming; sas enterprise guide; sas base > Statistics
SPSS | ibm spss; spss statistics > Statistics
Stata > Statistics
Data Governance | data stewardship; data catalog; data lineage; metadata management
Data Quality | data validation; data cleansing; data cleaning; datenqualität
Master Data Management | mdm; stammdatenmanagement; stammdaten > Data Governance
Data Migration | database migration; datenmigration; migration de données > Databases
Excel Modeling | excel modelling; spreadsheet modeling; spreadsheet modelling > Microsoft Excel
A/B Testing | ab testing; a/b tests; split testing; experimentation; ab experiments; a/b experiments > Statistics
Web Analytics | google analytics; ga4; adobe analytics; mixpanel; amplitude > Data Analysis
?Reporting | reporting tools; financial reporting tools; berichtswesen; reporting skills; saved searches
Data Mining | datamining > Data Science
Pinecone > Vector Databases
Vector Databases | vector database; vector stores; vector store; weaviate; milvus; qdrant; pgvector; ^chroma; chromadb
Caching Databases | in-memory databases; in-memory database > Databases
`;
