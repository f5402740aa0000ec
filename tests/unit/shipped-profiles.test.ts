// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../lib/profile/profile-schema';

// The two seed CVs the shipped profiles are transcribed from, copied verbatim from /work/shared/seeds (a clean
// clone has no /work/shared). The last test compares this copy with the originals whenever they are present.
const SEED_DIR = new URL('../../../shared/seeds/', import.meta.url);
const SEED_000_FILE = '000_21240c663aa7d3e0.txt';
const SEED_001_FILE = '001_7fcd5772f5554ab9.txt';
const SEED_000 = `Software Engineer at Protocol Labs

March 2021 - December 2023

Co-lead of the open source peer-to-peer networking library libp2p and technical lead of its Rust implementation with 3 direct reports and >200 external contributors.

Design, specification and implementation of network protocols. E.g. decentralized hole punching without the reliance on central infrastructure, a distributed hash table based on the Kademlia research paper and security handshakes and multiplexing on top of various web protocols.

Special focus on performance. E.g. the introduction of an automated continuous benchmark setup cross networks, transports and implementations as well as multiplexer receive window auto-tuning based on bandwidth-delay-product.

Facilitate networking track at conferences (e.g. FOSDEM 2022 and libp2p day 2022) and give >10 peer-to-peer related talks.

Hiring manager for the libp2p team and beyond with ~50 technical interviews.

Software Engineer at Parity

July 2019 - February 2021

Maintaining Rust peer-to-peer networking library libp2p and its usage within the Blockchain framework Substrate. Worked on networking stack of the byzantine fault tolerant consensus protocol. Filling role of hiring manager for team building automated testing infrastructure. Shepherding (Prometheus) monitoring across the company.

Freelance Network Engineer at SpaceNet AG

June 2019

Work on multiplexed fiber-optic setup and server migration. Wrote Prometheus exporter to monitor data center power modules via Modbus. Gained insight into BGP infrastructure.

Senior Software Engineer at CoreOS / RedHat

January 2017 - May 2019

Systems engineer working on the open source monitoring project Prometheus and its integration with the Kubernetes ecosystem to monitor cloud-native Linux container infrastructures. Designing and implementing distributed systems on top of Linux and Kubernetes orchestrator. Presenting open source work at various IT conferences and champion the Prometheus project as a core maintainer.

Software Engineer at Innoscale

August 2014 - December 2016

Development of a master data management web application. Involved as a back and front end JavaScript engineer. Spearheaded the introduction of a full stack JavaScript testing environment including a continuous integration pipeline to improve code quality and detect errors early. Coordinated and implemented the transformation of the UI to ReactJS reducing side effects and code reusability with a component based approach. Providing company wide ReactJS workshops to accelerate the transition.

Software Engineer / Sales Engineer at Contelligence

February - July 2014

Concept creation, development and sales of a Microsoft Office Add-on to support compliance processes for the enterprise document management in the finance sector. Responsible for the application software testing. Introduction of a new human ressource management framework.

Associate System Support Analyst at DHL IT-Services

July - September 2013

Working in the IBM AS400 and Linux operation team. Development of graphical visualization tool to analyse the operation alert system of the IBM infrastructure. Creating regular server security reports. Management of a database for internal license management.

System Administrator at Heuft Systemtechnik

October - November 2009

Supporting the internal IT department in hardware maintanance, network architecture and software distribution.

Projects & Achievements

  • Implement receive window auto-tuning (flow-control) in Rust Yamux multiplexer implementation based on bandwidth-delay-product, moving peak throughput from ~30 Mbit/s to 1.3 Gbit/s (2023-11-23). In addition improve flow-control strategy measuring an additioanl performance increase of 25% in the wild (2021-02-11).

  • Creator and maintainer of official Prometheus Rust client library (2022-01-16).

  • Design decentralized hole punching without the reliance on central infrastructure (paper) and add implementation in rust-libp2p (2022-02-09).

  • Optimize metric encoding in community Prometheus Rust client library drastically reducing memory allocations in hot-path (2020-07-19).

  • Port partially lock-free Prometheus histogram implementation to the community Prometheus Rust client library making histogram observe calls atomic across collect calls (2020-07-14).

  • Implement lookups over disjoint paths based on the extension research paper S/Kademlia in the Rust libp2p Kademlia implementation. See as well libp2p forum post including a summary and benchmarks. (2020-06-19)

  • Kubernetes kube-state-metrics performance optimization dividing CPU usage by a factor of 6 and memory and response time by a factor of 3 through introducing an intelligent Prometheus metric cache in the code hot path and optimizing memory allocations during response generation (2019-01-11).

  • Design, specification and implementation of a new API (v2) for Prometheus Alertmanager, generated via OpenAPI (2018-09-04).

  • Initiate and organize distributed systems book club covering distributed and decentralized systems research and their real-world applications in >35 sessions (2018-08-17).

Volunteer Work

  • Tutor and Mentor for Refugee Family | 2018 - 2022

    Tutoring Math, Physics, English and German. Mentoring and assisting with authorities.

  • Prometheus Core Member | 2017 - 2020 and 2022 - Now

    Member of the upstream core team of the open source monitoring tool Prometheus, developing and maintaining source code, representing the project at tech-conferences and helping adoption in user communities.

  • Informationsdienst Umweltrecht e.V. | 2015 - 2021

    Administrator for the non-profit Informationsdienst Umweltrecht e.V. for their online presence.

  • (Certified) Ski Instructor | 2017 - Now

  • Student Council | 2013 -2016

    Member of the Fachschaft WiWi student council, helping students of the faculty in their day-to-day student life, taking the role of the Website Administrator.

  • Math, Physics and English Tutor | 2010 - 2013


Bachelor at WWU Münster | 2013 – 2016

Bachelor of Applied Science (B.A.Sc.) in Information systems at the Westfälische Wilhelms-Universität Münster, combining computer science and business administration with a special focus on enterprise applications and architectures. Specialization during bachelor thesis on conception of datastructure dialects and development of an application for metadata management.

Exchange Semester at UIA Kristiansand | 2015

Participation in the bachelor and master program Information Systems at Universitetet i Agder with the courses Open Source, development of a mobile lecture support application, Hands-on-eBusiness for Entrepreneurs, development of a both mobile and desktop web shop, IT and Management, operational and strategic management of enterprise information technology, and Consumer Behaviour, analysis and prediction of psychological, social and cultural factors that affect consumer behaviour.

Abitur at Amos Comenius Gymnasium Bonn | 2004 - 2013

Exchange year at Lugoff-Elgin High School SC USA | 2010 - 2011


  • German (Mothertongue)
  • English (Business fluent)`;
const SEED_001 = `Staff Software Engineer focused on building fast, reliable and easy to reason about systems in complex, high-stakes domains. Across startups and scaling unicorns, I have combined strong product thinking, effective collaboration and deep systems expertise in Elixir, Ruby and SQL to help teams deliver quickly while maintaining long-term sustainability.
I improve how teams build software by removing obstacles, fostering a culture of collaboration and filling the gaps. I increase team effectiveness through mentoring, tooling, system design and clear communication. I collaborate closely with engineers and product to build systems that are both technically sound and address user needs.
I'm an active contributor to the developer community through conference talks, writing and open source work.
Key Contributions
- Created benchee, shaping how performance benchmarking is done across the BEAM ecosystem (1.5k+ stars on GitHub, ~10M downloads)
- Built a high-performance proxy serving ~84M requests/day (~2000 RPS) on a single 4-core node with a strict 100ms latency budget enabling a new business use case
- Senior Staff Engineer collaborating with ~100 engineers during hyper-growth at Remote through architecture guidance and cross-team leadership
- Keynote speaker at Code BEAM EU with the talk "Going Staff"
- Led incident response & analysis for critical payroll, financial and logistics systems
Together.ai
(~250 employees)
07/2025 — now
Improving a critical central service (Elixir, PostgreSQL) focused on identity & collaboration while maintaining various clients (TypeScript, Go, Python), helping the company move to an improved model.
- Took ownership of a critical backend service within weeks, formalized architecture & API design, reducing reliance on tribal knowledge while improving the effectiveness of AI agents
- Led cross-team Blocking & Banning initiative, aligning product and engineering, clarifying system dependencies to help us remove a call to Redis from a critical path & allow new usage patterns
- Improved reliability and observability by integrating gRPC error tracking, adding missing integration tests to critical paths, correcting metric inaccuracies & improving performance - now we know our P95 response time is sub millisecond
Screenverse
(~40 employees)
06/2024 — 06/2025
Worked in programmatic digital out of home advertisement using Elixir to ship performant & reliable software.
- Designed & implemented a high-performance caching proxy with a strict 100ms end-to-end latency budget handling ~84M requests/day (~2000 RPS peak) on a single 4-core node using Elixir, GenServer, ETS & Plug
- Used Rust to efficiently parse & transform XML responses as well as adding Redis as more permanent cache to support follow-up requests with a longer lifetime
- Contributed improvements to libraries across our networking stack (Req, finch, mint)
- Pushed initiatives like developer learning, standardization, test coverage & reducing error fatigue
Remote
(~150 → 1100 employees)
04/2021 — 10/2023
Worked on a big Elixir & Phoenix monolith in HR-tech with a focus on the payments domain, automating processes to ensure safe, quick & reliable payments of millions while improving processes and technology company wide.
- Acted as the most senior engineering individual for long periods during hyper growth, advising teams, reviewing designs, facilitating cross-team decisions & intervening in high-risk changes and situations
- Drove company-wide engineering process improvements (RFC process, branching model)
- Introduced Background Job System (Oban) to guarantee reliable asynchronous processing in a large Phoenix monolith
- Prevented high-risk architectural coupling by redirecting a planned job board feature out of the HRIS monolith into a separate service after system interaction analysis
- Architected & Implemented features to help our payments efficiency and product offering: adding more payment providers, automatic invoice payments, bank integration via PAIN XML to automate payments, enable direct debit for huge sums & allowing non local currencies
- Led incident response for multiple production failures involving payroll and financial processing, coordinating mitigation and post-mortems
- Advocated for hiring non Elixir engineers, set up a training camp and mentored to help them succeed
- Participated in more than 100 interviews during hyper-growth, trained others on interviewing and code challenge reviewing
Shopify
(~8000 employees)
08/2020 — 03/2021
Engineering Lead for a team working in Ruby on Rails on topics ranging from local market adaptation, to legal and delivery promise in the e-commerce field.
- Identified systemic issues in team structure, knowledge sharing and domain ownership during rapid organizational changes, providing detailed analysis and recommendations adopted by leadership
- Implemented performance improvements in SimpleCov to support large-scale parallel CI workloads
Self-employed
08/2019 — 07/2020
Consulting, Teaching and Development.
- Helped a company develop their first Elixir project, introducing the technology to the team
- Loadtested a Rails ecommerce system leading to 100x more concurrent checkouts with fewer servers
- Worked on a complex microservice metrics visualization application in Ruby & NodeJS
- Open Source work on the code coverage tool SimpleCov sponsored by Ruby Together
- Consulted on the design, architecture & implementation of an open source project, including implementation
Liefery
(~50 → 150 employees)
01/2017 — 02/2019
Led a product department of 15 together with the CTO, handling the day-to-day needs of the team. Built and maintained applications to track shipments, plan tours and manage all required logistics data in Ruby on Rails, Elixir and Phoenix as well as JavaScript (AngularJS, React).
- Helped, mentored & guided colleagues through 1:1s, pairing sessions, pull request reviews and knowledge sharing sessions
- Ran retrospective and iteration meetings, continuously adapting and improving processes
- Architected and designed features with the squads
- Served as interim-CTO during a sabbatical
- Monitored application performance and fixed performance problems
- Screened and interviewed candidates
- Gathered issues from operations and partners to define and triage solutions
- Ran integration projects with customers to onboard them as quickly as possible
bitcrowd
(~10 employees)
01/2015 — 10/2016
Built various applications with Ruby on Rails, AngularJS & React in an agency setting, prioritizing customer collaboration and delivery. Introduced practices such as retrospectives, Continuous Integration and mentored juniors.
Self-employed
05/2013 — 09/2018
Occasional projects related to teaching programming, such as an introductory course to Ruby on Rails at Humboldt-University Berlin.
Open Source
08/2011 — current
Long-time open source contributor, maintainer and creator of widely used developer tools with significant ecosystem impact.
- Created benchee, a powerful and extensible benchmarking library widely used in the BEAM ecosystem (1.5k+ GitHub stars, ~10M downloads) for statistically robust benchmarking, used by Elixir-core among others
- Maintained simplecov, a widely used code coverage library (450M+ downloads)
- Maintained Shoes, an easy to use GUI toolkit written in JRuby (also part of Google Summer of Code)
Community & Conferences
05/2012 — current
I've been an active member of the programming community for more than a decade. I have spoken at conferences such as Øredev, Lambdadays, Polyconf and Full Stack Fest.
- In 2024 I keynoted Code BEAM EU with "Going Staff"
- My talks cover a wide range, from Benchmarking to "Functioning Among Humans"
- I've been the main organizer of the Ruby User Group Berlin since 2012, a monthly meetup with between 20 and 120 attendees
- Long-time Rails Girls coach, giving introductions as well as mentoring a group from learning to program all the way through being senior engineers
- Head organizer JRubyConf 2015 & organizer eurucamp 2015, was a member of the program committee of GOTO Berlin 2014
- Co-created the Berlin Code of Conduct to ensure and promote a safe environment
Hasso Plattner Institute / Blekinge Institute of Technology (Erasmus)
2008 — 2014
Final grade: 1.2 (A), Specialization in Software Architecture, Internet Security, agile & globally distributed software development.
Languages & Frameworks
- Elixir & Phoenix
- Ruby & Rails
- SQL & PostgreSQL
- JavaScript & TypeScript
Systems Engineering
- High-throughput backend systems
- Performance benchmarking & profiling
- Observability & Reliability
- Distributed Systems
Architecture
- API Design (REST / gRPC)
- Monoliths and Microservices
- Domain modeling & Database Design
Leadership
- Staff-level technical leadership
- Incident response & post-mortems
- Async work, scaling organizations & processes
- Hiring & Mentoring`;

const rawProfile = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../profiles/${name}.json`, import.meta.url), 'utf8'));
const rust = profileSchema.parse(rawProfile('rust-p2p-networking'));
const elixir = profileSchema.parse(rawProfile('elixir-staff-engineer'));

/** Every string anywhere inside a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** Sentences of a paragraph: split after . ! ? before a capital, but not after "e.g." / "E.g.". */
const sentences = (paragraph: string) => paragraph.trim().split(/(?<=[.!?])(?<![Ee]\.g\.)\s+(?=[A-Z])/);

// ---------- seed 000: "<Title> at <Company>", a date line, description paragraphs; then • lists ----------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const M = MONTHS.join('|');
const DATE_000 = new RegExp(`^(${M})(?: (\\d{4}))?(?: - (${M}) (\\d{4}))?$`);
const month = (name: string, year: string) => `${year}-${String(MONTHS.indexOf(name) + 1).padStart(2, '0')}`;

const lines0 = SEED_000.split('\n').map((l) => l.trim()).filter(Boolean);
const projectsAt = lines0.indexOf('Projects & Achievements');
const volunteerAt = lines0.indexOf('Volunteer Work');
const headers0 = lines0.flatMap((line, i) => (line.includes(' at ') && DATE_000.test(lines0[i + 1] ?? '') ? [i] : []));
const positions0 = headers0.map((at, k) => {
  const [title, company] = lines0[at]!.split(' at ') as [string, string];
  const [, m1, y1, m2, y2] = DATE_000.exec(lines0[at + 1]!)!;
  const start = month(m1!, (y1 ?? y2)!);
  return {
    title,
    company,
    start,
    end: m2 ? month(m2, y2!) : start,
    paragraphs: lines0.slice(at + 2, headers0[k + 1] ?? projectsAt),
  };
});
const isBullet = (l: string) => l.startsWith('•');
const unbullet = (l: string) => l.replace(/^•\s*/, '');
const projectItems0 = lines0.slice(projectsAt + 1, volunteerAt).map(unbullet);
const afterVolunteer = lines0.slice(volunteerAt + 1);
const educationHeaders0 = afterVolunteer.filter((l) => !isBullet(l) && / \| \d{4}/.test(l));
const firstEducation = afterVolunteer.indexOf(educationHeaders0[0]!);
const lastEducation = afterVolunteer.indexOf(educationHeaders0.at(-1)!);
const volunteerLines0 = afterVolunteer.slice(0, firstEducation);
const volunteerItems0 = volunteerLines0.flatMap((l, i) =>
  isBullet(l) ? [{ head: unbullet(l), text: volunteerLines0[i + 1] && !isBullet(volunteerLines0[i + 1]!) ? volunteerLines0[i + 1]! : '' }] : [],
);
const educationItems0 = educationHeaders0.map((head) => {
  const next = afterVolunteer[afterVolunteer.indexOf(head) + 1] ?? '';
  return { head, text: / \| \d{4}/.test(next) || isBullet(next) ? '' : next };
});
const languageLines0 = afterVolunteer.slice(lastEducation + 1).filter(isBullet).map(unbullet);

// ---------- seed 001: intro, Key Contributions, blocks with "MM/YYYY — …" date lines, education, skill groups ----------
const lines1 = SEED_001.split('\n');
const keyAt = lines1.indexOf('Key Contributions');
const intro1 = lines1.slice(0, keyAt);
const keyContributions1 = lines1.slice(keyAt + 1).filter((_, i, rest) => rest.slice(0, i + 1).every((l) => l.startsWith('- '))).map((l) => l.slice(2));
const DATE_001 = /^(\d{2})\/(\d{4}) — (?:(\d{2})\/(\d{4})|now|current)$/;
const educationAt1 = lines1.findIndex((l, i) => /^\d{4} — \d{4}$/.test(lines1[i + 1] ?? ''));
const dateLines1 = lines1.flatMap((l, i) => (DATE_001.test(l) ? [i] : []));
const blockStart = (dateAt: number) => (lines1[dateAt - 1]!.startsWith('(~') ? dateAt - 2 : dateAt - 1);
const blocks1 = dateLines1.map((at, k) => {
  const [, m1, y1, m2, y2] = DATE_001.exec(lines1[at]!)!;
  const body = lines1.slice(at + 1, k + 1 < dateLines1.length ? blockStart(dateLines1[k + 1]!) : educationAt1);
  return {
    company: lines1[blockStart(at)]!,
    size: lines1[at - 1]!.startsWith('(~') ? lines1[at - 1]!.slice(1, -1) : '',
    start: `${y1}-${m1}`,
    end: y2 ? `${y2}-${m2}` : undefined,
    paragraphs: body.filter((l) => !l.startsWith('- ')),
    bullets: body.filter((l) => l.startsWith('- ')).map((l) => l.slice(2)),
    text: lines1.slice(blockStart(at), at + 1 + body.length).join('\n'),
  };
});
// Judgment call: "Open Source" and "Community & Conferences" are not employment, so they are `volunteering` entries
// whose summary is the paragraph, a blank line, then the block's "- " lines verbatim; every other block is `work`.
const NOT_POSITIONS = ['Open Source', 'Community & Conferences'];
const positions1 = blocks1.filter((b) => !NOT_POSITIONS.includes(b.company));
const volunteering1 = blocks1.filter((b) => NOT_POSITIONS.includes(b.company));
const skillGroups1 = lines1.slice(educationAt1 + 3).reduce<{ group: string; items: string[] }[]>((groups, l) => {
  if (l.startsWith('- ')) groups.at(-1)!.items.push(l.slice(2));
  else if (l) groups.push({ group: l, items: [] });
  return groups;
}, []);
const dashLines1 = lines1.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));

describe('seed parsing (guards the expectations below against a parser that finds nothing)', () => {
  it('finds what the seeds hold', () => {
    expect([positions0.length, projectItems0.length, volunteerItems0.length, educationItems0.length, languageLines0.length]).toEqual([8, 9, 6, 4, 2]);
    expect(positions0.flatMap((p) => p.paragraphs.flatMap(sentences))).toHaveLength(30);
    expect([blocks1.length, positions1.length, volunteering1.length, keyContributions1.length, skillGroups1.length]).toEqual([10, 8, 2, 5, 4]);
    expect(positions1.flatMap((b) => b.bullets)).toHaveLength(30);
    expect(dashLines1).toHaveLength(5 + 30 + 9 + 15);
  });
});

describe.each([
  ['rust-p2p-networking', 'Rust · P2P networking · Prometheus', rust],
  ['elixir-staff-engineer', 'Elixir · Staff engineer', elixir],
] as const)('shipped profile %s', (id, label, profile) => {
  it('is a valid schema-version-1 profile with its id and label', () => {
    const raw = rawProfile(id);
    expect(() => profileSchema.parse(raw)).not.toThrow();
    expect(profile).toMatchObject({ schemaVersion: 1, id, label });
  });

  it('invents no contact details: identity, location and links are empty, and no address, URL or phone anywhere', () => {
    const { firstName, lastName, preferredName, pronouns, email, phone, location } = profile.identity;
    expect({ firstName, lastName, preferredName, pronouns, email, phone }).toEqual({ firstName: '', lastName: '', preferredName: '', pronouns: '', email: '', phone: '' });
    expect(location).toEqual({ city: '', region: '', postalCode: '', country: '' });
    expect(profile.links).toEqual({ linkedin: '', github: '', website: '', portfolio: '', twitter: '', others: [] });
    for (const s of strings(profile)) {
      expect(s).not.toMatch(/\S@\S+\.\w|https?:\/\/|www\./);
      expect(s.replace(/\b\d{4}(-\d{2}){0,2}\b/g, '')).not.toMatch(/\+?\d[\d\s().-]{8,}\d/); // dates aside
    }
    expect(profile.projects.every((p) => p.url === '')).toBe(true);
    expect(profile.work.every((w) => w.location === '')).toBe(true);
  });

  it('leaves answers, self-identification, documents and the answer bank at their defaults', () => {
    const defaults = profileSchema.parse({ schemaVersion: 1, id, label });
    expect(profile.answers).toEqual(defaults.answers);
    expect(profile.selfIdentification).toEqual(defaults.selfIdentification);
    expect(profile.documents).toEqual(defaults.documents);
    expect(profile.answerBank).toEqual([]);
  });
});

describe('rust-p2p-networking from seed 000', () => {
  it('has one position per "<Title> at <Company>" + date line, with title, company and partial dates', () => {
    expect(rust.work).toHaveLength(positions0.length);
    rust.work.forEach((w, i) => {
      const p = positions0[i]!;
      expect({ title: w.title, company: w.company, start: w.start, end: w.end, current: w.current }).toEqual({
        title: p.title,
        company: p.company,
        start: p.start,
        end: p.end,
        current: false,
      });
    });
    expect(rust.work.map((w) => [w.start, w.end])).toContainEqual(['2019-06', '2019-06']);
    expect(rust.work.map((w) => [w.start, w.end])).toContainEqual(['2014-02', '2014-07']);
  });

  it('turns every sentence of each description into one verbatim bullet of that position, in order', () => {
    rust.work.forEach((w, i) => {
      const expected = positions0[i]!.paragraphs.flatMap(sentences);
      for (const sentence of expected) expect(w.bullets).toContain(sentence);
      expect(w.bullets).toEqual(expected);
    });
    expect(rust.work.flatMap((w) => w.bullets)).toHaveLength(positions0.flatMap((p) => p.paragraphs.flatMap(sentences)).length);
  });

  it('names only technologies the position itself names', () => {
    rust.work.forEach((w, i) => {
      const text = [`${positions0[i]!.title} at ${positions0[i]!.company}`, ...positions0[i]!.paragraphs].join('\n');
      for (const t of w.technologies) expect(text).toContain(t);
    });
  });

  it('keeps every project item verbatim with the date the item gives first', () => {
    expect(rust.projects.map((p) => p.description)).toEqual(projectItems0);
    rust.projects.forEach((p, i) => {
      expect(p.name).not.toBe('');
      expect(p.date).toBe(/\((\d{4}-\d{2}-\d{2})\)/.exec(projectItems0[i]!)![1]);
    });
    expect(rust.projects[0]!.date).toBe('2023-11-23');
  });

  it('keeps every volunteer item: years, "Now" as current, summary verbatim', () => {
    expect(rust.volunteering).toHaveLength(volunteerItems0.length);
    rust.volunteering.forEach((v, i) => {
      const { head, text } = volunteerItems0[i]!;
      const [title, period] = head.split(' | ') as [string, string];
      const years = period.match(/\d{4}/g)!;
      expect(`${title}\n${text}`).toContain(v.organization);
      expect(v.start).toBe(years[0]);
      expect(v.current).toBe(/Now$/.test(period));
      expect(v.end).toBe(v.current ? undefined : years.at(-1));
      expect(v.summary.startsWith(text)).toBe(true);
      if (period.includes(' and ')) expect(v.summary).toContain(period);
    });
  });

  it('keeps every education entry with its years and its text verbatim', () => {
    expect(rust.education).toHaveLength(educationItems0.length);
    rust.education.forEach((e, i) => {
      const { head, text } = educationItems0[i]!;
      const years = head.split(' | ')[1]!.match(/\d{4}/g)!;
      expect([e.start, e.end]).toEqual([years[0], years.at(-1)]);
      expect(e.summary).toBe(text);
      for (const part of [e.institution, e.degree, e.field].filter(Boolean)) expect(SEED_000).toContain(part);
    });
  });

  it('has the two languages as the CV states them', () => {
    expect(rust.languages).toHaveLength(languageLines0.length);
    expect(rust.languages).toEqual([
      { language: 'German', level: 'native', note: 'Mothertongue' },
      { language: 'English', level: 'fluent', note: 'Business fluent' },
    ]);
    for (const l of rust.languages) expect(languageLines0).toContain(`${l.language} (${l.note})`);
  });

  it('groups only skills the CV names literally, and has no headline or summary the CV lacks', () => {
    expect(rust.skills.length).toBeGreaterThan(0);
    for (const item of rust.skills.flatMap((s) => s.items)) expect(SEED_000).toContain(item);
    expect(rust.skills.flatMap((s) => s.items)).toEqual(expect.arrayContaining(['Rust', 'Prometheus', 'Kubernetes', 'libp2p', 'Linux', 'JavaScript', 'ReactJS']));
    expect([rust.headline, rust.summary]).toEqual(['', '']);
  });

  it('keeps key phrases and the CV\'s own spelling verbatim', () => {
    const all = strings(rust).join('\n');
    for (const phrase of ['bandwidth-delay-product', 'Kademlia', 'S/Kademlia', 'hole punching', 'kube-state-metrics', 'ressource', 'maintanance', 'additioanl', '>200 external contributors', '1.3 Gbit/s'])
      expect(all).toContain(phrase);
  });
});

describe('elixir-staff-engineer from seed 001', () => {
  it('has the intro as summary and the role line as headline', () => {
    expect(elixir.summary).toBe(intro1.join('\n\n'));
    expect(elixir.headline).toBe('Staff Software Engineer');
    expect(intro1[0]!.startsWith(elixir.headline)).toBe(true);
  });

  it('has the Key Contributions as projects, verbatim, undated (no item states a date)', () => {
    expect(elixir.projects.map((p) => p.description)).toEqual(keyContributions1);
    for (const p of elixir.projects) {
      expect(p.name).not.toBe('');
      expect(p.date).toBeUndefined();
    }
  });

  it('has one position per employer block: company, size, dates, paragraph and bullets verbatim', () => {
    expect(elixir.work).toHaveLength(positions1.length);
    elixir.work.forEach((w, i) => {
      const b = positions1[i]!;
      expect({ company: w.company, companySize: w.companySize, start: w.start, end: w.end, current: w.current }).toEqual({
        company: b.company,
        companySize: b.size,
        start: b.start,
        end: b.end,
        current: b.end === undefined,
      });
      expect(w.summary).toBe(b.paragraphs.join('\n\n'));
      expect(w.bullets).toEqual(b.bullets);
      for (const t of w.technologies) expect(b.text).toContain(t);
    });
    expect(elixir.work.flatMap((w) => w.bullets)).toHaveLength(positions1.flatMap((b) => b.bullets).length);
  });

  it('takes titles only from the CV\'s own words, leaving them empty where it names none', () => {
    expect(Object.fromEntries(elixir.work.filter((w) => w.title).map((w) => [w.company, w.title]))).toEqual({
      Remote: 'Senior Staff Engineer',
      Shopify: 'Engineering Lead',
    });
    expect(SEED_001).toContain('Senior Staff Engineer collaborating with ~100 engineers during hyper-growth at Remote');
    expect(SEED_001).toContain('Engineering Lead for a team working in Ruby on Rails');
  });

  it('keeps "Open Source" and "Community & Conferences" as ongoing volunteering with paragraph and bullets verbatim', () => {
    expect(elixir.volunteering).toHaveLength(volunteering1.length);
    elixir.volunteering.forEach((v, i) => {
      const b = volunteering1[i]!;
      expect({ organization: v.organization, start: v.start, end: v.end, current: v.current }).toEqual({
        organization: b.company,
        start: b.start,
        end: undefined,
        current: true,
      });
      expect(v.summary).toBe([b.paragraphs.join('\n\n'), b.bullets.map((l) => `- ${l}`).join('\n')].join('\n\n'));
    });
  });

  it('has every "- " line of the CV somewhere in the profile', () => {
    const all = strings(elixir);
    for (const line of dashLines1) expect(all.some((s) => s.includes(line)), line).toBe(true);
  });

  it('has the one education entry, the four skill groups verbatim, and no languages (the CV states none)', () => {
    expect(elixir.education).toHaveLength(1);
    expect(elixir.education[0]).toMatchObject({
      institution: lines1[educationAt1],
      degree: '',
      field: '',
      start: '2008',
      end: '2014',
      grade: '1.2 (A)',
      summary: lines1[educationAt1 + 2],
    });
    expect(elixir.skills).toEqual(skillGroups1);
    expect(elixir.languages).toEqual([]);
  });

  it('keeps key phrases verbatim', () => {
    const all = strings(elixir).join('\n');
    for (const phrase of ['benchee', 'Oban', '~84M requests/day', 'SimpleCov', 'simplecov', '"Going Staff"', 'PAIN XML', 'Ruby User Group Berlin', 'Øredev'])
      expect(all).toContain(phrase);
  });
});

describe('the embedded seed copy', () => {
  it.runIf(existsSync(new URL(SEED_000_FILE, SEED_DIR)) && existsSync(new URL(SEED_001_FILE, SEED_DIR)))('matches /work/shared/seeds', () => {
    expect(SEED_000).toBe(readFileSync(new URL(SEED_000_FILE, SEED_DIR), 'utf8'));
    expect(SEED_001).toBe(readFileSync(new URL(SEED_001_FILE, SEED_DIR), 'utf8'));
  });
});
