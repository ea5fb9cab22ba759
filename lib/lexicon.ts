/**
 * Word lists for attribution. Kept as data so that tuning them never touches the logic.
 */

const SPEECH_LEMMAS = [
  "say", "tell", "add", "declare", "state", "note", "write", "tweet", "post", "ask", "reply", "respond", "explain",
  "insist", "argue", "claim", "warn", "announce", "thank", "concede", "lament", "complain", "posit", "promise",
  "suggest", "signal", "shout", "call", "recall", "acknowledge", "admit", "urge", "vow", "pledge", "predict", "assert",
  "observe", "remark", "comment", "continue", "confirm", "deny", "mention", "report", "quip", "joke", "boast",
  "recount", "describe", "testify", "blame", "accuse", "invoke", "instruct", "demand", "cry", "yell", "whisper",
  "mutter", "exclaim", "conclude", "stress", "emphasize", "emphasise", "caution", "counter", "retort", "reiterate",
  "brag", "charge", "allege", "contend", "maintain", "proclaim", "snap", "sigh", "scream", "plead", "beg", "muse",
  "chant", "vent", "rail", "tout", "hail", "praise", "slam", "criticize", "criticise", "dub", "label", "brand",
  "characterize", "characterise", "term", "concur", "interject", "agree", "answer", "offer", "recite",
  "telegraph", "text", "email", "message", "broadcast", "recommend", "plea", "quote", "cite",
];

const IRREGULAR: Record<string, string[]> = {
  say: ["said"],
  tell: ["told"],
  write: ["wrote", "written"],
  cry: ["cried", "cries"],
  deny: ["denied", "denies"],
  reply: ["replied", "replies"],
  testify: ["testified", "testifies"],
};

/** Base forms double as nouns ("a campaign promise"); only these read as verbs bare ("they say"). */
const BARE_VERBS = new Set(["say"]);

function forms(lemma: string): string[] {
  const out = BARE_VERBS.has(lemma) ? [lemma] : [];
  const e = lemma.endsWith("e");
  const stem = e ? lemma.slice(0, -1) : lemma;
  const doubled = /^(?:snap|vent|quip|brag|beg|plea)$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  const sibilant = /(?:[sxz]|sh|ch)$/.test(lemma);
  out.push(sibilant ? lemma + "es" : lemma + "s");
  out.push(e ? lemma + "d" : doubled + "ed");
  out.push(e ? stem + "ing" : doubled + "ing");
  for (const f of IRREGULAR[lemma] ?? []) out.push(f);
  return out;
}

/** Every inflected form of a reporting verb, lower-case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_LEMMAS.flatMap(forms));

/** Speech forms that also serve as nouns or other verbs often enough to need a following cue. */
export const WEAK_VERBS: ReadonlySet<string> = new Set(["state", "states", "post", "posts", "term", "terms", "text", "texts", "message", "call", "calls", "charge", "charges", "report", "reports", "counter", "answer", "quote", "offer", "continue", "continues", "begin", "agree", "rail", "label", "brand", "cite", "email", "plea"]);

/** Reporting verbs that need no cue to read as one: SPEECH_VERBS less WEAK_VERBS, one lookup per token. */
export const STRONG_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS].filter((v) => !WEAK_VERBS.has(v)));

/** Titles that precede a name; the value is a gender when the title tells one. */
export const TITLES: ReadonlyMap<string, "m" | "f" | null> = new Map<string, "m" | "f" | null>([
  ["mr", "m"], ["mrs", "f"], ["ms", "f"], ["miss", "f"], ["dr", null], ["prof", null], ["professor", null],
  ["president", null], ["senator", null], ["sen", null], ["rep", null], ["representative", null], ["gov", null],
  ["governor", null], ["speaker", null], ["secretary", null], ["director", null], ["general", null], ["gen", null],
  ["judge", null], ["justice", null], ["chancellor", null], ["minister", null], ["leader", null], ["mayor", null],
  ["commissioner", null], ["chief", null], ["pope", "m"], ["king", "m"], ["queen", "f"], ["prince", "m"],
  ["princess", "f"], ["lady", "f"], ["lord", "m"], ["sir", "m"], ["dame", "f"], ["ambassador", null],
  ["sheriff", null], ["detective", null], ["captain", null], ["capt", null], ["lt", null], ["col", null],
  ["colonel", null], ["sgt", null], ["sergeant", null], ["adm", null], ["admiral", null], ["maj", null],
  ["vice", null], ["deputy", null], ["chairman", "m"], ["chairwoman", "f"], ["chair", null], ["rev", null],
  ["reverend", null], ["father", "m"], ["sister", "f"], ["brother", "m"], ["rabbi", null], ["imam", null],
  ["officer", null], ["premier", null], ["ceo", null], ["spokesman", "m"], ["spokeswoman", "f"],
  ["spokesperson", null], ["attorney", null], ["councilman", "m"], ["councilwoman", "f"], ["congressman", "m"],
  ["congresswoman", "f"], ["sailor", null], ["coach", null], ["host", null],
]);

/** Capitalised words that make a run of names an organisation, place or thing, not a person. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  "house", "department", "dept", "party", "conference", "committee", "senate", "congress", "court", "office",
  "service", "agency", "administration", "university", "college", "school", "news", "times", "post", "journal",
  "caller", "watch", "garden", "hill", "street", "avenue", "road", "europe", "america", "states", "kingdom", "union",
  "security", "act", "bill", "movement", "project", "association", "council", "institute", "foundation", "company",
  "corporation", "inc", "group", "network", "navy", "army", "force", "guard", "police", "bureau", "state", "justice",
  "republican", "republicans", "democratic", "democrat", "democrats", "twitter", "facebook", "instagram", "center",
  "centre", "hospital", "church", "ministry", "parliament", "assembly", "commission", "board", "bank", "fund",
  "reserve", "treasury", "pentagon", "kremlin", "capitol", "hall", "square", "park", "island", "river", "city",
  "county", "province", "region", "airport", "station", "club", "team", "league", "cup", "award", "prize", "day",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "russia", "ukraine",
  "washington", "china", "russian", "ukrainian", "american", "americans", "british", "french", "german", "chinese",
  "mexico", "canada", "israel", "iran", "gaza", "britain", "england", "france", "germany", "india", "japan", "korea",
  "white", "nations", "federal", "national", "international", "media", "press", "tv", "radio", "channel",
  "daily", "weekly", "magazine", "interview", "statement", "program", "programme", "initiative", "summit",
  "war", "lake", "ocean", "sea", "east", "west", "north", "south", "eastern", "western", "northern",
  "southern", "god", "jesus", "christmas", "easter", "congressional", "supreme", "constitution", "internet",
]);

/** Words that start sentences often enough that a capital letter says nothing about a name. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "but", "and", "or", "in", "on", "at", "as", "when", "if", "after", "before", "during", "since",
  "while", "although", "though", "because", "so", "yet", "still", "then", "now", "last", "next", "this", "that",
  "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
  "there", "here", "what", "who", "why", "how", "where", "which", "some", "many", "most", "all", "both", "each",
  "every", "no", "not", "one", "two", "three", "few", "several", "moreover", "however", "meanwhile", "also",
  "asked", "speaking", "according", "despite", "with", "without", "for", "from", "to", "of", "by", "about", "over",
  "under", "until", "among", "throughout", "shortly", "earlier", "later", "today", "yesterday", "tomorrow",
  "advertisement", "update", "updated", "read", "more", "even", "just", "only", "such", "other", "another",
  "former", "senior", "top", "new", "first", "second", "third", "sources", "officials", "critics",
]);

/** Heads of descriptions that can speak without naming anyone: "the letter said". */
export const SPEAKING_THINGS: ReadonlySet<string> = new Set([
  "letter", "statement", "company", "agency", "department", "report", "memo", "document", "spokesman",
  "spokeswoman", "spokesperson", "official", "officials", "aide", "aides", "source", "sources", "campaign",
  "ministry", "government", "administration", "group", "organization", "organisation", "committee", "court",
  "judge", "lawsuit", "filing", "complaint", "ruling", "post", "tweet", "website", "study", "survey", "poll",
  "police", "prosecutors", "lawyers", "lawyer", "attorney", "attorneys", "witness", "witnesses", "residents",
  "critics", "supporters", "analysts", "experts", "economists", "board", "council", "panel", "union", "firm",
]);

export const PRONOUNS: ReadonlyMap<string, "m" | "f" | "n"> = new Map<string, "m" | "f" | "n">([
  ["he", "m"], ["she", "f"], ["they", "n"], ["i", "n"], ["we", "n"],
]);

/** Words to skip between a speaker and the verb ("Trump also said", "she had earlier told"). */
export const VERB_ADVERBS: ReadonlySet<string> = new Set([
  "also", "then", "later", "earlier", "previously", "once", "reportedly", "repeatedly", "has", "had", "have", "would",
  "will", "could", "might", "again", "further", "simply", "flatly", "bluntly", "plainly", "quickly", "recently",
  "initially", "first", "finally", "often", "frequently", "publicly", "privately", "angrily", "loudly", "quietly",
  "been", "only", "even", "just", "never", "always", "did", "does", "do", "was", "is",
  "were", "are", "not", "in", "part", "at", "the", "time",
]);

/** "the term “deep state”": a mention of words, not a quotation of anyone. */
export const MENTION_NOUNS: ReadonlySet<string> = new Set([
  "term", "word", "words", "phrase", "label", "expression", "slogan", "moniker", "nickname", "name", "so-called",
  "hashtag", "motto", "headline", "title",
]);

/** Function words: their change is minor; everything else is a content word. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "that",
  "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
  "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "so", "than",
  "then", "there", "their", "they", "them", "he", "she", "him", "her", "his", "hers", "we", "us", "our", "you",
  "your", "i", "me", "my", "which", "who", "whom", "what", "when", "where", "if", "into", "onto", "up", "out",
  "just", "very", "also", "too", "&", "about", "over", "all", "some", "any", "each", "both", "such", "here",
]);

/** Words that negate; adding, dropping or changing one reverses a claim. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without", "cannot", "n't",
  "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "isn't", "aren't", "wasn't",
  "weren't", "hasn't", "haven't", "hadn't", "mustn't", "mightn't", "needn't", "shan't", "ain't", "hardly", "barely",
  "scarcely",
]);

/** Title abbreviations whose period does not end a name ("Mr. Trump", "Sen. Graham"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "rev", "st", "jr", "sr", "adm", "maj"]);

/** Token keys that end a sentence. */
export const SENTENCE_END_KEYS: ReadonlySet<string> = new Set([".", "!", "?", "..."]);
