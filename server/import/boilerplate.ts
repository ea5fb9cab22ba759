/**
 * What is on a news page but not in the article: navigation, captions, share prompts,
 * newsletter boxes, related links and ad labels. Two passes: page elements removed before
 * Readability runs (by tag, role, and class or id words), then lines of text dropped after it.
 * Pure DOM and string functions, no I/O.
 */

/** Elements that never hold article text. */
const JUNK_TAGS = new Set(["nav", "aside", "footer", "header", "form", "button", "input", "select", "textarea", "iframe", "noscript", "template", "dialog", "figure", "figcaption", "svg"]);
const JUNK_ROLES = new Set(["navigation", "complementary", "banner", "contentinfo", "search", "dialog"]);

// Whole words of class names and ids ("ad-slot" → ad, slot) that mark page furniture.
const JUNK_WORDS = new Set([
  "ad", "ads", "adslot", "advert", "adverts", "advertisement", "advertising", "dfp", "sponsor", "sponsored", "promo", "promotion",
  "share", "sharing", "sharedaddy", "social", "newsletter", "signup", "subscribe", "related", "relatedposts", "recirc", "recirculation",
  "outbrain", "taboola", "caption", "breadcrumb", "breadcrumbs", "byline", "sidebar", "comments", "comment", "pullquote", "trending",
  "mostread", "sronly", "screenreadertext", "visuallyhidden",
]);
// Compound names ("most-read", "sr-only") are also matched as one word with the separators dropped.
const joinedWords = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, "");
const splitWords = (name: string) => name.toLowerCase().split(/[^a-z]+/).filter(Boolean);

/** The share of the page's text above which a furniture-named element is kept (it must be the page's wrapper). */
const MAX_JUNK_SHARE = 0.5;

function isFurnitureNamed(el: Element): boolean {
  for (const name of [el.getAttribute("class") ?? "", el.getAttribute("id") ?? ""]) {
    if (!name) continue;
    if (splitWords(name).some((w) => JUNK_WORDS.has(w))) return true;
    for (const part of name.split(/\s+/)) if (JUNK_WORDS.has(joinedWords(part))) return true;
  }
  return false;
}

const AD_LABELS = new Set([
  "advertisement", "advertisements", "advert", "adverts", "ad", "ads", "sponsored", "sponsored content", "sponsored links", "paid content",
  "paid post", "promoted", "promoted content", "partner content", "story continues below advertisement", "article continues below advertisement",
  "content continues below advertisement", "continue reading below advertisement", "story continues below", "article continues below",
  "continue reading below", "continue reading the main story", "skip advertisement", "scroll to continue with content",
  "advertisement scroll to continue", "advertisement scroll to continue with content", "report this ad", "ad feedback",
]);

const SHARE_LINES = new Set([
  "share", "share this", "share this article", "share this story", "share this page", "share article", "share story", "copy link",
  "link copied", "tweet", "email", "print", "save", "save article", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit",
  "bluesky", "threads", "pinterest", "share via", "share on",
]);

const RELATED_LINES = new Set([
  "related", "related stories", "related articles", "related content", "related coverage", "read more", "read also", "also read",
  "see also", "more on this story", "more on this", "you may also like", "you might also like", "recommended", "recommended for you",
  "most read", "most popular", "trending", "trending now", "further reading", "top stories", "latest news", "more stories",
]);

const SHARE_ON = /^(?:click to )?share (?:this (?:article|story|page) )?(?:on|via|to) [a-z.]{1,20}(?: \(opens in (?:a )?new window\)?)?$/;
const FOLLOW_US = /^follow us on [a-z.]{1,20}$/;
const NEWSLETTER = /^(?:sign up|signup|subscribe|get|receive|join|never miss)\b.{1,200}\bnewsletters?\b/;
const INBOX = /\bnewsletters?\b.{1,200}\binbox\b/;
const LABELLED_LINK = /^(?:related|read more|read also|also read|see also|more|watch|listen|explore|further reading)(?: stories| articles| coverage)? ?:/;
const CREDIT = /^(?:photo|photograph|image|picture|credit|video)s? ?:/;

/** The longest line a "Related: …" or credit rule may drop (a headline, not a paragraph). */
const MAX_LABELLED_LINE = 200;
/** The longest line the newsletter rule may drop. */
const MAX_NEWSLETTER_LINE = 250;

const EDGE_PUNCTUATION = new Set([" ", "-", "–", "—", "|", "•", "·", ":", ".", "!", "…", "»", "›", ">", "(", ")", "[", "]"]);

/** A line lower-cased, with spaces collapsed and decoration trimmed from both ends ("— Advertisement —" → "advertisement"). */
function lineKey(text: string): string {
  const flat = text.toLowerCase().replace(/\s+/g, " ");
  let start = 0;
  let end = flat.length;
  while (start < end && EDGE_PUNCTUATION.has(flat[start] as string)) start++;
  while (end > start && EDGE_PUNCTUATION.has(flat[end - 1] as string)) end--;
  return flat.slice(start, end);
}

/** Whether a whole line is an ad label ("Advertisement", "Story continues below advertisement"). */
function isAdLabel(text: string): boolean {
  return AD_LABELS.has(lineKey(text));
}

/** Whether a whole paragraph is page furniture: an ad label, a share prompt, a newsletter box, a related link, a photo credit. */
export function isBoilerplateLine(text: string): boolean {
  const key = lineKey(text);
  if (AD_LABELS.has(key) || SHARE_LINES.has(key) || RELATED_LINES.has(key)) return true;
  if (SHARE_ON.test(key) || FOLLOW_US.test(key)) return true;
  if (key.length <= MAX_NEWSLETTER_LINE && (NEWSLETTER.test(key) || INBOX.test(key))) return true;
  return key.length <= MAX_LABELLED_LINE && (LABELLED_LINK.test(key) || CREDIT.test(key));
}

// "…she stated. Advertisement “In close partnership…": a label scraped between two sentences
// (the seed article a.txt). Only the capitalised label, and only where a sentence ends before it
// and one starts after it (or the paragraph does), so "Advertisement revenue fell" is kept.
const INLINE_AD = /(?<=^|[.!?…]["')\]’”]?\s)(?:Story continues below advertisement|ADVERTISEMENT|Advertisement)(?:\s+(?=["'‘“A-Z])|\s*$)/g;

/** The paragraph without ad labels standing between its sentences. */
export function stripInlineAdLabels(paragraph: string): string {
  return paragraph.replace(INLINE_AD, "").trim();
}

/**
 * Removes page furniture from a parsed page, in place: junk tags and roles, elements whose class
 * or id names furniture (unless they hold most of the page's text: a site-wide wrapper), and
 * elements whose whole text is an ad label.
 */
export function removeFurniture(document: Document): void {
  const body = document.body ?? document.documentElement;
  if (!body) return;
  const pageText = (body.textContent ?? "").length;
  // One walk: linkedom matches a long selector list element by element, several times slower.
  for (const el of [...body.querySelectorAll("*")]) {
    if (!el.isConnected) continue;
    const tag = el.localName;
    if (JUNK_TAGS.has(tag) || JUNK_ROLES.has(el.getAttribute("role") ?? "")) el.remove();
    else if (tag !== "main" && tag !== "article" && isFurnitureNamed(el) && (el.textContent ?? "").length <= pageText * MAX_JUNK_SHARE) el.remove();
    else if (el.childElementCount === 0 && isAdLabel(el.textContent ?? "")) el.remove();
  }
}
