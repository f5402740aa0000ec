import type { Role } from '../roles/roles';

/**
 * Patterns as data, after Chromium's and Firefox's heuristics. `strict` patterns may look at identifiers
 * (name/id) as well as labels; loose ones only at what a person reads. `noun` patterns name a profile field and
 * are refused on question prose ("Why are you interested in this position?"); `question` patterns are questions.
 */
export interface LabelPattern {
  role: Role;
  pattern: RegExp;
  negative?: RegExp;
  strict: boolean;
  form: 'noun' | 'question';
}

export const WITHOUT_SPONSORSHIP = /\bwithout\b[^?]*\bsponsor/i;

const p = (role: Role, pattern: RegExp, opts: Partial<Omit<LabelPattern, 'role' | 'pattern'>> = {}): LabelPattern => ({
  role,
  pattern,
  strict: opts.strict ?? false,
  form: opts.form ?? 'noun',
  ...(opts.negative ? { negative: opts.negative } : {}),
});

export const LABEL_PATTERNS: readonly LabelPattern[] = [
  // Questions in prose that the profile answers (form 'question': they are allowed in prose). Asides in brackets are
  // left out before matching (classify-field.ts), so "(we can sponsor visas)" does not turn a question around.
  p('github', /\b(link|url)s?\b.*\b(git\s?hub|gitlab|bitbucket|code repositor(y|ies))\b|\b(git\s?hub|code repositor(y|ies))\b.*\b(link|url)s?\b/i, {
    form: 'question',
    negative: /^(do|does|have|has|are|is|would|will|can)\b|user\s?name|favou?rite|project|contribut|example/i,
  }),
  p('portfolio', /\b(link|url)s?\b.*\bportfolio\b|\bportfolio\b.*\b(link|url)s?\b/i, { form: 'question', negative: /^(do|does|have|has|are|is|would|will|can)\b|password/i }),
  p('website', /\b(link|url)s?\b.*\b(personal )?(web\s?site|home\s?page)\b/i, { form: 'question', negative: /^(do|does|have|has|are|is|would|will|can)\b|company|employer|our /i }),
  p('first_name', /\blegal first name\b|\bfirst name\b.*\b(as it appears|official)|\bfull legal first name\b/i, { form: 'question', negative: /preferred|nick|if different|reference|emergency|referr/i }),
  p('last_name', /\blegal (last|family) name|\blegal surname|\b(last|family) name\b.*\b(as it appears|official)|\bfull legal last name\b/i, { form: 'question', negative: /preferred|nick|if different|reference|emergency|referr/i }),
  p('full_name', /\b(full )?legal (full )?name\b|\byour full name\b/i, { form: 'question', negative: /preferred|nick|if different|first|last|middle|reference|emergency|referr|supervisor|manager|company|school/i }),
  p('languages', /\b(what|which|list|select)\b.*\blanguages\b.*\b(speak|fluent|know|proficient)\b|\blanguages (you|do you) speak\b|\bspoken languages\b|^languages( spoken)?$/i, {
    form: 'question',
    negative: /programming|coding|framework|tech/i,
  }),
  p('language_proficiency', /\b(proficien(t|cy)|fluen(t|cy)|level|skills|speak|communicate)\b.*\b(english|german|french|spanish|dutch|italian|portuguese|polish|mandarin|chinese|japanese|arabic|hindi|russian|swedish|danish|norwegian|finnish)\b|\b(english|german|french|spanish|dutch|italian|portuguese|polish|mandarin|chinese|japanese|arabic|hindi|russian|swedish|danish|norwegian|finnish)\b.*\b(proficien(t|cy)|fluen(t|cy)|level|skills)\b/i, {
    form: 'question',
    negative: /programming|native speakers? of|customers|clients|teach|translat|^(if|why|how|describe|tell)\b/i,
  }),
  p('location_full', /\bwhere (do you|are you) (currently )?(live|living|reside|residing|based|located)\b|\b(current|home|present) (working |work )?location\b|\bcity,? (and )?(state|province|country|region)\b|\b(which|what) (city|town)\b.*\b(live|reside|based|located)\b/i, {
    form: 'question',
    negative: /relocat|office|prefer|willing|commute|open to|would you|intend|plan to|work from|available to work|interested|address|permanent/i,
  }),
  p('location_city', /^(current |home |residing )?city( of residence)?$|\bcity (of residence|you (live|reside) in)\b/i, { strict: true, form: 'question', negative: /relocat|office|prefer|state|country|zip|postal/i }),
  p('location_region', /^(state|province|region|county|state ?\/ ?province|state or province|state\/region|residing state|state of residence)$|\b(what|which) (state|province|region)\b.*\b(live|reside|based|located)\b|\bstate (of residence|you (live|reside) in)\b/i, {
    form: 'question',
    negative: /licen[cs]|statement|united states|relocat/i,
  }),
  p('postal_code', /\b(zip|postal|post)\s?code\b|^zip$|\bzip ?\/ ?postal\b|^postcode$/i, { strict: true, negative: /city|country/i }),
  p('country', /\b(choose|select|enter|provide) (your|the) country\b|\bcountry (in which|where) you (are|live|reside)/i, { form: 'question', negative: /code|phone|citizen|work|office|relocat|apply|position|job/i }),
  p('current_company', /\b(current|most recent|present|latest)( or (most )?recent| or previous)? (company|employer|organi[sz]ation)\b|\bname of (your )?(current|most recent|present) (company|employer)|\bwhere do you (currently )?work\b|\bwho is your (current )?employer\b/i, {
    form: 'question',
    negative: /address|phone|e-?mail|start|end|date|reason|supervisor|manager|contact|city|location|duties|description|salary|pay\b|notice|permission|may we|can we/i,
  }),
  p('current_title', /\b(current|most recent|present|latest)( or (most )?recent| or previous)? (job |position |role )?(title|role|position)\b/i, {
    form: 'question',
    negative: /description|duties|responsibilit|reason|start|end|date|company|employer|salary|pay\b|why|leav/i,
  }),
  p('degree', /\bhighest (completed )?(level of )?(education|degree)\b|\blevel of education\b/i, { form: 'question' }),
  p('discipline', /\bwhat (did you study|was your (major|field of study))\b|\b(field|area) of study\b/i, { form: 'question' }),
  // Links first: "LinkedIn Profile URL" must not fall to a generic "profile"/"url" rule below.
  // A username is not the profile URL the profile holds.
  p('linkedin', /linked\s?in/i, { strict: true, negative: /user\s?name/i }),
  p('github', /git\s?hub/i, { strict: true, negative: /user\s?name/i }),
  p('twitter', /\btwitter\b|\bx\.com\b|^x( handle| profile)?$/i, { strict: true }),
  p('portfolio', /portfolio|dribbble|behance/i, { strict: true }),
  p('website', /\b(personal )?(web\s?site|home\s?page|blog)\b|^url$|^website url$/i, { strict: true, negative: /company|employer/i }),
  p('other_url', /\bother\b.*\b(url|link|website)s?\b|^other$|^urls other$/i, { strict: true }),
  p('email', /e-?mail/i, { strict: true, negative: /\b(reference|referrer|manager)\b/i }),
  p('phone_country', /^(phone )?country( code)?$/i, { negative: /residence|live|citizen/i }),
  p('phone', /phone(?!tic)|mobile|\btel\b|telephone|cell/i, { strict: true }),
  // Labels and identifiers about the name ("Name pronunciation", "phonetic spelling") never reach the name roles:
  // classify-field skips them (ABOUT_THE_NAME).
  p('first_name', /first[\s_-]?name|given[\s_-]?name|fore[\s_-]?name|\bfname\b/i, { strict: true, negative: /preferred|legal first and last/i }),
  // A "preferred surname" may differ from the legal one the profile holds: the user's to answer.
  p('last_name', /last[\s_-]?name|family[\s_-]?name|sur[\s_-]?name|\blname\b/i, { strict: true, negative: /preferred|legal first and last/i }),
  p('preferred_name', /preferred (first )?name|nick\s?name|name you go by|chosen name/i),
  p('preferred_name', /\bname (you['’]?d|you would) prefer( us)? to use|\bname you prefer to be called\b/i, { form: 'question' }),
  p('pronouns', /pronoun/i, { strict: true }),
  p('full_name', /^(full |legal |your )?name$|full[\s_-]?name|^name\b(?!.*\b(company|school|employer|reference)\b)/i, {
    strict: true,
    negative: /company|school|university|employer|referr|reference|manager|user\s?name|preferred|middle|first|last|nick/i,
  }),
  p('current_company', /current (company|employer)|^company( name)?$|^employer$|^org$|^organi[sz]ation$/i, { strict: true }),
  p('current_title', /current (job )?(title|role|position)|^(job )?title$/i),
  p('location_full', /^(current )?location\b|where are you (currently )?(based|located)|city,? (state|country)/i, {
    strict: true,
    negative: /office|relocat|prefer|remote/i,
  }),
  p('location_city', /^city$/i, { strict: true }),
  p('country', /country of residence|^(current |home )?country( location)?$|which country do you (live|reside)|(live|reside|based|located) in which country/i, {
    negative: /code|phone/i,
  }),
  // "Autofill from resume" / "Import resume from" boxes are the site's résumé parser, not the résumé question.
  p('resume_file', /r[ée]sum[ée]|\bcv\b|curriculum/i, { strict: true, negative: /cover|auto-?fill|\bimport|\bpars(e|ing)\b/i }),
  p('cover_letter_file', /cover[\s_-]?letter/i, { strict: true }),
  p('headline', /^(professional |your )?headline$/i),
  p('summary', /^(professional |career |short )?(summary|bio|profile summary)$|^about (you|yourself|me)$/i),
  p('cover_letter_text', /additional information|anything else you want to share|^comments$/i, { strict: true }),
  // What you earn now is not what you expect: only expectations come from the profile.
  p('salary_expectation', /salary|compensation|pay expectation|expected (pay|rate)/i, {
    form: 'question',
    negative: /\b(current|present|previous|last|most recent)\b[^?]*\b(salary|compensation|pay)\b/i,
  }),
  p('notice_period', /notice period/i, { form: 'question' }),
  p('start_date', /(earliest|available|availability|when can you) (to )?(start|begin)|start date/i, { form: 'question' }),
  // The H-1B wording often avoids the word: "require our company to file a petition … for immigration status".
  // "The right to work … without sponsorship" asks whether you may work, not whether you need a sponsor.
  p('needs_sponsorship', /sponsor|\bpetition\b.*\bimmigration\b|immigration status on your behalf/i, { form: 'question', negative: WITHOUT_SPONSORSHIP }),
  p('work_authorized', /(legally )?(authori[sz]ed|eligible|permitted|allowed|entitled|right) to work|work (authori[sz]ation|permit)/i, {
    form: 'question',
    negative: /^(?!.*\bwithout\b[^?]*sponsor).*sponsor/i,
  }),
  p('willing_to_relocate', /relocat/i, { form: 'question' }),
  p('remote_preference', /remote|hybrid|on-?site|in (the )?office/i, { form: 'question', negative: /relocat|located/i }),
  p('how_heard', /(how|where) did you (first )?(hear|find|learn|come across)|source of (application|referral)/i, { form: 'question' }),
  p('referral', /\breferr(ed|al)\b|who referred/i, { form: 'question', negative: /how did you/i }),
  // Total years only: "years of experience with Vue.js" asks about one skill, which the profile cannot total.
  p('years_experience', /years of (professional |relevant |work |industry )?experience/i, {
    form: 'question',
    negative: /experience\b.*\b(with|using|building|developing|integrating|working|writing|managing|in (?!total\b|the industry\b|the field\b|software\b|engineering\b))/i,
  }),
  p('school', /school|university|college|institution/i, { negative: /high school|secondary school|\bgpa\b/i }),
  p('degree', /\bdegree\b/i),
  p('discipline', /discipline|field of study|\bmajor\b/i, { negative: /\bcit(y|ies)\b|\bmajor (city|cities|metro)/i }),
  p('graduation_year', /graduation (year|date)/i),
  p('hispanic_latino', /hispanic|latin[oax]/i, { form: 'question', strict: true }),
  p('race_ethnicity', /\brac(e|ial)\b|\bethnic(ity|ities)?\b/i, { form: 'question', strict: true }),
  p('gender', /\bgender\b|\bsex\b/i, { form: 'question', strict: true, negative: /transgender|orientation|pronoun/i }),
  p('veteran_status', /veteran/i, { form: 'question', strict: true }),
  p('disability_status', /disabilit/i, { form: 'question', strict: true }),
  p('consent_privacy', /privacy|consent|gdpr|data (processing|retention)|acknowledge/i, { form: 'question' }),
];
