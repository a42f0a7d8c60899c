/**
 * Filler news for the benchmark's synthetic indexes and pages: local and business stories on other
 * topics than the seeds' (a strike at a port, a hospital's budget, a court case over a stadium), from
 * sentence templates.
 *
 * Realism that matters to the matcher: how often a sentence's wording recurs. Real news repeats its
 * phrasing within a kind of story (every strike story has workers voting to walk out) but what is
 * struck, where and by whom changes. So each story is an **event** (strike, budget, lawsuit, study,
 * opening, accident, inspection, award, closure, election) at a **sector** (hospital, port, airport,
 * library, water utility, …: 30 of them, each with its own nouns), in a town with people whose names
 * are built from syllables. The event's templates carry few content words of their own; the sector's
 * nouns and the names carry the rest. Across 10,000 articles a given sentence shape (template ×
 * sector) recurs a few tens of times, as "nurses at the hospital voted to strike" would in a month of
 * real news, and a name hardly ever. A handful of templates repeated verbatim thousands of times
 * would instead make every filler sentence link to hundreds of others. Even so the templates recur
 * more than real prose does, and the indexes' filler links more (about 100 links per claim at 10,000
 * articles against 1.4 in the seeds): the synthetic indexes err on the heavy side.
 */
import type { Rng } from './synthetic-rng';
import { chance, int, pick } from './synthetic-rng';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FIRST = [
  'Maria', 'James', 'Aisha', 'Daniel', 'Priya', 'Tomasz', 'Elena', 'Kwame', 'Sofia', 'Hiroshi', 'Laura', 'Omar', 'Grace', 'Lukas', 'Nadia',
  'Peter', 'Chen', 'Fatima', 'Robert', 'Ines', 'Carlos', 'Mei', 'Ahmed', 'Hannah', 'Viktor', 'Zara', 'Samuel', 'Leila', 'Patrick', 'Yuki',
  'Andrea', 'Kofi', 'Ingrid', 'Rahul', 'Clara', 'Mateo', 'Amara', 'Jonas', 'Rosa', 'Felix',
];
const SYLLABLES = [
  'al', 'bren', 'cor', 'dal', 'er', 'fen', 'gar', 'hol', 'ist', 'jor', 'kel', 'lin', 'mor', 'nad', 'ost', 'pel', 'quin', 'ros', 'sal', 'tor',
  'ul', 'ven', 'wil', 'yar', 'zel', 'ash', 'bel', 'cas', 'dun', 'mar', 'nor', 'ril', 'sten', 'tal', 'vor', 'wen', 'bar', 'ell', 'har', 'lom',
];
const SURNAME_ENDS = ['', '', 'son', 'ez', 'ski', 'ova', 'ani', 'er', 'ley', 'ford', 'berg', 'elli'];
const TOWN_ENDS = ['ford', 'ton', 'bury', 'field', 'mouth', 'wick', 'dale', 'ham', 'stead', 'port', 'ridge', 'by'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function word(rng: Rng, syllables: number, ends: readonly string[]): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rng, SYLLABLES);
  return cap(w + pick(rng, ends));
}

/**
 * What a story is about. Fields are noun phrases that fit the event templates: `place` ("the
 * hospital"), `staff` ("nurses"), `users` ("patients"), `service` ("emergency care"), `asset` ("a new
 * maternity wing"), `issue` ("staffing levels"), `body` ("the health board"), `unit` (what is counted).
 */
interface Sector { place: string; staff: string; users: string; service: string; asset: string; issue: string; body: string; unit: string }

const SECTORS: readonly Sector[] = [
  { place: 'the general hospital', staff: 'nurses', users: 'patients', service: 'emergency care', asset: 'a new maternity wing', issue: 'staffing levels on night shifts', body: 'the regional health board', unit: 'beds' },
  { place: 'the container port', staff: 'dock workers', users: 'shipping lines', service: 'container handling', asset: 'two automated cranes', issue: 'the use of automation on the quays', body: 'the port authority', unit: 'containers a week' },
  { place: 'the municipal airport', staff: 'baggage handlers', users: 'travellers', service: 'check-in and security screening', asset: 'an extended runway', issue: 'noise from early-morning flights', body: 'the airport operator', unit: 'flights a day' },
  { place: 'the central library', staff: 'librarians', users: 'readers', service: 'evening opening hours', asset: 'a children reading room', issue: 'cuts to the book budget', body: 'the library trust', unit: 'books' },
  { place: 'the water treatment plant', staff: 'plant engineers', users: 'households', service: 'drinking water supply', asset: 'a new filtration system', issue: 'ageing pipes and leaks', body: 'the water utility', unit: 'litres a day' },
  { place: 'the city zoo', staff: 'keepers', users: 'visitors', service: 'school visits', asset: 'a new elephant enclosure', issue: 'animal welfare standards', body: 'the zoological society', unit: 'animals' },
  { place: 'the football stadium', staff: 'stewards', users: 'season ticket holders', service: 'match-day security', asset: 'a covered north stand', issue: 'crowd safety at the turnstiles', body: 'the stadium company', unit: 'seats' },
  { place: 'the county prison', staff: 'prison officers', users: 'inmates', service: 'family visits', asset: 'a new education block', issue: 'overcrowding in the cells', body: 'the corrections department', unit: 'inmates' },
  { place: 'the university campus', staff: 'lecturers', users: 'students', service: 'tutorials and lab classes', asset: 'a new engineering building', issue: 'short-term teaching contracts', body: 'the university council', unit: 'students' },
  { place: 'the steel mill', staff: 'furnace workers', users: 'carmakers', service: 'steel production', asset: 'an electric arc furnace', issue: 'emissions from the coke ovens', body: 'the mill owners', unit: 'tonnes a year' },
  { place: 'the bus depot', staff: 'bus drivers', users: 'commuters', service: 'night bus routes', asset: 'forty electric buses', issue: 'split shifts and rest breaks', body: 'the transit agency', unit: 'routes' },
  { place: 'the ski resort', staff: 'lift operators', users: 'skiers', service: 'the gondola lift', asset: 'a snowmaking system', issue: 'thin snow cover in a warm winter', body: 'the resort company', unit: 'lift passes' },
  { place: 'the fishing harbour', staff: 'trawler crews', users: 'fish merchants', service: 'the morning fish auction', asset: 'a new ice plant', issue: 'catch quotas for cod', body: 'the harbour board', unit: 'boats' },
  { place: 'the power station', staff: 'control room operators', users: 'electricity customers', service: 'the power supply to the grid', asset: 'a battery storage unit', issue: 'the plan to close the coal units', body: 'the energy company', unit: 'megawatts' },
  { place: 'the art museum', staff: 'curators', users: 'gallery visitors', service: 'free Sunday admission', asset: 'a new sculpture garden', issue: 'the return of looted artefacts', body: 'the museum trustees', unit: 'paintings' },
  { place: 'the recycling centre', staff: 'sorting staff', users: 'residents', service: 'kerbside glass collection', asset: 'an optical sorting line', issue: 'contaminated recycling bins', body: 'the waste authority', unit: 'tonnes of waste' },
  { place: 'the fire brigade', staff: 'firefighters', users: 'rural villages', service: 'night-time fire cover', asset: 'three new fire engines', issue: 'response times in rural areas', body: 'the fire authority', unit: 'call-outs' },
  { place: 'the farmers market', staff: 'stallholders', users: 'shoppers', service: 'the Saturday market', asset: 'a covered market hall', issue: 'pitch fees for stalls', body: 'the market association', unit: 'stalls' },
  { place: 'the car plant', staff: 'assembly line workers', users: 'dealers', service: 'the night shift', asset: 'a battery assembly line', issue: 'the move to electric models', body: 'the carmaker', unit: 'cars a year' },
  { place: 'the public swimming pool', staff: 'lifeguards', users: 'swimmers', service: 'early-morning lane swimming', asset: 'a solar-heated outdoor pool', issue: 'heating costs', body: 'the leisure trust', unit: 'swims a year' },
  { place: 'the call centre', staff: 'call handlers', users: 'customers', service: 'the overnight helpline', asset: 'a new phone system', issue: 'targets for call times', body: 'the telecoms firm', unit: 'calls a day' },
  { place: 'the vineyard cooperative', staff: 'grape pickers', users: 'wine buyers', service: 'the autumn harvest', asset: 'a new pressing hall', issue: 'hail damage to the vines', body: 'the growers cooperative', unit: 'bottles' },
  { place: 'the opera house', staff: 'orchestra musicians', users: 'audiences', service: 'the winter season', asset: 'a restored main stage', issue: 'the cost of touring productions', body: 'the opera board', unit: 'tickets' },
  { place: 'the primary school', staff: 'teaching assistants', users: 'pupils', service: 'after-school clubs', asset: 'a new sports hall', issue: 'class sizes in the early years', body: 'the school governors', unit: 'pupils' },
  { place: 'the freight railway', staff: 'signal workers', users: 'freight customers', service: 'overnight freight trains', asset: 'a new signal box', issue: 'track maintenance backlogs', body: 'the rail operator', unit: 'trains a week' },
  { place: 'the nursing home', staff: 'care workers', users: 'elderly residents', service: 'dementia care', asset: 'a garden for residents', issue: 'agency staff costs', body: 'the care provider', unit: 'residents' },
  { place: 'the data centre', staff: 'site technicians', users: 'cloud customers', service: 'server hosting', asset: 'a cooling system that reuses waste heat', issue: 'electricity and water use', body: 'the hosting company', unit: 'servers' },
  { place: 'the brewery', staff: 'brewers', users: 'pubs', service: 'cask ale deliveries', asset: 'a canning line', issue: 'the price of barley', body: 'the brewery owners', unit: 'barrels' },
  { place: 'the botanical garden', staff: 'gardeners', users: 'botanists', service: 'the seed bank', asset: 'a restored palm house', issue: 'drought damage to rare trees', body: 'the garden trustees', unit: 'plant species' },
  { place: 'the ferry terminal', staff: 'ferry crews', users: 'island residents', service: 'the winter timetable', asset: 'a hybrid ferry', issue: 'cancelled crossings in bad weather', body: 'the ferry company', unit: 'crossings a week' },
];

/** A story's fixed names: a reporter reuses them sentence after sentence. */
interface Cast { people: string[]; towns: string[] }

function cast(rng: Rng): Cast {
  const surname = () => word(rng, int(rng, 1, 2), SURNAME_ENDS);
  // Half the surnames are double-barrelled, as in much of the world.
  const person = () => `${pick(rng, FIRST)} ${surname()}${chance(rng, 0.5) ? `-${surname()}` : ''}`;
  const town = () => word(rng, int(rng, 1, 2), TOWN_ENDS);
  return { people: [person(), person(), person(), person()], towns: [town(), town(), town()] };
}

type Slots = Record<string, () => string>;

function slots(rng: Rng, c: Cast, s: Sector): Slots {
  return {
    person: () => pick(rng, c.people),
    Person: () => c.people[0] ?? 'A resident',
    town: () => c.towns[0] ?? 'the town',
    Town: () => c.towns[0] ?? 'Town',
    town2: () => pick(rng, c.towns.slice(1)),
    place: () => s.place,
    Place: () => cap(s.place),
    staff: () => s.staff,
    Staff: () => cap(s.staff),
    users: () => s.users,
    Users: () => cap(s.users),
    service: () => s.service,
    asset: () => s.asset,
    Asset: () => cap(s.asset),
    Issue: () => cap(s.issue),
    issue: () => s.issue,
    body: () => s.body,
    Body: () => cap(s.body),
    unit: () => s.unit,
    n: () => String(int(rng, 3, 95)),
    small: () => String(int(rng, 2, 12)),
    big: () => String(int(rng, 120, 9800)),
    money: () => `$${int(rng, 2, 900)} million`,
    pct: () => `${int(rng, 2, 48)} percent`,
    month: () => pick(rng, MONTHS),
    day: () => `${pick(rng, MONTHS)} ${int(rng, 1, 28)}`,
    weekday: () => pick(rng, WEEKDAYS),
    year: () => String(int(rng, 2009, 2023)),
  };
}

interface Event { headlines: readonly string[]; body: readonly string[] }

/** Kinds of story. `{slot}` is filled from slots(), `[a|b]` picks one alternative. */
const EVENTS: Readonly<Record<string, Event>> = {
  strike: {
    headlines: ['{Staff} at {place} in {town} vote to strike over {issue}', '{Staff} in {town} to walk out for {small} days'],
    body: [
      '{Staff} at {place} in {town} voted on {weekday} to strike for {small} days next month after talks over {issue} broke down.',
      'Union representative {person} said {staff} had raised concerns about {issue} for more than a year.',
      '{Body} said its offer of a {pct} pay rise over two years was fair and urged the union to return to talks.',
      'About {big} {users} rely on {service}, which would be cut back during the walkout.',
      '{Body} plans to keep {service} running with managers and agency staff.',
      'Talks between {body} and the {staff} are scheduled to resume on {day} with a mediator, {person} said.',
      'The last dispute at {place}, in {year}, ended after {small} days with a deal on {issue}.',
      'Leaders in {town2} urged {body} and the {staff} to settle before the holiday season.',
      '{Users} who spoke to reporters in {town} said they backed the {staff} but feared disruption to {service}.',
      'Turnout among {staff} at {place} in the ballot was {pct}, {person} said.',
    ],
  },
  budget: {
    headlines: ['{Body} approves {money} plan for {asset} in {town}', '{Place} in {town} to get {asset} despite cuts elsewhere'],
    body: [
      '{Body} voted on {weekday} to spend {money} on {asset} at {place} in {town}.',
      'Chair {person} said the investment would protect {service} for the next decade.',
      'The plan also trims spending on {issue} by {pct}, which critics in {town} called short-sighted.',
      'Work on {asset} is due to begin in {month} and finish by {year}.',
      '{Staff} at {place} welcomed the decision but said {issue} remained their main concern.',
      'The money for {asset} comes partly from a government grant and partly from a loan, {person} said.',
      'About {big} {users} use {service} each year, according to figures from {body}.',
      'A public consultation on {asset} drew {n} responses, most of them in favour.',
      'Councillors in {town2} said they would seek similar funding for their own {place}.',
      'The vote at {body} passed by {small} votes to {small}.',
    ],
  },
  lawsuit: {
    headlines: ['Judge rules against {body} in dispute over {issue}', '{Users} in {town} sue {body} over {issue}'],
    body: [
      'A group of {n} {users} in {town} sued {body} on {weekday}, saying it had ignored complaints about {issue}.',
      'Judge {person} ordered {body} to hand over its internal reports on {service} by {day}.',
      'Lawyers for {body} said the claims were exaggerated and that {service} met every legal standard.',
      'The case centres on {issue} at {place}, which the plaintiffs say dates back to {year}.',
      'Lead plaintiff {person} said {users} had no choice but to go to court.',
      'A hearing on the merits of the case against {body} is set for {month}.',
      '{Staff} at {place} are expected to give evidence, according to court filings.',
      'A similar case against the operator of {place} in {town2} was settled out of court.',
      'The plaintiffs are seeking damages of {money} and changes to {service}.',
      'Legal experts said the ruling could affect how {body} handles {issue} across the region.',
    ],
  },
  study: {
    headlines: ['Report finds {issue} at {place} in {town} worse than thought', 'Study of {users} in {town} questions {service}'],
    body: [
      'A report published on {weekday} found that {issue} at {place} in {town} had worsened over the past {small} years.',
      'The authors surveyed {big} {users} and {n} {staff} for the report.',
      'Lead author {person} said {service} had held up better than expected despite {issue}.',
      'The report recommends that {body} set aside {money} to deal with {issue}.',
      '{Body} said it would study the findings and respond by {day}.',
      'About {pct} of {users} said they were satisfied with {service}, down from a larger share in {year}.',
      'Researchers compared {place} with similar sites in {town2} and elsewhere.',
      '{Staff} told the researchers that {issue} made their work harder, {person} said.',
      'The findings on {service} will be presented at a public meeting in {town} in {month}.',
      'Critics said the report on {place} relied on data from a single year.',
    ],
  },
  opening: {
    headlines: ['{Town} opens {asset} at {place}', '{Asset} at {place} opens to {users} after {small} years'],
    body: [
      '{Body} opened {asset} at {place} in {town} on {weekday}, {small} years after the project was first proposed.',
      '{Asset} cost {money}, about {pct} more than {body} first estimated.',
      'Manager {person} said {asset} would let {place} expand {service}.',
      '{Users} got a first look at {asset} during an open day on {day}.',
      'The work created {n} jobs, including {small} new posts for {staff}.',
      '{Staff} had campaigned for {asset} since {year}, {person} said.',
      'A second phase at {place}, including car parking, is planned for {month}.',
      'Officials from {town2} attended the opening and said they hoped to copy the design of {asset}.',
      'The opening was delayed twice by supply problems and a dispute over {issue}.',
      '{Place} now handles about {big} {unit}, according to {body}.',
    ],
  },
  accident: {
    headlines: ['{n} hurt in accident at {place} in {town}', 'Inquiry opened after accident at {place} in {town}'],
    body: [
      '{n} people were hurt on {weekday} when a [fire|collapse|gas leak|power failure] hit {place} in {town}, emergency services said.',
      'Most of the injured were {staff}, and {small} were taken to hospital, {person} said.',
      '{Service} was suspended and {users} were told to stay away until further notice.',
      '{Body} has opened an inquiry into the cause and will report by {day}.',
      'Safety inspector {person} said the incident may be linked to {issue}.',
      'It was the second incident at {place} since {year}.',
      '{Staff} at {place} said they had warned managers about {issue} months ago.',
      'Crews from {town2} helped bring the situation at {place} under control within {n} minutes.',
      '{Body} said {service} would resume once engineers had checked the site.',
      'Damage to {place} was estimated at {money}, {person} said.',
    ],
  },
  inspection: {
    headlines: ['Inspectors rate {place} in {town} as [inadequate|requiring improvement|good]', 'Watchdog criticises {body} over {issue}'],
    body: [
      'Inspectors who visited {place} in {town} in {month} said {issue} put {service} at risk.',
      'The inspection report, published on {weekday}, gave {place} a rating of [inadequate|requires improvement|good].',
      'Chief inspector {person} said {staff} were committed but lacked support from {body}.',
      '{Body} said it accepted the findings and had already hired {small} more {staff}.',
      'Inspectors found that {pct} of {users} waited longer than the target for {service}.',
      'The previous inspection, in {year}, had rated {place} as good.',
      '{Users} and their families told inspectors about problems with {issue}, {person} said.',
      'A follow-up inspection of {service} will take place within {small} months.',
      '{Body} in {town2} was praised in a similar report last year.',
      'The report made {n} recommendations to {body}.',
    ],
  },
  award: {
    headlines: ['{Place} in {town} wins national award for {service}', '{Person} of {place} named [manager|team leader|worker] of the year'],
    body: [
      '{Place} in {town} won a national award on {weekday} for {service}.',
      'Judges praised {staff} for the way they had dealt with {issue}.',
      'Manager {person} said the award belonged to the whole team at {place}.',
      '{Body} said the prize of {money} would go towards {asset}.',
      'More than {big} {users} had voted in the public category of the awards.',
      '{Place} was shortlisted in {year} but did not win.',
      'The runner-up was {place} in {town2}, {person} said.',
      '{Staff} from {place} collected the award at a ceremony in the capital on {day}.',
      '{Staff} celebrated with {users} at a party on {weekday}.',
      'The award for {service} is given each year by an association of {n} operators.',
    ],
  },
  closure: {
    headlines: ['{Body} to close {place} in {town}', '{Users} protest plan to shut {service} in {town}'],
    body: [
      '{Body} said on {weekday} it would close {place} in {town} by {month}, blaming {issue}.',
      'About {n} {staff} will lose their jobs or be moved to sites in {town2}.',
      '{Users} will have to travel further for {service}, campaigners said.',
      'Campaigner {person} said a petition to save {place} had {big} signatures.',
      '{Body} said keeping {place} open would cost {money} over five years.',
      '{Place} opened in {year} and has been losing money for {small} years, {person} said.',
      '{Staff} were told of the decision at a meeting on {weekday} morning.',
      'Local politicians called for {asset} to be built instead of closing the site.',
      '{Body} will take a final decision on {day} after a consultation with {users}.',
      'The closure would leave {town} without {service} for the first time since {year}.',
    ],
  },
  election: {
    headlines: ['{Person} elected to lead {body}', 'Candidates for {body} clash over {issue}'],
    body: [
      '{Person} was elected chair of {body} on {weekday}, winning {pct} of the vote.',
      'The new chair promised to deal with {issue} and to protect {service}.',
      'Turnout among members of {body} was {pct}.',
      'The outgoing chair, {person}, had led {body} since {year}.',
      '{Staff} at {place} in {town} said they hoped the new leadership would listen to them.',
      'The runner-up, {person}, said she would stay on the board of {body}.',
      'The first meeting of {body} under the new chair is set for {day}.',
      'Candidates debated {issue} at a hustings in {town2} attended by {n} people.',
      '{Users} of {service} asked every candidate how they would pay for {asset}.',
      'The post at {body} carries a salary of about ${n},000 a year.',
    ],
  },
};
const EVENT_NAMES = Object.keys(EVENTS);
/**
 * Templates of the pages' filler paragraphs, used in no index article: a page's filler is prose
 * unrelated to anything indexed (as most background paragraphs of a real article are), so its matches
 * are the seeds' facts alone whatever the index. Travel and history notes, in the same voice.
 */
const PAGE_TEMPLATES = [
  'The old road to {town} winds past orchards, stone walls and a chapel that {person} restored by hand.',
  'Visitors to {town} often stop at the bakery on the square, where {person} still fires the oven with beech logs.',
  'Local historians in {town} say the covered bridge was painted red in {year} to please a visiting bishop.',
  'A narrow-gauge railway once carried slate from the quarries above {town} down to the harbour at {town2}.',
  'In spring the meadows around {town} turn yellow with cowslips, {person} wrote in a guidebook.',
  'The museum in {town} keeps a collection of {big} buttons, thimbles and hand-painted postcards.',
  '{person} remembers skating on the frozen millpond in {town} every winter as a child.',
  'A footpath follows the river from {town} to {town2}, crossing it twice on wooden stepping stones.',
  'The annual cheese fair in {town} draws farmers from the hills with wheels weighing up to {n} kilograms.',
  'Archaeologists digging near {town} in {year} uncovered a Roman kiln and fragments of glazed pottery.',
  'The lighthouse at {town2} was automated in {year}, and its last keeper, {person}, moved to {town}.',
  'Cyclists climbing the pass above {town} are rewarded with views of {small} lakes on a clear day.',
  'The parish records of {town} list a great flood, a plague of locusts and a travelling circus with an elephant.',
  '{person} runs a small press in {town} that prints poetry pamphlets on a hand-operated letterpress.',
  'Evening concerts in the cloister of {town} are lit only by candles, {person} said.',
  'The dialect spoken in the valley around {town} has its own words for {small} kinds of rain.',
];

/** Background on the sector, said in any kind of story about it. */
const BACKGROUND = [
  '{Place} in {town} employs about {big} people and serves {users} from across the region.',
  '{Body} has run {place} since {year}, when it took over from the county.',
  'Demand for {service} has grown by {pct} over the past five years, according to {body}.',
  '{Place} handles about {big} {unit}, more than any similar site in the region.',
  '{Staff} at {place} are represented by a union that has about {big} members in {town}.',
  'Plans for {asset} were first drawn up in {year} but shelved for lack of money.',
  '{Users} in {town2} have long complained about {issue}, {person} said.',
  'The last major investment at {place} was in {year}, when {body} spent {money} on repairs.',
  '{Issue} has been a recurring theme at meetings of {body}.',
  'Figures from {body} show that {service} ran at {pct} of capacity last year.',
];

/** Said in every kind of story. */
const BOILERPLATE = [
  '{person} did not respond to a request for comment.',
  'The [story|situation] is [developing|still unfolding] and this article will be updated.',
  '{person} contributed reporting from {town2}.',
];

/**
 * A template that names a person and a place: placed ("In {town}, …") when it names no place,
 * attributed ("…, {person} said.") when it names no one. Real reports name names in most sentences,
 * and names are what tell one council's vote from another's: without them a sentence shape would
 * link to every other story of its kind in the index.
 */
function named(template: string): string {
  let t = template;
  if (!/\{(?:town|Town|town2)\}/.test(t)) t = `In {town}, ${t.startsWith('{') ? t.replace(/^\{(\w)/, (_, c: string) => `{${c.toLowerCase()}`) : t.charAt(0).toLowerCase() + t.slice(1)}`;
  if (!/\{(?:person|Person)\}/.test(t)) t = t.replace(/\.$/, /\b(said|says)\b/.test(t) ? ', {person} added.' : ', {person} said.');
  return t;
}

/**
 * Each writer's own words for a template's fixed words, chosen per sentence. Two stories built on the
 * same template then share some of its words, not all of them, as two reporters' sentences would.
 * Alternatives avoid the synonym groups of lib/text/concepts.ts, which would fold them together again.
 */
const WORDING: Readonly<Record<string, readonly string[]>> = {
  voted: ['voted', 'opted', 'resolved', 'chose'],
  vote: ['vote', 'ballot', 'poll'],
  broke: ['broke', 'collapsed', 'stalled', 'failed'],
  raised: ['raised', 'voiced', 'flagged', 'aired'],
  concerns: ['concerns', 'worries', 'fears', 'doubts'],
  offer: ['offer', 'proposal', 'package', 'bid'],
  fair: ['fair', 'reasonable', 'generous', 'sensible'],
  urged: ['urged', 'pressed', 'asked', 'called on'],
  rely: ['rely', 'depend', 'count'],
  scheduled: ['scheduled', 'expected', 'set', 'due'],
  resume: ['resume', 'restart', 'reopen', 'begin again'],
  ended: ['ended', 'finished', 'closed', 'wrapped up'],
  leaders: ['leaders', 'politicians', 'representatives', 'mayors'],
  settle: ['settle', 'compromise', 'reach terms', 'make peace'],
  backed: ['backed', 'supported', 'sympathised with', 'stood by'],
  feared: ['feared', 'dreaded', 'worried about', 'expected'],
  disruption: ['disruption', 'chaos', 'delays', 'upheaval'],
  spend: ['spend', 'invest', 'put', 'commit'],
  protect: ['protect', 'safeguard', 'secure', 'shield'],
  decade: ['decade', 'ten years', 'next generation', 'long term'],
  trims: ['trims', 'reduces', 'lowers', 'pares back'],
  critics: ['critics', 'opponents', 'sceptics', 'detractors'],
  welcomed: ['welcomed', 'applauded', 'praised', 'greeted'],
  remained: ['remained', 'stayed', 'was still', 'continued to be'],
  concern: ['concern', 'worry', 'priority', 'grievance'],
  grant: ['grant', 'subsidy', 'award', 'allocation'],
  loan: ['loan', 'bond', 'credit line', 'borrowing'],
  consultation: ['consultation', 'survey', 'hearing', 'poll'],
  responses: ['responses', 'replies', 'submissions', 'comments'],
  favour: ['favour', 'support', 'agreement', 'approval'],
  councillors: ['councillors', 'aldermen', 'officials', 'politicians'],
  funding: ['funding', 'money', 'investment', 'grants'],
  sued: ['sued', 'took legal action against', 'filed suit against', 'went to court against'],
  ignored: ['ignored', 'dismissed', 'brushed aside', 'overlooked'],
  complaints: ['complaints', 'grievances', 'objections', 'protests'],
  ordered: ['ordered', 'told', 'directed', 'instructed'],
  reports: ['reports', 'records', 'files', 'documents'],
  lawyers: ['lawyers', 'attorneys', 'counsel', 'solicitors'],
  exaggerated: ['exaggerated', 'overstated', 'unfounded', 'inflated'],
  hearing: ['hearing', 'trial', 'session', 'review'],
  evidence: ['evidence', 'testimony', 'statements', 'accounts'],
  settled: ['settled', 'resolved', 'closed', 'dropped'],
  damages: ['damages', 'compensation', 'redress', 'payouts'],
  experts: ['experts', 'scholars', 'analysts', 'specialists'],
  ruling: ['ruling', 'judgment', 'verdict', 'decision'],
  worsened: ['worsened', 'deteriorated', 'grown worse', 'declined'],
  surveyed: ['surveyed', 'interviewed', 'polled', 'questioned'],
  recommends: ['recommends', 'proposes', 'suggests', 'advises'],
  satisfied: ['satisfied', 'happy', 'content', 'pleased'],
  compared: ['compared', 'contrasted', 'measured', 'benchmarked'],
  harder: ['harder', 'tougher', 'more difficult', 'more stressful'],
  presented: ['presented', 'discussed', 'shown', 'debated'],
  relied: ['relied', 'drew', 'was based', 'depended'],
  proposed: ['proposed', 'suggested', 'floated', 'mooted'],
  expand: ['expand', 'extend', 'grow', 'enlarge'],
  created: ['created', 'generated', 'brought', 'added'],
  campaigned: ['campaigned', 'lobbied', 'pushed', 'argued'],
  planned: ['planned', 'pencilled in', 'expected', 'foreseen'],
  delayed: ['delayed', 'held up', 'postponed', 'set back'],
  hurt: ['hurt', 'injured', 'wounded', 'harmed'],
  suspended: ['suspended', 'halted', 'paused', 'stopped'],
  inquiry: ['inquiry', 'investigation', 'review', 'probe'],
  incident: ['incident', 'accident', 'episode', 'event'],
  warned: ['warned', 'alerted', 'told', 'cautioned'],
  crews: ['crews', 'teams', 'units', 'responders'],
  damage: ['damage', 'losses', 'repairs', 'harm'],
  inspectors: ['inspectors', 'auditors', 'assessors', 'examiners'],
  risk: ['risk', 'danger', 'jeopardy', 'peril'],
  rating: ['rating', 'grade', 'score', 'verdict'],
  committed: ['committed', 'dedicated', 'hard-working', 'devoted'],
  lacked: ['lacked', 'missed', 'went without', 'needed'],
  accepted: ['accepted', 'acknowledged', 'welcomed', 'agreed with'],
  hired: ['hired', 'recruited', 'taken on', 'appointed'],
  waited: ['waited', 'queued', 'were kept waiting', 'had to wait'],
  recommendations: ['recommendations', 'proposals', 'suggestions', 'demands'],
  won: ['won', 'received', 'collected', 'earned'],
  judges: ['judges', 'assessors', 'the jury', 'the panel'],
  praised: ['praised', 'commended', 'lauded', 'applauded'],
  prize: ['prize', 'award', 'purse', 'cheque'],
  shortlisted: ['shortlisted', 'nominated', 'a finalist', 'in contention'],
  ceremony: ['ceremony', 'gala', 'dinner', 'event'],
  celebrated: ['celebrated', 'marked the win', 'toasted the news', 'rejoiced'],
  close: ['close', 'shut', 'wind down', 'shutter'],
  blaming: ['blaming', 'citing', 'pointing to', 'because of'],
  lose: ['lose', 'be without', 'give up', 'forfeit'],
  campaigners: ['campaigners', 'activists', 'protesters', 'residents'],
  petition: ['petition', 'appeal', 'open letter', 'campaign'],
  signatures: ['signatures', 'names', 'backers', 'supporters'],
  losing: ['losing', 'bleeding', 'haemorrhaging', 'running short of'],
  politicians: ['politicians', 'lawmakers', 'councillors', 'officials'],
  elected: ['elected', 'chosen', 'voted in', 'picked'],
  promised: ['promised', 'pledged', 'vowed', 'undertook'],
  turnout: ['turnout', 'participation', 'the turnout', 'attendance'],
  outgoing: ['outgoing', 'departing', 'retiring', 'former'],
  debated: ['debated', 'argued over', 'clashed over', 'discussed'],
  salary: ['salary', 'stipend', 'wage', 'pay'],
  opened: ['opened', 'inaugurated', 'unveiled', 'launched'],
  report: ['report', 'review', 'audit', 'assessment'],
  findings: ['findings', 'results', 'conclusions', 'data'],
};
const WORDING_RE = new RegExp(`\\b(${Object.keys(WORDING).join('|')})\\b`, 'gi');

function reworded(text: string, rng: Rng): string {
  return text.replace(WORDING_RE, (w) => {
    const alt = pick(rng, WORDING[w.toLowerCase()] ?? [w]);
    return w.charAt(0) === w.charAt(0).toUpperCase() ? cap(alt) : alt;
  });
}

function fill(template: string, s: Slots, rng: Rng): string {
  return reworded(template, rng).replace(/\[([^\]]+)\]/g, (_, alts: string) => pick(rng, alts.split('|'))).replace(/\{(\w+)\}/g, (m, k: string) => s[k]?.() ?? m);
}

function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/**
 * A filler article: a headline, 7–10 sentences of one event at one sector and 3–6 of background on
 * the sector (each template at most once), in paragraphs of 1–3 sentences: 220–380 words.
 */
export function fillerArticle(rng: Rng): { title: string; text: string } {
  const event = EVENTS[pick(rng, EVENT_NAMES)] as Event;
  const s = slots(rng, cast(rng), pick(rng, SECTORS));
  const title = fill(pick(rng, event.headlines), s, rng);
  const told = shuffled(rng, event.body).slice(0, int(rng, 7, 10));
  const background = shuffled(rng, BACKGROUND).slice(0, int(rng, 0, 1));
  // Background goes after the first two sentences of news, as reporters place it.
  const sentences = [...told.slice(0, 2), ...background, ...told.slice(2)].map((x) => fill(named(x), s, rng));
  if (chance(rng, 0.5)) sentences.push(fill(named(pick(rng, BOILERPLATE)), s, rng));
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const k = int(rng, 1, 3);
    paragraphs.push(sentences.slice(i, i + k).join(' '));
    i += k;
  }
  return { title, text: [title, ...paragraphs].join('\n\n') };
}

/** One paragraph of filler prose for a long page: 2–3 sentences of travel and history notes (PAGE_TEMPLATES). */
export function fillerParagraph(rng: Rng): string {
  const s = slots(rng, cast(rng), pick(rng, SECTORS));
  return shuffled(rng, PAGE_TEMPLATES)
    .slice(0, int(rng, 2, 3))
    .map((x) => fill(x, s, rng))
    .join(' ');
}
