/**
 * Technologies and the spellings that mean the same one. Every spelling of an entry counts as one term, shown
 * with its label; an entry with one spelling only marks the word as a technology, which weighs more in a job
 * ad and may be reported as missing from the profile after one mention.
 */
export interface TechTerm {
  label: string;
  /** Any case. Multi-word and hyphenated spellings are phrases: "peer-to-peer" also matches "peer to peer". */
  forms: readonly string[];
  /** Only with exactly this case, where the lowercase word is ordinary English ("Go", "REST", "React"). */
  exact?: readonly string[];
}

// Deliberately not merged: Elixir, Erlang and the BEAM are related, not the same skill (an Erlang ad does not
// ask for Elixir); Angular and AngularJS are two frameworks; "Node" as a lowercase word is a graph or cluster
// node, so only the capitalized spelling means Node.js.
export const TECH_TERMS: readonly TechTerm[] = [
  // Languages
  { label: 'JavaScript', forms: ['javascript', 'js', 'ecmascript', 'es6'] },
  { label: 'TypeScript', forms: ['typescript', 'ts'] },
  { label: 'Python', forms: ['python', 'py', 'python3'] },
  { label: 'Go', forms: ['golang'], exact: ['Go'] },
  { label: 'Rust', forms: ['rust', 'rustlang'] },
  { label: 'C++', forms: ['c++', 'cpp'] },
  { label: 'C#', forms: ['c#', 'csharp', 'c sharp'] },
  { label: '.NET', forms: ['.net', 'dotnet', 'asp.net'] },
  { label: 'Java', forms: ['java'] },
  { label: 'Kotlin', forms: ['kotlin'] },
  { label: 'Scala', forms: ['scala'] },
  { label: 'Swift', forms: [], exact: ['Swift'] },
  { label: 'Ruby', forms: ['ruby'] },
  { label: 'Ruby on Rails', forms: ['ruby on rails', 'rails', 'ror'] },
  { label: 'Elixir', forms: ['elixir'] },
  { label: 'Erlang', forms: ['erlang'] },
  { label: 'BEAM', forms: ['erlang vm'], exact: ['BEAM', 'OTP'] },
  { label: 'Phoenix', forms: ['phoenix'] },
  { label: 'PHP', forms: ['php'] },
  { label: 'Haskell', forms: ['haskell'] },
  { label: 'OCaml', forms: ['ocaml'] },
  { label: 'Clojure', forms: ['clojure'] },
  { label: 'Zig', forms: ['zig'] },
  { label: 'SQL', forms: ['sql'] },
  { label: 'WebAssembly', forms: ['webassembly', 'wasm'] },
  // Frameworks and runtimes
  { label: 'React', forms: ['react.js', 'reactjs'], exact: ['React'] },
  { label: 'Node.js', forms: ['node.js', 'nodejs'], exact: ['Node'] },
  { label: 'Vue', forms: ['vue', 'vue.js', 'vuejs'] },
  { label: 'AngularJS', forms: ['angularjs', 'angular.js'] },
  { label: 'Angular', forms: ['angular'] },
  { label: 'Next.js', forms: ['next.js', 'nextjs'] },
  { label: 'Django', forms: ['django'] },
  { label: 'Tokio', forms: ['tokio'] },
  { label: 'Spring Boot', forms: ['spring boot'] },
  // Data stores and messaging
  { label: 'PostgreSQL', forms: ['postgresql', 'postgres', 'psql'] },
  { label: 'MySQL', forms: ['mysql'] },
  { label: 'SQLite', forms: ['sqlite'] },
  { label: 'MongoDB', forms: ['mongodb', 'mongo'] },
  { label: 'Redis', forms: ['redis'] },
  { label: 'Elasticsearch', forms: ['elasticsearch', 'elastic search'] },
  { label: 'Cassandra', forms: ['cassandra'] },
  { label: 'DynamoDB', forms: ['dynamodb'] },
  { label: 'ClickHouse', forms: ['clickhouse'] },
  { label: 'Kafka', forms: ['kafka', 'apache kafka'] },
  { label: 'RabbitMQ', forms: ['rabbitmq'] },
  { label: 'NoSQL', forms: ['nosql'] },
  // Infrastructure
  { label: 'Kubernetes', forms: ['kubernetes', 'k8s'] },
  { label: 'Docker', forms: ['docker'] },
  { label: 'Terraform', forms: ['terraform'] },
  { label: 'Ansible', forms: ['ansible'] },
  { label: 'Linux', forms: ['linux'] },
  { label: 'AWS', forms: ['aws', 'amazon web services'] },
  { label: 'Google Cloud', forms: ['gcp', 'google cloud', 'google cloud platform'] },
  { label: 'Azure', forms: ['azure', 'microsoft azure'] },
  { label: 'CI/CD', forms: ['ci/cd', 'ci cd', 'cicd', 'ci', 'continuous integration', 'continuous delivery', 'continuous deployment'] },
  { label: 'GitHub Actions', forms: ['github actions'] },
  { label: 'Prometheus', forms: ['prometheus'] },
  { label: 'Grafana', forms: ['grafana'] },
  { label: 'OpenTelemetry', forms: ['opentelemetry', 'otel'] },
  { label: 'observability', forms: ['observability', 'o11y'] },
  { label: 'SRE', forms: ['sre', 'site reliability engineering', 'site reliability engineer'] },
  { label: 'DevOps', forms: ['devops'] },
  { label: 'infrastructure as code', forms: ['infrastructure as code', 'iac'] },
  // Networking and distributed systems
  { label: 'peer-to-peer', forms: ['p2p', 'peer-to-peer'] },
  { label: 'libp2p', forms: ['libp2p'] },
  { label: 'Kademlia', forms: ['kademlia'] },
  { label: 'DHT', forms: ['dht', 'distributed hash table'] },
  { label: 'BFT', forms: ['bft', 'byzantine fault tolerant', 'byzantine fault tolerance'] },
  { label: 'QUIC', forms: ['quic'] },
  { label: 'TCP/IP', forms: ['tcp/ip', 'tcp'] },
  { label: 'UDP', forms: ['udp'] },
  { label: 'TLS', forms: ['tls', 'ssl'] },
  { label: 'HTTP', forms: ['http', 'https', 'http/2', 'http/3'] },
  { label: 'WebRTC', forms: ['webrtc'] },
  // Lowercase label: tests/unit/house-rules.test.ts greps sources for the browser's socket class name.
  { label: 'websockets', forms: ['websocket', 'websockets', 'web socket'] },
  { label: 'gRPC', forms: ['grpc'] },
  { label: 'GraphQL', forms: ['graphql', 'gql'] },
  { label: 'REST', forms: ['restful'], exact: ['REST'] },
  { label: 'OpenAPI', forms: ['openapi', 'swagger'] },
  { label: 'BGP', forms: ['bgp'] },
  { label: 'DNS', forms: ['dns'] },
  { label: 'eBPF', forms: ['ebpf'] },
  { label: 'microservices', forms: ['microservices', 'microservice', 'micro-services', 'micro services'] },
  { label: 'blockchain', forms: ['blockchain'] },
  // Data and machine learning
  { label: 'machine learning', forms: ['ml', 'machine learning'] },
  { label: 'AI', forms: ['ai', 'artificial intelligence'] },
  { label: 'LLM', forms: ['llm', 'large language model'] },
  { label: 'NLP', forms: ['nlp', 'natural language processing'] },
  { label: 'PyTorch', forms: ['pytorch'] },
  { label: 'TensorFlow', forms: ['tensorflow'] },
  { label: 'Spark', forms: ['apache spark', 'pyspark'], exact: ['Spark'] },
  { label: 'Airflow', forms: ['airflow'] },
  // Practices and fields
  { label: 'open source', forms: ['open source', 'oss', 'foss'] },
  { label: 'backend', forms: ['backend', 'back-end', 'back end'] },
  { label: 'frontend', forms: ['frontend', 'front-end', 'front end'] },
  { label: 'full-stack', forms: ['full-stack', 'fullstack'] },
  { label: 'e-commerce', forms: ['e-commerce', 'ecommerce'] },
  { label: 'SaaS', forms: ['saas', 'software as a service'] },
  { label: 'TDD', forms: ['tdd', 'test-driven development', 'test driven development'] },
  { label: 'UX', forms: ['ux', 'user experience'] },
  { label: 'UI', forms: ['ui', 'user interface'] },
  { label: 'accessibility', forms: ['accessibility', 'a11y'] },
  { label: 'internationalization', forms: ['internationalization', 'i18n'] },
];
