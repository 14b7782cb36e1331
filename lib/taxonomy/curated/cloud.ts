// Cloud platforms and their services. Services name their platform (and Kubernetes) as parents.
export default `
@cloud
Cloud Computing | ?cloud; cloud platforms; cloud platform; cloud services; cloud technologies; cloud infrastructure; public cloud; cloud-based infrastructure; cloud environments; cloud environment; cloud-native; cloud native; cloud solutions; multi-cloud; multicloud; hybrid cloud; cloud-technologien; cloud-plattformen; cloud-umgebungen; informatique en nuage; cloud computing; computación en la nube; computação em nuvem; ?nuvem; serviços em nuvem; serviços de nuvem; plataformas de nuvem; soluções em nuvem; infraestrutura em nuvem; ambientes em nuvem; ambientes de nuvem; cloudplatformen; cloudplatform; cloudomgevingen; cloudomgeving; cloudoplossingen; cloudtechnologie; cloudtechnologieën; clouddiensten; cloudinfrastructuur; infonuagique; services cloud; environnements cloud; plateformes cloud; solutions cloud; infrastructure cloud; technologies cloud; servicios en la nube; plataformas en la nube; soluciones en la nube; infraestructura en la nube
Platform as a Service | ^paas; platform-as-a-service; plateforme en tant que service; plataforma como serviço; plataforma como servicio > Cloud Computing
Infrastructure as a Service | ^iaas; infrastructure-as-a-service; infraestrutura como serviço; infraestructura como servicio > Cloud Computing
Amazon Web Services | aws; amazon aws; amazon cloud; aws cloud; amazon web services aws > Cloud Computing
Google Cloud Platform | gcp; google cloud; google cloud platform gcp > Cloud Computing
Microsoft Azure | azure; azure cloud; ms azure; windows azure > Cloud Computing
Oracle Cloud Infrastructure | oci; oracle cloud > Cloud Computing
IBM Cloud | ibm bluemix > Cloud Computing
Alibaba Cloud | aliyun > Cloud Computing
DigitalOcean | digital ocean > Cloud Computing
Heroku > Cloud Computing
Vercel > Cloud Computing
Netlify > Cloud Computing
Cloudflare | cloudflare workers > Content Delivery Networks
OpenStack > Cloud Computing
Cloud Migration | cloud migrations; migration to the cloud; migrations to the cloud; on-premises to cloud; on-premises to cloud migrations; on-prem to cloud; cloud transformation; lift and shift; cloud-migration; migração para a nuvem; migração para nuvem; migração para cloud; cloudmigratie; migratie naar de cloud; migration vers le cloud; migration cloud; migración a la nube > Cloud Computing
Cloud Architecture | cloud architect; cloud solution architecture; cloud design; arquitetura em nuvem; arquitetura de nuvem; arquitetura cloud; cloudarchitectuur > Cloud Computing
Serverless | serverless computing; serverless architecture; faas; function as a service; computação sem servidor > Cloud Computing
Amazon EC2 | ec2; elastic compute cloud > Amazon Web Services
Amazon S3 | s3; aws s3; simple storage service > Amazon Web Services; Object Storage
AWS Lambda | ^lambda; aws lambdas; lambda functions > Amazon Web Services; Serverless
Amazon EKS | eks; aws eks; elastic kubernetes service; amazon elastic kubernetes service > Kubernetes; Amazon Web Services
Amazon ECS | ecs; aws ecs; elastic container service > Amazon Web Services; Containerization
AWS Fargate | fargate > Amazon ECS
Amazon RDS | rds; aws rds; relational database service > Amazon Web Services; Relational Databases
Amazon Aurora | ^aurora; aurora rds; aurora mysql; aurora postgresql; aws aurora > Amazon RDS
Amazon DynamoDB | dynamodb; dynamo db; aws dynamodb > Amazon Web Services; NoSQL
Amazon ElastiCache | elasticache; aws elasticache > Amazon Web Services; Caching
Amazon Redshift | redshift; aws redshift > Amazon Web Services; Data Warehousing
Amazon SQS | sqs; aws sqs; simple queue service > Amazon Web Services; Message Queues
Amazon SNS | sns; aws sns > Amazon Web Services
Amazon Kinesis | kinesis; aws kinesis > Amazon Web Services; Stream Processing
Amazon SageMaker | sagemaker; aws sagemaker > Amazon Web Services; Machine Learning
Amazon Bedrock | aws bedrock; ^bedrock > Amazon Web Services; Generative AI
AWS Glue | glue etl > Amazon Web Services; ETL
Amazon Athena | ^athena; aws athena > Amazon Web Services
Amazon EMR | emr; elastic mapreduce; aws emr > Amazon Web Services; Big Data
AWS CloudFormation | cloudformation; cfn > Amazon Web Services; Infrastructure as Code
AWS CDK | cdk; aws cloud development kit; cloud development kit > Amazon Web Services; Infrastructure as Code
AWS IAM | aws identity and access management > Amazon Web Services; IAM
Amazon VPC | aws vpc > Amazon Web Services; Networking
Amazon CloudWatch | cloudwatch; aws cloudwatch > Amazon Web Services; Monitoring
Amazon API Gateway | aws api gateway > Amazon Web Services; API Gateways
AWS Step Functions | step functions > Amazon Web Services
Amazon Route 53 | route 53; route53 > Amazon Web Services; DNS
Amazon CloudFront | cloudfront > Amazon Web Services; Content Delivery Networks
Amazon MSK | aws msk; managed streaming for kafka > Amazon Web Services; Apache Kafka
Google Kubernetes Engine | gke; google kubernetes engine gke; private gke > Kubernetes; Google Cloud Platform
BigQuery | google bigquery; big query > Google Cloud Platform; Data Warehousing
Vertex AI | vertexai; ^vertex; google vertex ai; gcp vertex ai > Google Cloud Platform; Machine Learning
AutoML | auto ml; automated machine learning; google automl > Machine Learning
Cloud SQL | google cloud sql; gcp cloud sql > Google Cloud Platform; Relational Databases
Cloud DNS | google cloud dns > Google Cloud Platform; DNS
Google Cloud Storage | gcs; cloud storage buckets > Google Cloud Platform; Object Storage
GCP Secret Manager | secret manager; google secret manager > Google Cloud Platform; Secrets Management
Artifact Registry | google artifact registry > Google Cloud Platform
VPC Service Controls | vpc-sc; vpc sc; vpc service control > Google Cloud Platform; Network Security
Google Cloud Run | cloud run > Google Cloud Platform; Serverless
Google Cloud Functions | cloud functions > Google Cloud Platform; Serverless
Google Pub/Sub | pub/sub; pubsub; cloud pub/sub; google cloud pub/sub > Google Cloud Platform; Message Queues
Google Dataflow | dataflow; cloud dataflow > Google Cloud Platform; Stream Processing
Google Dataproc | dataproc > Google Cloud Platform; Big Data
Google Cloud Composer | cloud composer; google composer > Google Cloud Platform; Apache Airflow
Firebase | firestore; firebase realtime database > Google Cloud Platform
Google Workspace | g suite; gsuite; google apps > Productivity Tools
Azure Kubernetes Service | aks; azure aks; azure kubernetes > Kubernetes; Microsoft Azure
Azure DevOps | ^ado; azure devops services; vsts; azure pipelines; azure repos > Microsoft Azure; CI/CD
Azure Functions > Microsoft Azure; Serverless
Azure Active Directory | azure ad; aad; microsoft entra id; entra id; ^entra > Microsoft Azure; IAM
Azure Data Factory | adf; data factory > Microsoft Azure; ETL
Azure Synapse Analytics | azure synapse; synapse analytics; ^synapse > Microsoft Azure; Data Warehousing
Azure SQL Database | azure sql > Microsoft Azure; Microsoft SQL Server
Azure Cosmos DB | cosmos db; cosmosdb > Microsoft Azure; NoSQL
Azure Blob Storage | blob storage > Microsoft Azure; Object Storage
Azure Machine Learning | azure ml; azureml > Microsoft Azure; Machine Learning
Azure OpenAI | azure openai service > Microsoft Azure; Large Language Models
Azure App Service | app service; azure web apps > Microsoft Azure
Azure Resource Manager | arm templates; arm template > Microsoft Azure; Infrastructure as Code
Bicep > Azure Resource Manager
Microsoft Fabric | ms fabric > Microsoft Azure; Data Engineering
Object Storage | blob store; object store; object stores; armazenamento de objetos; objectopslag; stockage objet; almacenamiento de objetos
Content Delivery Networks | cdn; cdns; content delivery network; rede de distribuição de conteúdo; redes de distribuição de conteúdo; réseau de diffusion de contenu
`;
