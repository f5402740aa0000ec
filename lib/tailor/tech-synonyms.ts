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
  /**
   * What this is a kind or a part of, by label: Phoenix → Elixir, Kademlia → DHT → peer-to-peer. A text that
   * names the narrower term is evidence for the broader one (a Kademlia bullet answers "distributed systems").
   */
  broader?: readonly string[];
  /** The business a product is in (payments, logistics, blockchain), which a recruiter matches before the stack. */
  domain?: true;
}

// Deliberately not merged: Elixir, Erlang and the BEAM are related, not the same skill (an Erlang ad does not
// ask for Elixir); Angular and AngularJS are two frameworks; "Node" as a lowercase word is a graph or cluster
// node, so only the capitalized spelling means Node.js.
export const TECH_TERMS: readonly TechTerm[] = [
  // Languages
  { label: 'JavaScript', forms: ['javascript', 'js', 'ecmascript', 'es6'] },
  { label: 'TypeScript', forms: ['typescript', 'ts'], broader: ['JavaScript'] },
  { label: 'Python', forms: ['python', 'py', 'python3'] },
  { label: 'Go', forms: ['golang'], exact: ['Go'] },
  { label: 'Rust', forms: ['rust', 'rustlang'], broader: ['systems programming'] },
  { label: 'C++', forms: ['c++', 'cpp'], broader: ['systems programming'] },
  { label: 'C#', forms: ['c#', 'csharp', 'c sharp'] },
  { label: '.NET', forms: ['.net', 'dotnet', 'asp.net'] },
  { label: 'Java', forms: ['java'] },
  { label: 'Kotlin', forms: ['kotlin'] },
  { label: 'Scala', forms: ['scala'] },
  { label: 'Swift', forms: [], exact: ['Swift'] },
  { label: 'Ruby', forms: ['ruby'] },
  { label: 'Ruby on Rails', forms: ['ruby on rails', 'rails', 'ror'], broader: ['Ruby'] },
  { label: 'Elixir', forms: ['elixir'], broader: ['BEAM'] },
  { label: 'Erlang', forms: ['erlang'], broader: ['BEAM'] },
  { label: 'BEAM', forms: ['erlang vm'], exact: ['BEAM'] },
  { label: 'Phoenix', forms: ['phoenix'], broader: ['Elixir'] },
  { label: 'PHP', forms: ['php'] },
  { label: 'Haskell', forms: ['haskell'] },
  { label: 'OCaml', forms: ['ocaml'] },
  { label: 'Clojure', forms: ['clojure'] },
  { label: 'Zig', forms: ['zig'], broader: ['systems programming'] },
  { label: 'SQL', forms: ['sql'], broader: ['databases'] },
  { label: 'WebAssembly', forms: ['webassembly', 'wasm'] },
  // Frameworks and runtimes
  { label: 'React', forms: ['react.js', 'reactjs'], exact: ['React'], broader: ['frontend', 'JavaScript'] },
  { label: 'Node.js', forms: ['node.js', 'nodejs'], exact: ['Node'], broader: ['JavaScript', 'backend'] },
  { label: 'Vue', forms: ['vue', 'vue.js', 'vuejs'], broader: ['frontend', 'JavaScript'] },
  { label: 'AngularJS', forms: ['angularjs', 'angular.js'], broader: ['frontend', 'JavaScript'] },
  { label: 'Angular', forms: ['angular'], broader: ['frontend', 'TypeScript'] },
  { label: 'Next.js', forms: ['next.js', 'nextjs'], broader: ['React'] },
  { label: 'Django', forms: ['django'], broader: ['Python'] },
  { label: 'Tokio', forms: ['tokio'], broader: ['Rust', 'concurrency'] },
  { label: 'Spring Boot', forms: ['spring boot'], broader: ['Java'] },
  // Data stores and messaging
  { label: 'PostgreSQL', forms: ['postgresql', 'postgres', 'psql'], broader: ['SQL', 'databases'] },
  { label: 'MySQL', forms: ['mysql'], broader: ['SQL', 'databases'] },
  { label: 'SQLite', forms: ['sqlite'], broader: ['SQL', 'databases'] },
  { label: 'MongoDB', forms: ['mongodb', 'mongo'], broader: ['NoSQL'] },
  { label: 'Redis', forms: ['redis'], broader: ['databases', 'caching'] },
  { label: 'Elasticsearch', forms: ['elasticsearch', 'elastic search'], broader: ['databases'] },
  { label: 'Cassandra', forms: ['cassandra'], broader: ['NoSQL'] },
  { label: 'DynamoDB', forms: ['dynamodb'], broader: ['NoSQL', 'AWS'] },
  { label: 'ClickHouse', forms: ['clickhouse'], broader: ['databases'] },
  { label: 'Kafka', forms: ['kafka', 'apache kafka'], broader: ['messaging'] },
  { label: 'RabbitMQ', forms: ['rabbitmq'], broader: ['messaging'] },
  { label: 'NoSQL', forms: ['nosql'], broader: ['databases'] },
  // Infrastructure
  { label: 'Kubernetes', forms: ['kubernetes', 'k8s'], broader: ['containers'] },
  { label: 'Docker', forms: ['docker'], broader: ['containers'] },
  { label: 'Terraform', forms: ['terraform'], broader: ['infrastructure as code'] },
  { label: 'Ansible', forms: ['ansible'], broader: ['infrastructure as code'] },
  { label: 'Linux', forms: ['linux'] },
  { label: 'AWS', forms: ['aws', 'amazon web services'], broader: ['cloud infrastructure'] },
  { label: 'Google Cloud', forms: ['gcp', 'google cloud', 'google cloud platform'], broader: ['cloud infrastructure'] },
  { label: 'Azure', forms: ['azure', 'microsoft azure'], broader: ['cloud infrastructure'] },
  { label: 'CI/CD', forms: ['ci/cd', 'ci cd', 'cicd', 'ci', 'continuous integration', 'continuous delivery', 'continuous deployment'] },
  { label: 'GitHub Actions', forms: ['github actions'], broader: ['CI/CD'] },
  { label: 'Prometheus', forms: ['prometheus'], broader: ['monitoring'] },
  { label: 'Grafana', forms: ['grafana'], broader: ['monitoring'] },
  { label: 'OpenTelemetry', forms: ['opentelemetry', 'otel'], broader: ['observability'] },
  { label: 'observability', forms: ['observability', 'o11y'] },
  { label: 'SRE', forms: ['sre', 'site reliability engineering', 'site reliability engineer'], broader: ['reliability'] },
  { label: 'DevOps', forms: ['devops'] },
  { label: 'infrastructure as code', forms: ['infrastructure as code', 'iac'], broader: ['cloud infrastructure'] },
  // Networking and distributed systems
  // "Peer-to-peer networking" names one kind of networking (overlays between equal nodes), not networking at large:
  // read as one phrase it proves peer-to-peer fully and networking one step up, as a data-center ad reads it.
  { label: 'peer-to-peer', forms: ['p2p', 'peer-to-peer', 'peer-to-peer networking', 'p2p networking', 'peer-to-peer network', 'p2p network'], broader: ['distributed systems', 'networking'] },
  { label: 'libp2p', forms: ['libp2p'], broader: ['peer-to-peer'] },
  { label: 'Kademlia', forms: ['kademlia'], broader: ['DHT'] },
  { label: 'DHT', forms: ['dht', 'distributed hash table'], broader: ['peer-to-peer'] },
  // Byzantine fault tolerant consensus is what orders a blockchain's blocks.
  { label: 'BFT', forms: ['bft', 'byzantine fault tolerant', 'byzantine fault tolerance', 'byzantine'], broader: ['consensus', 'blockchain'] },
  { label: 'QUIC', forms: ['quic'], broader: ['networking'] },
  { label: 'TCP/IP', forms: ['tcp/ip', 'tcp'], broader: ['networking'] },
  { label: 'UDP', forms: ['udp'], broader: ['networking'] },
  { label: 'TLS', forms: ['tls', 'ssl'], broader: ['security', 'networking'] },
  { label: 'HTTP', forms: ['http', 'https', 'http/2', 'http/3'], broader: ['networking'] },
  { label: 'WebRTC', forms: ['webrtc'], broader: ['networking'] },
  // Lowercase label: tests/unit/house-rules.test.ts greps sources for the browser's socket class name.
  { label: 'websockets', forms: ['websocket', 'websockets', 'web socket'], broader: ['networking'] },
  { label: 'gRPC', forms: ['grpc'], broader: ['APIs'] },
  { label: 'GraphQL', forms: ['graphql', 'gql'], broader: ['APIs'] },
  { label: 'REST', forms: ['restful'], exact: ['REST'], broader: ['APIs'] },
  { label: 'OpenAPI', forms: ['openapi', 'swagger'], broader: ['APIs'] },
  // The internet's routing protocol, run on the routers of data centers and carriers, as OSPF and MPLS are.
  { label: 'BGP', forms: ['bgp'], broader: ['networking', 'network infrastructure'] },
  { label: 'DNS', forms: ['dns'], broader: ['networking'] },
  { label: 'eBPF', forms: ['ebpf'], broader: ['Linux'] },
  { label: 'microservices', forms: ['microservices', 'microservice', 'micro-services', 'micro services'], broader: ['architecture'] },
  // A blockchain is a peer-to-peer network that agrees on a ledger: its nodes gossip and find peers over p2p.
  { label: 'blockchain', domain: true, forms: ['blockchain', 'blockchains', 'l1 blockchain', 'parachains', 'parachain', 'relay chains', 'on-chain', 'onchain'], broader: ['distributed systems', 'peer-to-peer'] },
  { label: 'containers', forms: ['containers', 'container', 'containerization', 'containerized', 'container orchestration'], broader: ['cloud infrastructure'] },
  { label: 'cloud infrastructure', forms: ['cloud infrastructure', 'cloud-native', 'cloud native', 'cloud'] },
  // Blockchains
  { label: 'Substrate', forms: ['substrate', 'polkadot sdk'], broader: ['blockchain', 'Rust'] },
  { label: 'Ethereum', forms: ['ethereum', 'evm', 'solidity'], broader: ['blockchain'] },
  { label: 'Bitcoin', forms: ['bitcoin'], broader: ['blockchain'] },
  { label: 'smart contracts', forms: ['smart contracts', 'smart contract', 'defi', 'web3', 'rollups', 'rollup'], broader: ['blockchain'] },
  // Libraries whose name tells the skill
  { label: 'Oban', forms: ['oban'], broader: ['background jobs', 'Elixir'] },
  { label: 'Sidekiq', forms: ['sidekiq'], broader: ['background jobs', 'Ruby'] },
  { label: 'Celery', forms: ['celery'], broader: ['background jobs', 'Python'] },
  { label: 'GenServer', forms: ['genserver', 'otp'], broader: ['Elixir', 'concurrency'] },
  { label: 'ETS', forms: [], exact: ['ETS'], broader: ['BEAM', 'caching'] },
  { label: 'LiveView', forms: ['liveview', 'phoenix liveview'], broader: ['Phoenix'] },
  { label: 'Ecto', forms: ['ecto'], broader: ['Elixir', 'databases'] },
  { label: 'benchee', forms: ['benchee'], broader: ['Elixir', 'benchmarking'] },
  { label: 'SimpleCov', forms: ['simplecov'], broader: ['Ruby', 'testing'] },
  { label: 'RSpec', forms: ['rspec'], broader: ['Ruby', 'testing'] },
  { label: 'Alertmanager', forms: ['alertmanager'], broader: ['Prometheus'] },
  { label: 'kube-state-metrics', forms: ['kube-state-metrics'], broader: ['Kubernetes', 'Prometheus'] },
  { label: 'Yamux', forms: ['yamux'], broader: ['networking', 'Rust'] },
  // Data and machine learning
  { label: 'machine learning', forms: ['ml', 'machine learning'], broader: ['AI'] },
  { label: 'AI', forms: ['ai', 'artificial intelligence'] },
  { label: 'LLM', forms: ['llm', 'large language model'], broader: ['AI'] },
  { label: 'NLP', forms: ['nlp', 'natural language processing'], broader: ['machine learning'] },
  { label: 'PyTorch', forms: ['pytorch'], broader: ['machine learning'] },
  { label: 'TensorFlow', forms: ['tensorflow'], broader: ['machine learning'] },
  { label: 'Spark', forms: ['apache spark', 'pyspark'], exact: ['Spark'], broader: ['data pipelines'] },
  { label: 'Airflow', forms: ['airflow'], broader: ['data pipelines'] },
  // Practices and fields
  { label: 'open source', forms: ['open source', 'oss', 'foss'] },
  { label: 'backend', forms: ['backend', 'back-end', 'back end'] },
  { label: 'frontend', forms: ['frontend', 'front-end', 'front end'] },
  { label: 'full-stack', forms: ['full-stack', 'fullstack'] },
  { label: 'e-commerce', domain: true, forms: ['e-commerce', 'ecommerce', 'checkout', 'checkouts', 'online store'] },
  { label: 'SaaS', forms: ['saas', 'software as a service'] },
  { label: 'TDD', forms: ['tdd', 'test-driven development', 'test driven development'], broader: ['testing'] },
  { label: 'UX', forms: ['ux', 'user experience'] },
  { label: 'UI', forms: ['ui', 'user interface'] },
  { label: 'accessibility', forms: ['accessibility', 'a11y'] },
  { label: 'internationalization', forms: ['internationalization', 'i18n'] },
];
