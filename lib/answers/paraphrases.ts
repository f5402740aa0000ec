// Paraphrase patterns: the many wordings forms use for one thing asked. Each names a concept; the words it matched
// become one concept token, so "notice period" and "notice to your current employer" meet. Patterns describe the
// shape of a request (verb + object), never one form's sentence. They run in order over plain text (question-text.ts),
// and a span that matched is consumed, so the specific shapes come first ("start date of your last job" before
// "start date"). A *closed* concept says all that is asked: leftover words then weigh little (see match-score.ts).

const CO = '(?:zcompany|us|here|our (?:company|team|organization|firm)|(?:this|the) (?:company|organization|firm))';
const ROLE = '(?:(?:this|the|our) (?:role|position|job|opportunity|vacancy|opening|post))';
const WORK_AT = '(?:(?:work|working) (?:at |for |with )?|join |joining |be part of |apply(?:ing)? (?:to|at) )';
const WHY_WANT =
  '(?:why (?:(?:do|would|did) you |you (?:would|do) )?(?:want|like|wish|decided?|choose|chose)(?: to)? |why (?:are you|you are|youre) (?:interested|excited|keen|applying|looking)(?: in| about| to)? )';
const APPEAL = '(?:excites|interests|attracts|draws|motivates|appeals to|drew|attracted|inspires) you (?:most )?(?:about|to|in)';

export interface Concept {
  name: string;
  closed: boolean;
  /** All of the concept's wordings in one expression (one pass over the text per concept). */
  pattern: RegExp;
}

// The leading space is consumed and the trailing one only looked at, so two wordings side by side both match.
const c = (name: string, closed: boolean, ...patterns: string[]): Concept => ({
  name,
  closed,
  pattern: new RegExp(` (?:${patterns.join('|')})(?= )`, 'g'),
});

export const CONCEPTS: readonly Concept[] = [
  // Dates of past jobs or studies are not when you can start.
  c('pastdates', false, '(?:employer|employment|position|job|role|school|degree|study|studies)s? (?:start|end|starting|ending) date', '(?:start|end)(?:ing)? date (?:month|year)'),
  c('motiverole', true, `${WHY_WANT}(?:apply(?:ing)? (?:for|to) |join(?:ing)? |work(?:ing)? (?:in |on )?)?${ROLE}(?! at)`, `why ${ROLE}(?! at)`, `what ${APPEAL} ${ROLE}(?! at)`, `why (?:this|the) (?:role|position|job)`),
  c('motivecompany', true, `${WHY_WANT}${WORK_AT}${CO}`, `${WHY_WANT}${CO}`, `what ${APPEAL} (?:${WORK_AT})?${CO}`, `what makes you want to ${WORK_AT}${CO}`, `why ${CO}(?= $)`, `(?:interest|motivation|reason)s? (?:in|for) ${WORK_AT}${CO}`),
  c('notice', true, 'notice period', 'period of notice', '(?:how much|how long|what) (?:is (?:your )?)?notice', 'notice (?:do|to|for|are|must|would|will)'),
  c('startdate', true, '(?:earliest|preferred|desired|possible|expected|potential|available|ideal|proposed) (?:possible )?start(?:ing)? date', 'start(?:ing)? date', 'when (?:can|could|would|will|are|do) you (?:be )?(?:able to |available to |ready to |want to |like to |plan to |wish to )?(?:start|join|begin|commence)(?: working)?', '(?:available|availability|able|ready) to (?:start|join|begin|commence)', 'how soon (?:can|could|would|will|are) you (?:be )?(?:able to |available to |ready to )?(?:start|join|begin|commence)', 'earliest (?:\\w+ ){0,6}(?:start|join|begin|commence)'),
  c('salaryrange', true, '(?:salary|pay|compensation) (?:range|band)(?: \\w+){0,14} (?:align|accept|comfortable|okay|ok|acceptable|meet|within|work for you)', '(?:align|comfortable|accept|within|reviewed)(?: \\w+){0,10} (?:salary|pay|compensation) (?:range|band)'),
  c('salarycurrent', true, '(?:current|present|existing|last|previous|most recent) (?:base |annual |total |gross |net |monthly |yearly |hourly )*(?:salary|compensation|pay|remuneration|wage|package|ctc|earnings)', '(?:what|how much) do you (?:currently )?(?:earn|make)', '(?:what|how much) are you (?:currently )?(?:earning|making|paid)'),
  c('salaryminimum', true, '(?:minimum|lowest) (?:base |annual |total |gross |net |monthly |yearly |hourly )*(?:salary|compensation|pay|remuneration|wage|rate)(?: requirement| required)?'),
  c('salaryexpected', true, '(?:salary|compensation|pay|remuneration|wage|rate)s? (?:expectations?|requirements?|expected|desired|target|requested|range expectations?)', '(?:expected|desired|target|targeted|requested|preferred|ideal|asking|anticipated) (?:base |annual |total |gross |net |monthly |yearly |hourly |starting )*(?:salary|compensation|pay|remuneration|wage|package|rate|ctc)', 'expectations? (?:for|on|regarding|about|of) (?:base |annual |total |gross )*(?:salary|compensation|pay|remuneration)', 'what (?:salary|compensation|pay) (?:are you|do you|would you)', 'how much (?:do|would|are) you (?:expect|want|like|hope|looking)(?: to)? (?:earn|make|be paid|get paid)?', 'pay expected', 'compensation (?:range )?(?:are you|do you|would you) (?:looking|expect|seek)'),
  c('sponsorship', true, '(?:visa |immigration |employer |employment |work |company |our |any )*sponsor(?:ship|ed|ing|s)?', 'immigration (?:related )?(?:support|case|petition|benefit)', '(?:file|submit) (?:a |an )?(?:petition|application) (?:\\w+ ){0,4}immigration', 'visa (?:transfer|support)'),
  c('workauthorized', true, '(?:legally |currently |permanently |lawfully |now )*(?:authorized|authorised|eligible|entitled|allowed|permitted) (?:to |for )?(?:work|be employed|employment)', '(?:legal |current )?(?:right|authorization|authorisation|eligibility|permission) to work', '(?:work|employment) (?:authorization|authorisation|permit|eligibility|pass)', 'work authorized'),
  c('citizen', true, 'citizen(?:ship)?s?', 'permanent resident', 'green card'),
  c('relocate', true, '(?:willing|open|able|happy|prepared|ready) (?:and able )?to (?:relocate|relocating|move)', 'relocat(?:e|ing|ion)', 'consider relocation'),
  c('travel', true, 'travel(?:ing|ling|l)?'),
  c('howheard', true, '(?:how|where) did you (?:first )?(?:hear|learn|find out|find|come across|discover|see|notice) (?:about|of)?', 'how did you (?:find|discover|come across)', '(?:how|where) you (?:first )?(?:heard|learned|found out|came across|found) (?:about|of)?', 'source of (?:your )?application', 'referral source'),
  c('referrer', true, 'who referred you', 'referred (?:you|by)(?: (?:a|an|one of our|our))?(?: current| existing)?(?: zcompany)?(?: employee| contractor| team member| friend)?', 'referr(?:er|al|ing) (?:name|employee)', '(?:name|names) of (?:the )?(?:person|employee|referrer)'),
  c('formeremployee', true, 'have you (?:\\w+ ){0,2}(?:worked|been employed) (?:for|at|by|with) zcompany', '(?:ever|previously|before|formerly|past) (?:\\w+ ){0,3}(?:worked|been employed|employed|been an employee|held a position|been a contractor)', '(?:worked|been employed) (?:for|at|by|with) (?:zcompany|us|this company)(?: \\w+){0,4} (?:before|previously|in the past)', '(?:former|previous|past|ex) (?:zcompany )?(?:employee|contractor|intern)'),
  c('currentemployee', true, '(?:current|currently) (?:an |a )?(?:zcompany )?(?:employee|contractor)', 'currently (?:employed|working) (?:by|at|for|with)'),
  c('relatives', true, '(?:relatives?|family members?|related to|relationship with|friends?(?: or family)?)(?: \\w+){0,8} (?:employ\\w*|work\\w*)', '(?:related|relatives?) to (?:any )?(?:current )?employees?'),
  c('noncompete', true, 'non ?compete', 'non competition', 'non solicit\\w*', 'restrictive covenants?'),
  c('backgroundcheck', true, 'background (?:check|screening|investigation)s?', '(?:pre employment|preemployment) (?:screening|check)s?'),
  c('criminal', true, '(?:convicted|conviction|convictions|criminal|felony|felonies)(?: \\w+){0,4}'),
  c('driverlicense', true, 'drivers? licen[cs]e', 'driving licen[cs]e'),
  c('ageover', true, '(?:at least|over|older than|above) \\d+(?: years)?(?: of age| old)?', '\\d+ (?:years )?(?:of age )?or (?:older|over|above)', '(?:legal|minimum) (?:working )?age'),
  c('agerange', true, '(?:your )?(?:current )?age(?: range| group| bracket)?'),
  c('textmessages', true, '(?:sms|whatsapp)(?: messages?| updates?)?', 'text (?:messages?|updates?)', '(?:via|by) text'),
  c('pronouns', true, 'pronouns?'),
  c('orientation', true, 'sexual orientation', 'sexuality'),
  c('transgender', true, 'transgender(?: experience)?', 'trans (?:experience|person)'),
  c('lgbtq', true, 'lgbt\\w*(?: community)?'),
  c('timezone', true, 'time ?zones?'),
  c('accommodation', true, '(?:reasonable )?(?:accommodations?|adjustments?)'),
  c('languageskill', true, 'speak', 'fluent(?:ly)?(?: in)?', 'fluency(?: in)?', 'proficien(?:t|cy)(?: in)?'),
  c('anythingelse', false, '(?:is there )?anything else', 'what else'),
  c('yearsexperience', false, 'how many years', 'number of years', 'how long have you (?:been|worked)', 'years(?= (?:of )?(?:\\w+ ){0,3}experience )'),
  c('veteran', true, 'veterans?(?: status)?', 'military (?:status|service)', 'served in the (?:military|armed forces)'),
  c('disability', true, 'disabilit(?:y|ies)(?: status)?'),
  c('gender', true, 'gender(?: identity)?'),
  c('race', true, 'race(?: ethnicity)?', 'ethnicity', 'ethnic (?:background|origin|group)'),
  c('hispanic', true, 'hispanic(?: or latino| latino| latinx| latina)?'),
];
