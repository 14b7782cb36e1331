// Machine learning, AI and MLOps.
export default `
@ml
Artificial Intelligence | ai; künstliche intelligenz; ^ki; intelligence artificielle; inteligencia artificial; inteligência artificial; kunstmatige intelligentie
Machine Learning | ml; machine-learning; machine learning algorithms; machine learning models; ml models; machine learning frameworks; maschinelles lernen; apprentissage automatique; aprendizaje automático; aprendizado de máquina; aprendizagem automática; aprendizagem de máquina; machinaal leren; apprentissage machine; modèles d'apprentissage automatique > Artificial Intelligence
Deep Learning | neural networks; neural network; deep neural networks; dnn; deep-learning; aprendizado profundo; aprendizagem profunda; redes neurais; redes neuronais; neurale netwerken; apprentissage profond; réseaux de neurones; réseaux neuronaux; neuronale netze; aprendizaje profundo; redes neuronales > Machine Learning
TensorFlow | tensor flow; tf2 > Deep Learning
TensorFlow Extended | tfx > TensorFlow
PyTorch | ^torch > Deep Learning
PyTorch Lightning > PyTorch
Keras | ~keras > Deep Learning
scikit-learn | sklearn; scikit learn; scikit; sci-kit learn > Machine Learning; Python
XGBoost > Machine Learning
Gradient Boosting > Machine Learning
LightGBM > Gradient Boosting
CatBoost > Gradient Boosting
JAX > Deep Learning
ONNX | onnx runtime > Machine Learning
MLOps | ml ops; mlops practices; machine learning operations; ml operations; ml-ops; ml engineering > Machine Learning; DevOps
MLflow | ml flow > MLOps
Weights & Biases | wandb; w&b > MLOps
Kubeflow Pipelines | kfp > Kubeflow
Model Monitoring | monitoring of model accuracy; continuous monitoring of model accuracy; model performance monitoring; ml monitoring; ml observability; model observability > MLOps
Drift Detection | model drift; data drift; concept drift; detecting data drift; drift monitoring; feature drift > Model Monitoring
Model Deployment | model serving; ml serving; deploying models; deploying machine learning models; inference serving; implantação de modelos; deploy de modelos; déploiement de modèles; mise en production de modèles; despliegue de modelos > MLOps
Feature Stores | feature store > MLOps
Feast > Feature Stores
Triton Inference Server | ^triton; nvidia triton > Model Deployment
vLLM > Model Deployment; Large Language Models
LiteLLM > Large Language Models
Opik | comet opik > MLOps
~Ray | ray serve; ray tune; anyscale > Distributed Computing
BentoML > Model Deployment
TorchServe > Model Deployment
Seldon | seldon core > Model Deployment
Natural Language Processing | nlp; natural-language processing; text mining; computational linguistics; sprachverarbeitung; processamento de linguagem natural; natuurlijke taalverwerking; traitement du langage naturel; traitement automatique du langage; traitement automatique des langues; procesamiento de lenguaje natural > Machine Learning
Computer Vision | image recognition; image processing; bildverarbeitung; vision par ordinateur; visão computacional; visão por computador; processamento de imagens; reconhecimento de imagem; computervisie; beeldverwerking; beeldherkenning; traitement d'images; traitement d'image; reconnaissance d'images; vision artificielle; maschinelles sehen; visión por computadora; visión artificial; procesamiento de imágenes; visión por computador > Machine Learning
Object Detection > Computer Vision
Large Language Models | llm; llms; large language model; gpt; foundation models; modelos de linguagem; grandes modelos de linguagem; taalmodellen; grote taalmodellen; grands modèles de langage; modèles de langage; große sprachmodelle; sprachmodelle; modelos de lenguaje; grandes modelos de lenguaje > Generative AI
Prompt Engineering | engenharia de prompt; ingénierie de prompts; ingénierie des prompts; ingeniería de prompts > Large Language Models
OpenAI API | openai > Large Language Models
ChatGPT > Large Language Models
Generative AI | genai; gen ai; generative artificial intelligence; generative models; generative ki; ia generativa; generatieve ai; ia générative; intelligence artificielle générative; inteligencia artificial generativa > Artificial Intelligence
Retrieval-Augmented Generation | ^rag; retrieval augmented generation > Large Language Models
AI Agents | agentic ai; llm agents; autonomous agents; agentes de ia; agentes autônomos; ai-agenten; agents ia; agents d'ia; agents autonomes > Large Language Models
# Working with AI as postings of 2025 on ask for it: tools, assistants, protocols, evaluation, safety.
Model Context Protocol =mcp | ^mcp; model context protocol > AI Agents
Multi-Agent Systems | multi-agent; multi-agent architectures; multi agent systems; sistemas multiagente; sistemas multiagentes; systèmes multi-agents; multi-agenten-systeme > AI Agents
Agent Orchestration | multi-agent orchestration; orchestrating agents; orchestration of ai agents; ai agent orchestration > AI Agents
Context Engineering > Large Language Models
LLM Evaluation | llm evals; llm evaluations; ai evals; ai evaluation; evaluation of llms; model evals; evals of llms > Large Language Models
AI Guardrails | llm guardrails; guardrails for llms > Large Language Models
AI Tools | ai tooling; ai-powered tools; generative ai tools; genai tools; ki-tools; ki-werkzeuge; outils d'ia; outils d'ia générative; herramientas de ia; ferramentas de ia; ai-tools > Artificial Intelligence
AI Coding Assistants | ai coding assistant; ai coding tools; ai-assisted coding; ai-assisted development; ai-assisted software development; ai pair programming; ai code assistants; coding assistants; ai-powered coding tools; ai-powered development tools > Generative AI
GitHub Copilot | microsoft copilot > AI Coding Assistants
~Cursor | cursor ide; cursor ai > AI Coding Assistants
Responsible AI | ethical ai; ai ethics; ai ethics and safety; trustworthy ai; responsible ai practices; ia responsable; ia responsável; ia ética; verantwortungsvolle ki; ki-ethik > Artificial Intelligence
AI Safety | ai alignment; alignment research; ai safety research > Artificial Intelligence
AI Governance | ai risk management; governance of ai; gouvernance de l'ia; ki-governance; gobernanza de la ia; governança de ia > Responsible AI
Semantic Search | similarity search; busca semântica; recherche sémantique; búsqueda semántica; semantische suche > Natural Language Processing
Vector Search | vector similarity search; busca vetorial; recherche vectorielle; búsqueda vectorial; vektorsuche > Semantic Search
Anthropic API =anthropic | anthropic; claude api > Large Language Models
~Gemini | google gemini; gemini api; gemini pro > Large Language Models
^LLaMA | llama 2; llama 3; llama2; llama3; meta llama > Large Language Models
~Mistral | mistral ai > Large Language Models
Ollama > Large Language Models
DSPy > Large Language Models
LangSmith > LangChain
Langfuse > LLM Evaluation
CrewAI > AI Agents
^AutoGen > AI Agents
Pydantic AI > AI Agents
Fine-Tuning | fine tuning; finetuning; ajuste fino de modelos > Large Language Models
RLHF > Fine-Tuning
^LoRA > Fine-Tuning
PEFT > Fine-Tuning
Reinforcement Learning | rl; aprendizado por reforço; aprendizagem por reforço; apprentissage par renforcement; bestärkendes lernen; aprendizaje por refuerzo > Machine Learning
Recommender Systems | recommendation systems; recommendation engines; recommender; sistemas de recomendação; aanbevelingssystemen; systèmes de recommandation; empfehlungssysteme; sistemas de recomendación > Machine Learning
Time Series Analysis | time series; time-series forecasting; forecasting models; séries temporais; análise de séries temporais; tijdreeksanalyse; tijdreeksen; séries temporelles; analyse de séries temporelles; zeitreihenanalyse; series temporales; análisis de series temporales > Statistics
Predictive Modeling | predictive modelling; predictive analytics; predictive models; modelagem preditiva; modelos preditivos; análise preditiva; voorspellende modellen; modélisation prédictive; modèles prédictifs; analyse prédictive; prädiktive modelle; prädiktive analysen; modelado predictivo; modelos predictivos; análisis predictivo > Machine Learning
Feature Engineering > Machine Learning
Model Training | training models; training machine learning models; treinamento de modelos; treino de modelos; modeltraining; entraînement de modèles; entraînement des modèles; modelltraining; entrenamiento de modelos > Machine Learning
Fraud Detection | fraud prevention; fraud detection systems; risk/fraud detection; anti-fraud; betrugserkennung; prevenção a fraudes; prevenção de fraudes; detecção de fraudes; deteção de fraude; antifraude; fraudedetectie; fraudebestrijding; fraudepreventie; détection de fraude; lutte contre la fraude; prévention de la fraude; detección de fraude; prevención del fraude; prevención de fraude > Risk Management
Anomaly Detection | outlier detection; detecção de anomalias; anomaliedetectie; détection d'anomalies; anomalieerkennung; detección de anomalías > Machine Learning
Spacy | spacy nlp > Natural Language Processing
NLTK > Natural Language Processing
Distributed Computing | distributed computing systems; parallel computing; computação distribuída; processamento distribuído; computação paralela; gedistribueerd rekenen; calcul parallèle; computación distribuida; computación paralela
High-Performance Computing | hpc; computação de alto desempenho; calcul haute performance; computación de alto rendimiento > Distributed Computing
Distributed Systems | distributed system; large-scale distributed systems; verteilte systeme; systèmes distribués; sistemas distribuidos; gedistribueerde systemen > Software Architecture
`;
