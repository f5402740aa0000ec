import { stem } from './stem';

// English function words: they carry no topic, and BM25 over a few dozen bullets cannot learn that by itself.
const ENGLISH = `
a about above across after again against all almost along also although always am among an and another any
anyone anything are around as at be became because become been before being below between both but by can
cannot could did do does doing done down during each either else etc even ever every for from further get gets
getting given go goes going got had has have having he her here hers him his how however i if in into is it its
itself just least less let like made make makes making many may me might more most much must my near need
needs never new no nor not now of off often on once one only onto or other others our ours out over own per
please put rather really same see seem several shall she should since so some something still such than that
the their theirs them then there these they thing things this those though through throughout thus to together
too toward towards under until up upon us use used uses using very via want was way ways we well were what
whatever when where whether which while who whom whose why will with within without would yet you your yours
e.g i.e eg ie vs
it's i'm we're we'll we've you're you'll you've they're don't doesn't can't won't isn't aren't let's
`;

// Words every job ad and many CVs use about themselves rather than about the work. Left in, they would fill
// the "missing from your profile" list ("candidate", "benefits") and reward bullets for saying "team".
const JOB_AD = `
ability able applicant applicants application apply benefit benefits bonus candidate candidates company
compensation day days description equal employer employment ideal include includes including job join
looking opportunity opportunities plus position preferred qualification qualifications range requirement
requirements required responsibilities responsibility responsible role roles salary seeking skill skills
strong team teams time work works worked working year years experience experiences experienced
remote hybrid onsite office location locations equity competitive offer offers
nice good great excellent exciting passionate bring love enjoy
`;

// Verbs and nouns every description of software work uses, whatever the work: a bullet that shares "built",
// "implementation", "code" or "helping" with an ad shares nothing a recruiter would notice. The skills these
// words are part of are phrases of the vocabulary ("system design", "code review"), matched before this list.
const GENERIC_WORK = `
build builds built building develop develops developed developing development implement implements implemented
implementing implementation create created creating design designed designing based code coding software
support supported supporting help helps helped helping core internal environment environments member members
world customer customers user users people thousands millions billions various new across ensure ensuring
improve improved improving improvement improvements maintain maintained maintaining maintenance deliver delivered
delivering solution solutions problem problems product products service services system systems tool tools
technical technology technologies engineer engineers engineering high large complex critical key focus focused
impact wide setting individual part parts like within well-known make sure take took worked include
`;

const WORDS = `${ENGLISH} ${JOB_AD} ${GENERIC_WORK}`.split(/\s+/).filter(Boolean);

// Checked on the lowercased word and on its stem, so "teams" and "worked" go with "team" and "work".
const STOP_NORMS = new Set(WORDS);
const STOP_STEMS = new Set(WORDS.map(stem));

export function isStopWord(norm: string): boolean {
  return STOP_NORMS.has(norm) || STOP_STEMS.has(stem(norm));
}
