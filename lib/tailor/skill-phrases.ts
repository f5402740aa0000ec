import type { TechTerm } from './tech-synonyms';

/**
 * Skills, practices and domains as job ads and CVs name them, in several wordings each, with what each one is a
 * kind of (`broader`, by label). Gathered from the wording of engineering postings (the corpus pages in
 * ../shared/corpus, the development descriptions) and CVs. Every entry must be a fact about the field that holds
 * for any posting ("Oban is a background job library", "a DHT is a peer-to-peer structure"), never a word picked
 * to lift one posting. Single plain words go in only where they name the skill on their own in both kinds of text
 * ("billing", "payroll"); words that say nothing without context ("help", "world", "delivery") stay out.
 */
export const SKILL_TERMS: readonly TechTerm[] = [
  // Systems and networking
  { label: 'distributed systems', forms: ['distributed systems', 'distributed system', 'distributed computing', 'decentralized systems', 'decentralised systems'] },
  { label: 'consensus', forms: ['consensus', 'consensus protocol', 'consensus algorithm', 'raft', 'paxos', 'state machine replication'], broader: ['distributed systems'] },
  { label: 'networking', forms: ['networking', 'network protocols', 'network protocol', 'network stack', 'networking stack', 'network programming', 'computer networks', 'network engineering', 'multiplexing', 'multiplexer', 'multiplexed', 'flow control', 'flow-control', 'congestion control', 'transports', 'routing protocols', 'osi model'] },
  { label: 'network infrastructure', forms: ['network infrastructure', 'data center', 'data centers', 'datacenter', 'network devices', 'network hardware', 'fiber-optic', 'fiber optic', 'routers', 'switches', 'ospf', 'mpls'], broader: ['networking'] },
  { label: 'protocol design', forms: ['protocol design', 'protocols', 'protocol', 'wire protocol', 'protocol engineering'] },
  { label: 'NAT traversal', forms: ['nat traversal', 'hole punching'], broader: ['peer-to-peer', 'networking'] },
  { label: 'systems programming', forms: ['systems programming', 'low-level', 'low level', 'systems engineer', 'systems engineering', 'operating systems', 'kernel'] },
  { label: 'concurrency', forms: ['concurrency', 'concurrent', 'parallelism', 'multithreading', 'multi-threaded', 'lock-free', 'lock free', 'async', 'asynchronous', 'atomic'] },
  { label: 'performance', forms: ['performance', 'high-performance', 'high performance', 'performant', 'optimization', 'optimisation', 'optimizing', 'profiling', 'latency', 'low latency', 'low-latency', 'throughput', 'hot path', 'hot-path', 'memory allocations', 'cpu usage', 'efficiency', 'bottlenecks', 'bottleneck', 'bottle-necks', 'bottle-neck', 'response time', 'response times', 'p95', 'p99', 'latency budget', 'page load'] },
  { label: 'benchmarking', forms: ['benchmarking', 'benchmark', 'benchmarks', 'load testing', 'loadtested', 'load tested', 'loadtest', 'load test', 'stress testing'], broader: ['performance'] },
  { label: 'caching', forms: ['caching', 'cache', 'caches', 'cdn'], broader: ['performance'] },
  { label: 'scalability', forms: ['scalability', 'scalable', 'scaling', 'at scale', 'large-scale', 'large scale', 'high-volume', 'high volume', 'high-throughput', 'high throughput', 'high traffic', 'high-traffic', 'traffic', 'requests per second', 'rps', 'qps', 'millions of requests'] },
  { label: 'reliability', forms: ['reliability', 'reliable', 'fault tolerance', 'fault-tolerant', 'fault tolerant', 'high availability', 'resilience', 'resilient', 'robust', 'robustness', 'uptime', 'slo', 'slos', 'sla', 'slas', 'error budgets'] },
  { label: 'incident response', forms: ['incident response', 'incident management', 'incidents', 'incident', 'on-call', 'on call', 'post-mortems', 'post-mortem', 'postmortems', 'postmortem', 'root cause analysis', 'production failures', 'outages', 'production issues'], broader: ['reliability'] },
  { label: 'monitoring', forms: ['monitoring', 'monitor', 'metrics', 'metric', 'alerting', 'telemetry', 'instrumentation', 'instrumenting', 'tracing', 'error tracking', 'dashboards', 'time series', 'time-series', 'tsdb'], broader: ['observability'] },
  // Data, storage, messaging
  { label: 'databases', forms: ['databases', 'database', 'data modeling', 'data modelling', 'database design', 'schema design', 'query performance', 'storage engine', 'storage systems', 'storage system', 'data storage'] },
  { label: 'messaging', forms: ['message brokers', 'message broker', 'message queues', 'message queue', 'pub/sub', 'pubsub', 'event streaming', 'event-driven', 'event driven', 'queues', 'queueing', 'queuing', 'sqs'] },
  { label: 'background jobs', forms: ['background jobs', 'background job', 'background processing', 'job queue', 'job queues', 'job processing', 'asynchronous processing', 'async processing', 'async jobs'], broader: ['messaging'] },
  { label: 'data pipelines', forms: ['data pipelines', 'data pipeline', 'data collection pipeline', 'etl', 'data engineering', 'data processing', 'stream processing'] },
  // Architecture and interfaces
  { label: 'architecture', forms: ['architecture', 'architectural', 'architected', 'architecting', 'software architecture', 'system design', 'systems design', 'technical design', 'design reviews', 'design review', 'design docs', 'design doc', 'design documents', 'design proposals', 'technical proposals', 'proposals', 'tech specs', 'tech spec', 'technical specs', 'spec reviews', 'design patterns', 'rfc', 'rfcs', 'monolith', 'monoliths', 'service-oriented'] },
  { label: 'APIs', forms: ['api', 'apis', 'api design', 'web services', 'public apis', 'sdk', 'sdks'] },
  { label: 'integrations', forms: ['integrations', 'third-party integrations', 'partner integrations', 'external partners', 'bank integration', 'bank integrations'] },
  { label: 'testing', forms: ['testing', 'automated testing', 'test automation', 'unit tests', 'integration tests', 'test coverage', 'code coverage', 'quality assurance', 'test suites', 'testing infrastructure'] },
  { label: 'security', forms: ['security', 'cryptography', 'cryptographic', 'encryption', 'authentication', 'handshakes', 'handshake', 'zero-knowledge', 'zk'] },
  { label: 'compliance', forms: ['compliance', 'regulatory', 'auditable', 'audit', 'audits', 'pci', 'pci dss', 'pci-dss', 'kyc', 'aml', 'sox'] },
  { label: 'research', forms: ['research', 'research paper', 'research papers', 'whitepaper', 'whitepapers', 'specification', 'specifications', 'formal methods'] },
  // Domains
  { label: 'fintech', domain: true, forms: ['fintech', 'financial services', 'financial systems', 'financial processing', 'financial', 'banking', 'ledger', 'ledgers', 'reconciliation', 'accounting', 'money movement'] },
  { label: 'payments', domain: true, forms: ['payments', 'payment', 'payment processing', 'payment processors', 'payment providers', 'payment gateways', 'payment gateway', 'payment rails', 'direct debit', 'ach', 'sepa', 'card issuing', 'card processing', 'pain xml', 'psp'], broader: ['fintech'] },
  { label: 'billing', domain: true, forms: ['billing', 'invoicing', 'invoices', 'invoice', 'subscriptions'], broader: ['payments'] },
  { label: 'payroll', domain: true, forms: ['payroll'], broader: ['payments', 'HR tech'] },
  { label: 'HR tech', domain: true, forms: ['hr tech', 'hr-tech', 'hris', 'human resources', 'workforce management', 'workforce platform'] },
  { label: 'logistics', domain: true, forms: ['logistics', 'shipments', 'shipment', 'fleet management', 'last-mile', 'last mile', 'route planning', 'dispatch', 'trucking', 'freight', 'supply chain'] },
  { label: 'advertising', domain: true, forms: ['advertising', 'advertisement', 'adtech', 'ad tech', 'programmatic', 'digital out of home', 'dooh'] },
  { label: 'developer tools', forms: ['developer tools', 'developer tooling', 'developer experience', 'devex', 'tooling', 'build systems'] },
  // Ways of working that seniority asks for
  { label: 'leadership', forms: ['leadership', 'technical leadership', 'tech lead', 'technical lead', 'team lead', 'engineering lead', 'lead', 'leading', 'led', 'co-lead', 'spearheaded', 'drive', 'drove', 'champion'] },
  // Owning a system or an outcome end to end: what senior ads ask as "ownership" or "accountability".
  { label: 'ownership', forms: ['ownership', 'took ownership', 'end-to-end ownership', 'accountability', 'accountable', 'owning', 'owned', 'full ownership'], broader: ['leadership'] },
  // Leading people, not only work: a lead who manages, a head of engineering, a CTO.
  { label: 'engineering management', forms: ['engineering management', 'team management', 'people management', 'managing teams', 'managing engineers', 'engineering manager', 'engineering managers', 'head of engineering', 'vp of engineering', 'vp engineering', 'cto', 'interim-cto', 'interim cto', 'direct reports', 'product department', 'engineering department'], broader: ['leadership'] },
  // The senior individual-contributor levels: a principal ad's "experience as a principal engineer" is answered by
  // a staff engineer's record, as the ladders of most companies put the two side by side.
  { label: 'staff-level engineering', forms: ['staff engineer', 'senior staff engineer', 'staff software engineer', 'principal engineer', 'principal software engineer', 'distinguished engineer', 'staff-level', 'staff level', 'principal-level', 'principal level', 'most senior', 'staff+'], broader: ['leadership'] },
  { label: 'mentoring', forms: ['mentoring', 'mentor', 'mentored', 'mentors', 'mentorship', 'coaching', 'coach', 'coached', 'pairing', 'workshops', 'grow engineers', 'guiding', 'guided', 'knowledge sharing', 'junior engineers', 'junior developers', 'juniors'], broader: ['leadership'] },
  { label: 'hiring', forms: ['hiring', 'interviewing', 'interviews', 'interviewed', 'technical interviews', 'hiring manager', 'recruiting'], broader: ['leadership'] },
  { label: 'cross-team collaboration', forms: ['cross-team', 'cross team', 'cross-functional', 'cross functional', 'stakeholders', 'stakeholder', 'cross-org', 'company-wide', 'company wide', 'org-wide', 'organization-wide', 'organisation-wide', 'across teams', 'influence', 'influencing', 'alignment', 'aligning', 'align'], broader: ['leadership'] },
  { label: 'technical strategy', forms: ['technical strategy', 'technical direction', 'technical vision', 'roadmap', 'roadmaps', 'long-term', 'long term'], broader: ['leadership'] },
  { label: 'engineering practices', forms: ['best practices', 'engineering practices', 'coding practices', 'coding standards', 'code quality', 'development practices', 'branching model', 'branching strategy', 'standardization', 'engineering standards', 'standards', 'code review', 'code reviews', 'pull request reviews', 'process improvements', 'engineering process', 'retrospectives', 'agile', 'scrum'] },
  { label: 'public speaking', forms: ['talks', 'talk', 'conference talks', 'conferences', 'conference', 'keynote', 'keynoted', 'speaker', 'presenting', 'public speaking', 'meetup'] },
];

/**
 * Everyday phrases that contain a skill's word without meaning the skill: "leading to 100x more checkouts" is a
 * result, not leadership; "industry-leading" is praise. Read as plain words, never as the skill.
 */
export const PLAIN_PHRASES: readonly string[] = [
  'leading to',
  'led to',
  'leads to',
  'lead to',
  'industry leading',
  'industry-leading',
  'market leading',
  'market-leading',
  'world leading',
  'world-leading',
  'leading edge',
  'leading-edge',
  'lead time',
  'lead times',
];
