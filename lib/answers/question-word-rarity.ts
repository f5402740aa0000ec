// How many of 829 application questions use each word stem (stems from lib/tailor/stem.ts), counted once over the
// custom questions of the real forms in ../shared/corpus/. Only the counts are kept, never page text. A word most
// questions use ("you", "work", "experience") says little about what a question asks; a word none of them uses
// ("Kotlin", "notice") says much. Words not listed count as rare.
const QUESTION_COUNT = 829;
const COUNTS = `
you:510 to:261 the:231 in:214 your:202 or:181 are:176 work:162 do:139 what:135 and:133 of:123 for:120 hav:120
pleas:112 emploi:96 this:90 is:83 will:78 if:75 how:71 requir:71 with:66 curr:59 spons:57 as:56 us:55 that:53
rol:52 about:51 stat:48 nam:48 from:47 futur:46 any:45 experi:45 legal:44 auth:44 at:43 appl:43 describ:41
our:40 an:40 now:38 year:38 visa:38 which:38 on:38 by:37 appli:36 would:35 job:34 be:33 did:32 select:31
unit:31 not:31 identifi:30 countri:30 locat:29 posit:29 most:27 provid:26 manag:25 bas:25 refer:24 can:24
other:23 we:23 product:22 salari:22 wher:22 engin:21 pref:21 includ:21 yes:21 hear:20 first:20 expect:20
tim:20 all:19 offic:19 abl:19 full:19 tell:19 interest:19 why:18 when:18 start:18 mani:18 month:18 wer:18
person:18 status:18 shar:18 it:18 last:17 one:17 data:17 relat:17 may:17 gend:16 within:16 list:16 support:16
lik:16 compani:15 area:15 best:15 her:15 option:15 commun:15 below:14 account:14 elig:14 use:14 dat:14 been:14
citi:14 who:14 liv:13 submit:13 process:13 check:13 text:13 week:13 rang:13 inform:13 ident:12 reloc:12
avail:12 link:12 numb:12 ai:12 immigr:12 address:12 agr:12 rec:12 messag:12 etc:12 nee:12 know:12 new:11
custom:11 brief:11 abov:11 part:11 pronoun:11 background:11 follow:11 rat:11 day:11 level:11 previ:11
languag:11 profess:11 soci:11 ethn:11 ever:11 opportun:10 mor:10 want:10 clos:10 detail:10 techn:10 writ:10
addit:10 compens:10 no:10 indic:10 team:10 should:10 post:10 my:10 word:9 cover:9 lett:9 explain:9 specif:9
mak:9 bay:9 non:9 their:9 portfolio:9 desir:9 answ:9 look:9 updat:9 vari:9 activ:9 recent:9 out:9 b2b:9
exampl:9 typ:9 restrict:9 dream:9 serv:9 email:8 skill:8 up:8 enterpr:8 excit:8 execut:8 plan:8 car:8 regard:8
repli:8 url:8 abil:8 lead:8 opt:8 project:8 used:8 program:8 build:8 youv:8 doe:8 profil:8 media:8 form:8
disabil:8 veteran:8 rac:8 without:8 appear:8 com:8 uk:7 seni:7 softwar:7 choos:7 offer:7 relev:7 resid:7
enter:7 github:7 past:7 upload:7 remot:7 direct:7 video:7 consid:7 candid:7 frequ:7 stop:7 per:7 licens:7
using:7 was:7 els:7 sal:7 secur:7 purpos:7 open:7 hir:7 such:7 thes:7 age:6 sexu:6 orient:6 understand:6
privaci:6 infrastructur:6 travel:6 client:6 comfort:6 resum:6 intern:6 review:6 right:6 help:6 tool:6
contact:6 organ:6 perform:6 least:6 diff:6 memb:6 gener:6 outreach:6 websit:6 so:6 continu:6 interview:6
ther:6 quest:6 end:6 reason:6 complet:6 descript:6 transgend:5 market:5 could:5 specifi:5 than:5 acknowledg:5
polici:5 typic:5 san:5 francisco:5 network:5 complex:5 issu:5 phon:5 order:5 field:5 also:5 lin:5 has:5
limit:5 hour:5 busi:5 pay:5 driv:5 primari:5 develop:5 youd:5 test:5 let:5 anyth:5 high:5 speak:5 partn:5
join:5 import:5 major:5 cont:5 success:5 am:5 channel:5 contract:5 canada:5 onli:5 cons:5 commit:5 result:5
compet:5 its:5 stori:5 militari:5 fil:5 docu:5 ny:4 london:4 each:4 deploi:4 platform:4 cas:4 sampl:4 via:4
point:4 given:4 but:4 yourself:4 notic:4 environ:4 similar:4 minimum:4 own:4 train:4 gross:4 involv:4 dur:4
citizen:4 self:4 virtu:4 held:4 attain:4 good:4 nyc:4 outlin:4 call:4 colleg:4 degr:4 gradu:4 comm:4
linkedin:4 built:4 ca:4 english:4 fami:4 run:4 corp:4 align:4 target:4 fit:4 system:4 spe:4 phys:4 way:4
impact:4 into:4 access:4 subject:4 anduril:4 hom:4 accommod:4 school:4 hand:4 fac:4 recruit:4 tn:4 embed:4
protect:4 york:4 eqt:4 titl:4 raci:4 lif:4 feel:4 id:4 card:4 robinhood:4 govern:4 fre:4 fewer:4
`;

const DF = new Map<string, number>(
  COUNTS.trim()
    .split(/\s+/)
    .map((item) => {
      const [word, count] = item.split(':');
      return [word!, Number(count)] as const;
    }),
);

/** 0.05 (a word nearly every question uses) … 1 (a word no question in the sample uses). */
export function rarity(stem: string): number {
  const df = DF.get(stem) ?? 0;
  return Math.max(0.05, Math.log((QUESTION_COUNT + 1) / (df + 1)) / Math.log(QUESTION_COUNT + 1));
}
