import { z } from "zod";
import { analyze, MAX_SOURCE_CHARS, MAX_SOURCES, sourcesSchema } from "../lib";
import type { SourceInput } from "../lib";
import { readSource } from "./read-source";
import { formatReport } from "./report";

const USAGE = `Usage: npm run -s analyze -- [--json] FILE [FILE...]

Finds the quotations in each FILE (one article per file, UTF-8 text) and, given
two or more files, compares them: which quotes match, a word diff of each pair,
and the discrepancies graded critical, major, minor, cosmetic or info.
Sources are named s1, s2, ... in argument order.

Options:
  --json      print the analysis as JSON instead of a readable report
  -h, --help  print this help and exit

Limits: 1 to ${MAX_SOURCES} files, each at most ${MAX_SOURCE_CHARS.toLocaleString("en-US")} characters.
Exit status: 0 done, 1 a file could not be used or the analysis failed,
2 bad arguments.
`;

const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

type Command = { kind: "help" } | { kind: "run"; json: boolean; files: string[] };

type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

const optionsSchema = z.array(
  z.enum(["--json", "--help", "-h"], { error: (issue) => `unknown option ${String(issue.input)}` }),
);

const filesSchema = z
  .array(z.string().min(1, { error: "a FILE argument is empty" }))
  .min(1, { error: "no FILE given" })
  .max(MAX_SOURCES, { error: `too many files (at most ${MAX_SOURCES})` });

/** Splits argv into options and files; returns the first problem when the arguments are unusable. */
function parseArgs(argv: readonly string[]): ParsedArgs {
  const end = argv.indexOf("--");
  const head = end === -1 ? argv : argv.slice(0, end);
  const tail = end === -1 ? [] : argv.slice(end + 1);
  const isOption = (arg: string) => arg.startsWith("-");
  const options = optionsSchema.safeParse(head.filter(isOption));
  if (!options.success) return { ok: false, message: firstIssue(options.error) };
  // Help wins over missing or surplus files, as with most command-line tools.
  if (options.data.includes("--help") || options.data.includes("-h")) return { ok: true, command: { kind: "help" } };
  const files = filesSchema.safeParse([...head.filter((arg) => !isOption(arg)), ...tail]);
  if (!files.success) return { ok: false, message: firstIssue(files.error) };
  return { ok: true, command: { kind: "run", json: options.data.includes("--json"), files: files.data } };
}

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "invalid arguments";
}

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(`${parsed.message} (see --help)`, EXIT.usage);
  if (parsed.command.kind === "help") {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  const sources = readSources(parsed.command.files);
  if (!sources.ok) return fail(sources.message, EXIT.failure);
  const analysis = analyze(sources.sources);
  const output = parsed.command.json
    ? `${JSON.stringify(analysis, null, 2)}\n`
    : formatReport(analysis, { color: wantsColor() });
  process.stdout.write(output);
  return EXIT.ok;
}

/** Reads every file, then checks them against the engine's own input rules; stops at the first problem. */
function readSources(files: readonly string[]): { ok: true; sources: SourceInput[] } | { ok: false; message: string } {
  const sources: SourceInput[] = [];
  for (const [index, file] of files.entries()) {
    const result = readSource(file, { id: `s${index + 1}` });
    if (!result.ok) return result;
    sources.push(result.source);
  }
  const checked = sourcesSchema.safeParse(sources);
  if (checked.success) return { ok: true, sources: checked.data };
  const issue = checked.error.issues[0];
  const file = typeof issue?.path[0] === "number" ? files[issue.path[0]] : undefined;
  return { ok: false, message: `${file === undefined ? "" : `${file}: `}${issue?.message ?? "not a usable source"}` };
}

/** Colour only for a person at a terminal; NO_COLOR (https://no-color.org) set to anything turns it off. */
function wantsColor(): boolean {
  const noColor = process.env.NO_COLOR ?? "";
  return process.stdout.isTTY === true && noColor === "";
}

function fail(message: string, code: number): number {
  process.stderr.write(`analyze: ${message.replace(/\s+/g, " ").trim()}\n`);
  return code;
}

function run(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) is not an error worth a stack trace.
    if (error.code !== "EPIPE") fail(`cannot write output: ${error.message}`, EXIT.failure);
    process.exit(error.code === "EPIPE" ? (process.exitCode ?? EXIT.ok) : EXIT.failure);
  });
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.exitCode = fail(`internal error: ${error instanceof Error ? error.message : String(error)}`, EXIT.failure);
  }
}

run();
