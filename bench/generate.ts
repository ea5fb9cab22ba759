/**
 * Deterministic generator of quote-dense, news-like English articles for the benchmark and its
 * tests. Every name, place and phrase is assembled from the invented lists below (nothing comes
 * from the shared corpus), so the text is realistic in shape but not in content.
 */

export type GeneratedQuote = {
  /** UTF-16 offsets of the quoted words, marks excluded (what `analyze` should report). */
  start: number;
  end: number;
  text: string;
  kind: "direct" | "partial" | "term";
};

export type GeneratedArticle = {
  text: string;
  words: number;
  quotes: GeneratedQuote[];
};

type Rng = () => number;
/** `glued`: printed without a space before it (the ’ of "parents’"). */
type Tok = { text: string; slot: string; glued?: boolean };
type Utterance = { speaker: number; kind: "direct" | "partial"; toks: Tok[] };
type Speaker = { first: string; last: string; pronoun: string; role: string };
type Event = { slots: Record<string, string[]>; speakers: Speaker[]; utterances: Utterance[] };
type Fate = "same" | "word" | "truncate" | "punct" | "speaker" | "omit";
type Style = { open: string; close: string; sOpen: string; sClose: string; apos: string; dash: string; ellipsis: string };
type Typography = "curly" | "straight" | "mixed";

const list = (s: string): string[] => s.split("|");

/** Slot lists; `{name}` inside an entry expands recursively. Apostrophes are written ’ and restyled per article. */
const VOCAB: Record<string, string[]> = {
  first: list("Maren|Tobiah|Ilse|Corwin|Delphine|Osric|Yara|Bastien|Lioba|Fenwick|Aurelie|Dashiell|Saoirse|Emeric|Talitha|Joren|Wrenna|Caspian|Odile|Ambrose|Nerys|Quillon|Isaura|Leander"),
  last: list("Quellfield|Brannock|Pellwright|Osterhag|Vantreece|Marchbank|Dellacourt|Hollinrake|Trevanion|Ashgrove|Kilbride|Mornington|Sallowby|Rensfield|Carraway-Holt|O’Dwyer|Fairweather|Lindqvale|Abernath|Stroud-Mallory"),
  role: list("the deputy mayor of {place}|a spokeswoman for the {org}|the chair of the {org}|a councillor for the {ward} ward|the head teacher at {place} Primary|a nurse at {place} General|the owner of a bakery on {street}|a retired engineer who lives near the {site}|the chief executive of the {org}|a union representative at the {site}"),
  place: list("Kessington|Tallow Vale|Brinmoor|Estervale|Port Callow|Hembury Cross|Wexmoor|Ardlow|Saltmarsh End|Colderby"),
  org: list("Tallow Vale water board|Brinmoor district council|Estervale harbour trust|Kessington transport authority|regional health directorate|Port Callow residents’ association|Ardlow housing cooperative|Wexmoor farmers’ union"),
  site: list("old mill bridge|north levee|pumping station|ferry terminal|Ardlow depot|east reservoir|bypass junction|harbour wall"),
  street: list("Cobbler Lane|Marsh Road|Fennick Street|Tanners Row|Quarry Hill"),
  ward: list("Riverside|Northgate|Eastfield|Highcross"),
  day: list("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
  month: list("January|March|April|June|September|October|November"),
  noun: list("plan|repairs|budget|inspection|timetable|compensation|evacuation|warning|closure|review|contract|report|pumps|barrier|funding|schedule|survey|consultation|tender|pipeline|embankment|sluice|culvert|ferry|bus route|clinic|rota|subsidy|levy|permit|petition|ballot|audit|estimate|deadline|hearing|appeal|settlement|insurance|bridge|harbour dues|water rates|flood map|sandbag depot|pumping rota|river gauge|bridge tolls|school bus|night ferry|allotments|sea defences|parking permits|drainage survey|grit store|relief fund|boatyard|cycle path|lock gates|storm drains|weir"),
  adj: list("proper|independent|honest|urgent|detailed|realistic|fair|temporary|permanent|expensive|cheaper|half-finished|flawed|rushed|secret|promised|revised|original|emergency|long-term|new|old|regional|local|written|formal|public|private|overdue|costly|careful|botched|belated|generous|patchy|unsigned|leaked|draft|binding|token|cosmetic|piecemeal|rolling|standing|cautious"),
  people: list("families|parents|residents|neighbours|workers|farmers|shopkeepers|pensioners|tenants|commuters|volunteers|landlords|drivers|students"),
  subj: list("We|I|They|Nobody|Our {people}|My family|These {people}|The engineers|Half the town|The inspectors|My neighbours|Everyone here|The board|The contractors|Our members|Most {people}|Two of my {kin}|The children|Anybody sensible|You|The volunteers|Our lawyers|The harbour master|My husband|My wife|The lifeboat crew|Our street|The whole village|Every parent I know|The night staff"),
  modal: list("will|would|could|should|cannot|did not|might|must|will never|could not|would never|simply cannot|still won’t|refused to|had to|tried to"),
  qmodal: list("could|should|can|will|would|must"),
  verb: list("accept|ignore|afford|trust|support|rebuild|question|fund|replace|defend|repair|understand|forgive|explain|finish|inspect|delay|cancel|reopen|sell|block|approve|reject|challenge|survive|measure|insure|move|protect|abandon|postpone|publish|renegotiate|scrap|underwrite|rethink|audit|mothball|relocate|double|halve|extend|reroute|rezone|subsidise"),
  past: list("rejected|questioned|paid for|waited for|warned about|trusted|lost|found|photographed|reported|flagged|measured|opposed|welcomed|funded|mapped|signed|drafted|leaked|costed|scrapped|published|renegotiated|underwrote|rethought|audited|mothballed|relocated|doubled|halved|extended|rerouted|rezoned|subsidised|shelved"),
  det: list("the|this|that|their|our|any|another|a single|every|one more"),
  adjunct: list("before the winter|by the end of {month}|in {place}|on {street}|this year|for the {people}’ sake|without a vote|after the last flood|every single week|at the {site}|without telling anyone|behind closed doors|in {num} days|for {num} years|until {month}|at any price|on our own|in writing|next spring|after dark"),
  kin: list("sons|daughters|cousins|grandchildren|colleagues|tenants"),
  feel: list("angry|exhausted|worried|frustrated|hopeful|disappointed|relieved|furious|ashamed|baffled"),
  conj: list("and|but|so"),
  negadj: list("unacceptable|irresponsible|disappointing|reckless|premature|misleading|shameful|cynical|chaotic|insulting"),
  adv: list("deeply|frankly|utterly|completely|plainly|simply"),
  disaster: list("disgrace|scandal|fiasco|farce|catastrophe|betrayal"),
  termAdj: list("temporary|managed|phased|controlled|flexible|community|resilience|modernisation|listening|rapid|strategic|green|smart|shared|interim|blue-sky|agile|joined-up|holistic|right-sized"),
  termNoun: list("relief scheme|retreat|recovery|release|staffing|partnership|corridor|plan|exercise|review|hub|pathway|framework|reset|package|zone|programme|dialogue|taskforce|roadmap"),
  said: list("said|said|said|said|added|warned|insisted|explained|argued|recalled"),
};

/** Clauses whose every content word is drawn, so two quotes rarely share more than "the". */
const GENERIC_CLAUSES = [
  "{subj} {modal} {verb} {det} {adj} {noun} {adjunct}",
  "{subj} {past} {det} {adj} {noun} {adjunct}",
  "{subj} {modal} {verb} {det} {noun}",
  "{subj} {past} {det} {noun} {adjunct}",
];
/** Clauses with a fixed skeleton; drawn rarely, since a speaker who repeats one is rare too. */
const SPECIAL_CLAUSES = list(
  "I’m {feel} about the {adj} {noun}|I’ve never been so {feel} in {num} years|It’s not about the {noun}, it’s about the {people}|" +
    "We were told {num} {people} would be moved, not {num}|They keep calling it a {nested}|My {kin} {past} the {noun} {adjunct}|" +
    "Nobody from the {org} came to see the {site}|The {people}’ {noun} was {past} {num} times|This is {negadj}!|" +
    "Who {qmodal} {verb} the {adj} {noun}?|Why did the {org} {verb} the {noun} {adjunct}?|How {qmodal} we {verb} a {noun} like this?",
);
/** Share of quote clauses drawn from SPECIAL_CLAUSES, in [0, 1]. */
const SPECIAL_SHARE = 0.05;

/** Partial quotations: mostly drawn word by word, now and then a stock phrase. */
const PARTIALS = list(
  "a {negadj} {noun} {adjunct}|{adv} {negadj} {adjunct}|a {negadj} gamble with the {people}’ {noun}|the worst {noun} in {num} years|" +
    "{negadj} and {negadj} {adjunct}|a {adj} first step towards {det} {adj} {noun}|{adj} but {negadj}|a {adv} {negadj} {disaster} {adjunct}",
);
const STOCK_PARTIALS = list("a slap in the face for {people}|nothing short of a {disaster}|too little, too late|a kick in the teeth");
/** Share of partial quotations that are stock phrases, in [0, 1]. */
const STOCK_SHARE = 0.05;
const SYLLABLES = list("mar|lo|wen|bre|va|tis|kor|da|fen|ril|os|tan|me|quo|sel|bar|nith|eld|ru|cam|ves|ho|lin|dra");

/** An invented proper name ("Marlowen"), so that each scare-quoted term is the event's own. */
function inventedName(rng: Rng): string {
  let name = "";
  for (let i = 2 + Math.floor(rng() * 2); i > 0; i--) name += pick(rng, SYLLABLES);
  return capital(name);
}
const PROSE = list(
  "The {org} met on {day} to discuss the {noun} in {place}.|More than {num} residents attended the meeting near the {site}.|" +
    "It’s the {ord} time this year that the {site} has been closed.|The {org}’s statement did not say when the {noun} would be ready.|" +
    "Officials in {place} have promised a {adj} review of the {noun} by {month}.|{place}’s {people} have raised concerns about the {noun} for months.|" +
    "The {people}’ group said it would respond later in the week.|According to figures released on {day}, the {noun} has cost £{num} million so far.|" +
    "Work on the {site} began in {month} and was expected to take {num} weeks.|Traffic was diverted along {street} for most of {day}.|" +
    "A report published in {month} found that the {site} had not been inspected for {num} years.|The {org} did not respond to a request for comment.",
);
const TERM_PROSE = list(
  "The {org} has described the work as part of its {T}.|Residents have little faith in the so-called {T}.|" +
    "Critics say the {T} exists mostly on paper.|What the {org} calls a {T} began on {day}.",
);
const PARTIAL_FRAMES = list(
  "{S} called the {noun} {P}.|{S} said the {org} had been {P} in its handling of the {noun}.|" +
    "{S} described the {noun} as {P}, adding that the {people} would not give up.|In a statement, {S} said the {noun} was {P}.",
);
const ORDINALS = list("second|third|fourth|fifth|sixth");
const FATES_FIRST: [Fate, number][] = [["same", 0.93], ["omit", 0.07]];
/** Shares of what the other articles do with each utterance, in [0, 1], summing to 1. */
const FATES_OTHER: [Fate, number][] = [["same", 0.6], ["word", 0.1], ["truncate", 0.08], ["punct", 0.08], ["speaker", 0.02], ["omit", 0.12]];
const CURLY: Style = { open: "“", close: "”", sOpen: "‘", sClose: "’", apos: "’", dash: " — ", ellipsis: "…" };
const STRAIGHT: Style = { open: '"', close: '"', sOpen: "'", sClose: "'", apos: "'", dash: " -- ", ellipsis: "..." };

/** mulberry32: tiny, fast and plenty for varying benchmark text. */
function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  const x = xs[Math.floor(rng() * xs.length)];
  if (x === undefined) throw new Error("pick from an empty list");
  return x;
}

function pickWeighted<T>(rng: Rng, table: readonly [T, number][]): T {
  let r = rng();
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  return pick(rng, table)[0];
}

function fill(rng: Rng, template: string, slots: Record<string, string[]>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => fill(rng, expandSlot(rng, name, slots), slots));
}

function expandSlot(rng: Rng, name: string, slots: Record<string, string[]>): string {
  if (name === "num") return String(2 + Math.floor(rng() * 88));
  if (name === "ord") return pick(rng, ORDINALS);
  if (name === "nested") return pick(rng, slots.term ?? []);
  return pick(rng, slots[name] ?? VOCAB[name] ?? [name]);
}

/** Tokens keep their slot so a later edit can swap one word for another of the same kind. */
function toTokens(rng: Rng, template: string, slots: Record<string, string[]>): Tok[] {
  const toks: Tok[] = [];
  for (const part of template.split(/(\{\w+\}|[,?!])/)) {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    if (slot !== undefined) toks.push({ text: fill(rng, `{${slot}}`, slots), slot });
    else if (part === ",") toks.push({ text: ",", slot: "join" });
    else if (part === "?" || part === "!") toks.push({ text: part, slot: "end" });
    else for (const [i, w] of part.split(" ").entries()) if (w !== "") toks.push({ text: w, slot: "", glued: i === 0 && toks.length > 0 });
  }
  if (toks.at(-1)?.slot !== "end") toks.push({ text: ".", slot: "end" });
  return toks;
}

function lowerFirst(toks: Tok[]): Tok[] {
  const [head, ...rest] = toks;
  if (head === undefined || /^I\b/.test(head.text)) return toks;
  return [{ ...head, text: head.text.charAt(0).toLowerCase() + head.text.slice(1) }, ...rest];
}

function clause(rng: Rng, slots: Record<string, string[]>): Tok[] {
  return toTokens(rng, pick(rng, rng() < SPECIAL_SHARE ? SPECIAL_CLAUSES : GENERIC_CLAUSES), slots);
}

function quoteBody(rng: Rng, slots: Record<string, string[]>): Tok[] {
  const first = clause(rng, slots);
  const r = rng();
  if (r < 0.3 && first.at(-1)?.text === ".") {
    const joiner = rng() < 0.7 ? [{ text: ",", slot: "join" }, { text: pick(rng, VOCAB.conj ?? []), slot: "conj" }] : [{ text: "—", slot: "join" }];
    return [...first.slice(0, -1), ...joiner, ...lowerFirst(clause(rng, slots))];
  }
  if (r < 0.65) return [...first, ...clause(rng, slots)];
  return first;
}

/** Speakers and scare-quoted terms grow with length so that neither repeats unrealistically often. */
const WORDS_PER_SPEAKER = 2_500;
const WORDS_PER_TERM = 300;

function createEvent(rng: Rng, words: number): Event {
  const slots: Record<string, string[]> = {
    place: [pick(rng, VOCAB.place ?? []), pick(rng, VOCAB.place ?? [])],
    org: [pick(rng, VOCAB.org ?? []), pick(rng, VOCAB.org ?? [])],
    site: [pick(rng, VOCAB.site ?? [])],
  };
  const terms = new Set<string>();
  while (terms.size < Math.max(3, Math.round(words / WORDS_PER_TERM))) terms.add(`${inventedName(rng)} ${fill(rng, rng() < 0.5 ? "{termAdj} {termNoun}" : "{termNoun}", slots)}`);
  slots.term = [...terms];
  const speakers = Array.from({ length: Math.min(24, 4 + Math.floor(words / WORDS_PER_SPEAKER)) }, (): Speaker => ({
    first: pick(rng, VOCAB.first ?? []),
    last: pick(rng, VOCAB.last ?? []),
    pronoun: pick(rng, ["she", "he", "she", "he", "they"]),
    role: fill(rng, pick(rng, VOCAB.role ?? []), slots),
  }));
  const utterances = Array.from({ length: Math.ceil(words / 20) + 20 }, (): Utterance => {
    const speaker = Math.floor(rng() * speakers.length);
    if (rng() < 0.2) return { speaker, kind: "partial", toks: toTokens(rng, pick(rng, rng() < STOCK_SHARE ? STOCK_PARTIALS : PARTIALS), slots).slice(0, -1) };
    return { speaker, kind: "direct", toks: quoteBody(rng, slots) };
  });
  return { slots, speakers, utterances };
}

function swapWord(rng: Rng, u: Utterance, slots: Record<string, string[]>): Utterance {
  const candidates = u.toks.flatMap((t, i) => (t.slot !== "" && t.slot !== "join" && t.slot !== "end" ? [i] : []));
  if (candidates.length === 0) return u;
  const at = pick(rng, candidates);
  const toks = u.toks.map((t, i) => {
    if (i !== at) return t;
    let text = t.text;
    for (let tries = 0; tries < 8 && text === t.text; tries++) text = fill(rng, `{${t.slot}}`, slots);
    return { ...t, text };
  });
  return { ...u, toks };
}

/** Keeps at least 60% of the words, cut at the start or the end, sometimes with a marked ellipsis. */
function truncate(rng: Rng, u: Utterance): Utterance {
  const n = u.toks.length;
  if (n < 6) return u;
  const cut = Math.max(1, Math.floor(n * (0.1 + rng() * 0.3)));
  const marked = rng() < 0.3 ? [{ text: "…", slot: "ellipsis" }] : [];
  if (rng() < 0.5) {
    const kept = u.toks.slice(0, n - cut).filter((t, i, all) => i < all.length - 1 || t.slot !== "join");
    const tail = u.kind === "direct" && kept.at(-1)?.slot !== "end" ? [...marked, { text: ".", slot: "end" }] : marked;
    return { ...u, toks: [...kept, ...tail] };
  }
  const rest = u.toks.slice(cut);
  while (rest[0]?.slot === "join" || rest[0]?.slot === "end") rest.shift();
  return { ...u, toks: [...marked, ...lowerFirst(rest)] };
}

function changePunctuation(u: Utterance): Utterance {
  const at = u.toks.findIndex((t) => t.slot === "join");
  const toks = [...u.toks];
  const join = toks[at];
  if (join !== undefined) toks[at] = { ...join, text: join.text === "," ? "—" : "," };
  else if (toks.at(-1)?.text === ".") toks[toks.length - 1] = { text: "!", slot: "end" };
  return { ...u, toks };
}

function applyFate(rng: Rng, fate: Fate, u: Utterance, event: Event): Utterance | null {
  if (fate === "omit") return null;
  if (fate === "word") return swapWord(rng, u, event.slots);
  if (fate === "truncate") return truncate(rng, u);
  if (fate === "punct") return changePunctuation(u);
  if (fate === "speaker") return { ...u, speaker: (u.speaker + 1) % event.speakers.length };
  return u;
}

function joinTokens(toks: readonly Tok[], style: Style): string {
  let s = "";
  for (const t of toks) {
    const text = t.slot === "ellipsis" ? style.ellipsis : t.slot === "nested" ? `${style.sOpen}${t.text}${style.sClose}` : t.text;
    if (s === "") s = text;
    else if ((t.slot === "join" && text !== "—") || t.slot === "end" || t.glued === true) s += text;
    else s += ` ${text}`;
  }
  return restyle(s, style);
}

function restyle(s: string, style: Style): string {
  return s.replaceAll(" — ", style.dash).replaceAll("’", style.apos).replace(/\b([Aa]) (?=['"‘“]?(?:[aeio]|u(?!ni)|hon))/g, "$1n ");
}

/** Accumulates the article and the offsets of every quotation as it is written. */
type Writer = { text: string; quotes: GeneratedQuote[]; style: Style };

function put(w: Writer, s: string): void {
  w.text += restyle(s, w.style);
}

function putQuote(w: Writer, body: string, kind: GeneratedQuote["kind"]): void {
  w.text += w.style.open;
  const start = w.text.length;
  w.text += body;
  w.quotes.push({ start, end: w.text.length, text: body, kind });
  w.text += w.style.close;
}

type Mentions = { seen: Set<number>; last: number };

/** How a speaker is credited: full name with role at first, then surname or pronoun. */
function mention(rng: Rng, event: Event, m: Mentions, speaker: number): string {
  const s = event.speakers[speaker];
  if (s === undefined) return "a witness";
  const again = m.last === speaker;
  m.last = speaker;
  if (!m.seen.has(speaker)) {
    m.seen.add(speaker);
    return `${s.first} ${s.last}, ${s.role},`;
  }
  if (again && rng() < 0.7) return s.pronoun;
  return rng() < 0.8 ? s.last : `${s.first} ${s.last}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function writeDirect(rng: Rng, w: Writer, event: Event, m: Mentions, u: Utterance): void {
  const who = mention(rng, event, m, u.speaker);
  const verb = pick(rng, VOCAB.said ?? []);
  const toks = u.toks;
  const endsWithPeriod = toks.at(-1)?.text === ".";
  const asClause = endsWithPeriod ? [...toks.slice(0, -1), { text: ",", slot: "end" }] : toks;
  const split = toks.findIndex((t, i) => i > 2 && i < toks.length - 3 && (t.slot === "join" || t.slot === "end") && t.text !== "—");
  const r = rng();
  if (r < 0.3 && split > 0) {
    const mark = toks[split]?.text ?? ",";
    const first = [...toks.slice(0, split), { text: mark === "." ? "," : mark, slot: "end" }];
    putQuote(w, joinTokens(first, w.style), "direct");
    put(w, ` ${who} ${verb}${toks[split]?.slot === "end" ? ". " : ", "}`);
    putQuote(w, joinTokens(toks.slice(split + 1), w.style), "direct");
  } else if (r < 0.6) {
    putQuote(w, joinTokens(asClause, w.style), "direct");
    put(w, ` ${who} ${verb}.`);
  } else if (r < 0.75 && who.includes(" ")) {
    putQuote(w, joinTokens(asClause, w.style), "direct");
    put(w, ` ${verb} ${who.replace(/,$/, "")}.`);
  } else {
    const lead = pick(rng, ["told reporters,", "said:", `said on ${fill(rng, "{day}", event.slots)},`, "said,"]);
    put(w, `${capital(who)} ${lead} `);
    putQuote(w, joinTokens(toks, w.style), "direct");
  }
}

function writePartial(rng: Rng, w: Writer, event: Event, m: Mentions, u: Utterance): void {
  const frame = fill(rng, pick(rng, PARTIAL_FRAMES).replace("{S}", "\u0001").replace("{P}", "\u0002"), event.slots);
  const [before = "", after = ""] = frame.replace("\u0001", mention(rng, event, m, u.speaker)).split("\u0002");
  const periodInside = after === "." && rng() < 0.5;
  put(w, capital(before));
  putQuote(w, joinTokens(u.toks, w.style) + (periodInside ? "." : ""), "partial");
  put(w, periodInside ? "" : after);
}

function writeProse(rng: Rng, w: Writer, event: Event): void {
  if (rng() < 0.1) {
    const [before = "", after = ""] = pick(rng, TERM_PROSE).split("{T}");
    put(w, fill(rng, before, event.slots));
    putQuote(w, restyle(pick(rng, event.slots.term ?? []), w.style), "term");
    put(w, fill(rng, after, event.slots));
    return;
  }
  put(w, fill(rng, pick(rng, PROSE), event.slots));
}

function countWords(s: string): number {
  return s.match(/\S+/g)?.length ?? 0;
}

function writeArticle(event: Event, variants: (Utterance | null)[], words: number, seed: number, typography: Typography): GeneratedArticle {
  const rng = createRng(seed);
  const w: Writer = { text: "", quotes: [], style: typography === "straight" ? STRAIGHT : CURLY };
  const m: Mentions = { seen: new Set(), last: -1 };
  const queue = variants.filter((u): u is Utterance => u !== null);
  let count = 0;
  for (let p = 0; count < words; p++) {
    const from = w.text.length;
    if (p > 0) put(w, "\n\n");
    if (typography === "mixed") w.style = rng() < 0.5 ? STRAIGHT : CURLY;
    const proseCount = p === 0 ? 2 : pickWeighted(rng, [[0, 0.05], [1, 0.3], [2, 0.4], [3, 0.25]]);
    const u = p === 0 ? undefined : queue.shift();
    const quoteAt = Math.floor(rng() * (proseCount + 1));
    for (let i = 0; i <= proseCount; i++) {
      if (i === quoteAt && u !== undefined) writeUtterance(rng, w, event, m, u);
      if (i < proseCount) writeProse(rng, spaced(w), event);
    }
    count += countWords(w.text.slice(from));
  }
  return { text: w.text, words: count, quotes: w.quotes };
}

function spaced(w: Writer): Writer {
  if (w.text !== "" && !/\s$/.test(w.text)) w.text += " ";
  return w;
}

function writeUtterance(rng: Rng, w: Writer, event: Event, m: Mentions, u: Utterance): void {
  spaced(w);
  if (u.kind === "partial") writePartial(rng, w, event, m, u);
  else writeDirect(rng, w, event, m, u);
}

function variantsFor(rng: Rng, event: Event, fates: readonly [Fate, number][]): (Utterance | null)[] {
  return event.utterances.map((u) => applyFate(rng, pickWeighted(rng, fates), u, event));
}

/**
 * `n` articles of about `words` words each on one invented event: the first prints the
 * utterances as spoken (bar a few), the others share most quotes, some with a changed word,
 * truncated, repunctuated or credited to someone else, and each has its own reporter prose.
 */
export function generateSources(n: number, words: number, seed: number): GeneratedArticle[] {
  const rng = createRng(seed);
  const event = createEvent(rng, words);
  return Array.from({ length: n }, (_, i) => {
    const variants = variantsFor(rng, event, i === 0 ? FATES_FIRST : FATES_OTHER);
    const typography: Typography = i === 0 ? "curly" : pick(rng, ["straight", "mixed", "curly"] as const);
    return writeArticle(event, variants, words, Math.floor(rng() * 2 ** 32), typography);
  });
}

/** Two articles of about `words` words each on the same event (see `generateSources`). */
export function generatePair(words: number, seed: number): [GeneratedArticle, GeneratedArticle] {
  const [a, b] = generateSources(2, words, seed);
  if (a === undefined || b === undefined) throw new Error("generateSources returned too few articles");
  return [a, b];
}

const SOUP_MARKS = [...`"'“”‘’„«»‹›‚‛‟「」`];
const SOUP_OTHER = [..."abcdefgh xyz .,\n"];

/** `length` characters, about 70% quote marks of every kind, the rest letters, spaces and stops. */
export function generateQuoteSoup(length: number, seed: number): string {
  const rng = createRng(seed);
  let s = "";
  while (s.length < length) s += rng() < 0.7 ? pick(rng, SOUP_MARKS) : pick(rng, SOUP_OTHER);
  return s;
}
