import { SEVERITIES, type Analysis, type DiffOp, type Discrepancy, type Match, type Quote, type Severity, type Source } from "../lib";

export type ReportOptions = {
  /** Wrap severities and diff marks in ANSI colour codes. */
  color: boolean;
};

type Style = "bold" | "dim" | "red" | "green" | "yellow" | "cyan" | "magenta";
type Paint = (style: Style, text: string) => string;

const ANSI: Record<Style, string> = {
  bold: "\u001b[1m",
  dim: "\u001b[2m",
  red: "\u001b[31m",
  green: "\u001b[32m",
  yellow: "\u001b[33m",
  cyan: "\u001b[36m",
  magenta: "\u001b[35m",
};
const ANSI_RESET = "\u001b[0m";

/** Most severe first: the order the report lists them in. */

const SEVERITY_STYLE: Record<Severity, Style> = {
  critical: "magenta",
  major: "red",
  minor: "yellow",
  cosmetic: "dim",
  info: "cyan",
};

const INDENT = "  ";

type Context = { color: boolean; paint: Paint; quotes: ReadonlyMap<string, Quote> };

/** The analysis as a plain-text report: quotes per source, then (for two or more) matches and discrepancies. */
export function formatReport(analysis: Analysis, options: ReportOptions): string {
  const paint = painter(options.color);
  const quotes = new Map(analysis.sources.flatMap((source) => source.quotes.map((quote) => [quote.id, quote] as const)));
  const context: Context = { color: options.color, paint, quotes };
  const sections = [formatHeader(analysis, context), ...analysis.sources.map((source) => formatSource(source, context))];
  if (analysis.sources.length > 1) {
    sections.push(formatMatches(analysis.matches, context), formatDiscrepancies(analysis.discrepancies, context));
  }
  return `${sections.join("\n\n")}\n`;
}

function formatHeader(analysis: Analysis, { paint }: Context): string {
  const quoteCount = analysis.sources.reduce((sum, source) => sum + source.quotes.length, 0);
  const parts = [plural(analysis.sources.length, "source"), plural(quoteCount, "quote")];
  if (analysis.sources.length > 1) {
    parts.push(plural(analysis.matches.length, "match", "matches"), plural(analysis.discrepancies.length, "discrepancy", "discrepancies"));
  }
  const lines = [paint("bold", `Quote comparison (engine ${analysis.engineVersion}): ${parts.join(", ")}`)];
  if (analysis.sources.length > 1) {
    const counts = SEVERITIES.map((severity) => paint(SEVERITY_STYLE[severity], `${severity} ${analysis.counts[severity]}`));
    lines.push(`Severity: ${counts.join(", ")}`);
  }
  return lines.join("\n");
}

function formatSource(source: Source, context: Context): string {
  const title = `${source.id}  ${source.name}  (${plural(source.length, "character")}, ${plural(source.quotes.length, "quote")})`;
  const lines = [context.paint("bold", title)];
  if (source.quotes.length === 0) lines.push(`${INDENT}no quotations found`);
  for (const quote of source.quotes) lines.push(formatQuote(quote, context));
  return lines.join("\n");
}

function formatQuote(quote: Quote, { paint }: Context): string {
  const fields = [
    paint("bold", quote.id),
    `${quote.start}-${quote.end}`,
    quote.kind,
    `speaker: ${quote.speaker ?? "none"}`,
    `verb: ${quote.verb ?? "none"}`,
  ];
  if (quote.confidence === "low") fields.push(paint("yellow", "low confidence"));
  return `${INDENT}${fields.join("  ")}\n${indent(printed(quote), INDENT.repeat(2))}`;
}

function formatMatches(matches: readonly Match[], context: Context): string {
  const lines = [context.paint("bold", `Matches (${matches.length})`)];
  if (matches.length === 0) lines.push(`${INDENT}no quote appears in more than one source`);
  for (const match of matches) lines.push(formatMatch(match, context));
  return lines.join("\n");
}

function formatMatch(match: Match, context: Context): string {
  const [leftId, rightId] = match.quotes;
  const relation = match.contained === null ? match.relation : `${match.relation} (${match.contained} is the part)`;
  const head = `${INDENT}${context.paint("bold", match.id)}  ${relation}  score ${match.score.toFixed(2)}  ${leftId} ↔ ${rightId}`;
  const body = [
    `${leftId}: ${quoteText(leftId, context)}`,
    `${rightId}: ${quoteText(rightId, context)}`,
    `diff: ${describeDiff(match.diff, context)}`,
  ];
  return [head, ...body.map((line) => indent(line, INDENT.repeat(2)))].join("\n");
}

function formatDiscrepancies(discrepancies: readonly Discrepancy[], context: Context): string {
  const sections = [context.paint("bold", `Discrepancies (${discrepancies.length})`)];
  if (discrepancies.length === 0) sections.push(`${INDENT}none found`);
  for (const severity of SEVERITIES) {
    const group = discrepancies.filter((discrepancy) => discrepancy.severity === severity);
    if (group.length === 0) continue;
    const title = context.paint(SEVERITY_STYLE[severity], `${severity.toUpperCase()} (${group.length})`);
    sections.push([title, ...group.map((discrepancy) => formatDiscrepancy(discrepancy, context))].join("\n"));
  }
  return sections.join("\n\n");
}

function formatDiscrepancy(discrepancy: Discrepancy, { paint }: Context): string {
  const head = `${INDENT}${paint("bold", discrepancy.id)}  ${discrepancy.kind}  ${discrepancy.quotes.join(" ↔ ")}`;
  const lines = [head];
  if (discrepancy.kind === "unmatched") {
    lines.push(`${INDENT.repeat(2)}quote: ${JSON.stringify(discrepancy.left ?? "")}`);
  } else if (discrepancy.left !== undefined || discrepancy.right !== undefined) {
    const side = (words: string | undefined) => (words === undefined ? "(nothing)" : JSON.stringify(words));
    lines.push(`${INDENT.repeat(2)}left: ${side(discrepancy.left)}  right: ${side(discrepancy.right)}`);
  }
  lines.push(indent(discrepancy.message, INDENT.repeat(2)));
  return lines.join("\n");
}

function describeDiff(diff: readonly DiffOp[] | null, { color }: Context): string {
  if (diff === null) return "too many differences to show";
  if (diff.some((op) => op.op !== "equal")) return formatDiff(diff, { color });
  return diff.some((op) => op.typographic === true) ? "same words, typography differs" : "same words";
}

/**
 * A word diff as one compact line: `the [-innocence-]{+innocent+} of`. Whitespace inside an op
 * is collapsed; a space separates two ops only where the source text has a gap between them.
 */
export function formatDiff(diff: readonly DiffOp[], options: ReportOptions): string {
  const paint = painter(options.color);
  let line = "";
  let previous: DiffOp | undefined;
  for (const op of diff) {
    const piece = formatOp(op, paint);
    if (piece === "") continue;
    const gap = previous !== undefined && (op.leftStart > previous.leftEnd || op.rightStart > previous.rightEnd);
    line += (gap ? " " : "") + piece;
    previous = op;
  }
  return line;
}

function formatOp(op: DiffOp, paint: Paint): string {
  const left = squash(op.left);
  const right = squash(op.right);
  const deleted = left === "" ? "" : paint("red", `[-${left}-]`);
  const inserted = right === "" ? "" : paint("green", `{+${right}+}`);
  switch (op.op) {
    case "equal":
      return left;
    case "delete":
      return deleted;
    case "insert":
      return inserted;
    case "replace":
      return deleted + inserted;
  }
}

function painter(color: boolean): Paint {
  return color ? (style, text) => `${ANSI[style]}${text}${ANSI_RESET}` : (_style, text) => text;
}

function quoteText(id: string, { quotes }: Context): string {
  const quote = quotes.get(id);
  return quote === undefined ? "(quote not found)" : printed(quote);
}

/** The quotation as printed, marks included, so a reader sees an unclosed quote as unclosed. */
function printed(quote: Quote): string {
  return `${quote.openMark}${quote.text}${quote.closeMark ?? ""}`;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function indent(text: string, prefix: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => prefix + line)
    .join("\n");
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
