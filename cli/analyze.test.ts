import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analysis, DiffOp } from "../lib";
import { MAX_SOURCE_CHARS, MAX_SOURCES } from "../lib";
import { formatDiff } from "./report";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LEFT = "cli/fixtures/left.txt";
const RIGHT = "cli/fixtures/right.txt";

type Run = { status: number | null; stdout: string; stderr: string };

const NOBODY = 65534;

function runCli(...args: string[]): Run {
  return runCliAs(undefined, ...args);
}

/** Runs the CLI, as another user when `uid` is given (needs root). */
function runCliAs(uid: number | undefined, ...args: string[]): Run {
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/analyze.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLineError(run: Run, status: number, pattern: RegExp): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe("");
  const lines = run.stderr.split("\n").filter((line) => line !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^analyze: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr.split("\n").filter((line) => /^\s*at /.test(line))).toEqual([]);
}

function analysisOf(...files: string[]): Analysis {
  const run = runCli("--json", ...files);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Analysis;
}

let scratch = "";

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "analyze-cli-"));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe("analyze command-line arguments", () => {
  it("prints the usage on stdout and exits 0 for --help and -h", () => {
    for (const flag of ["--help", "-h"]) {
      const run = runCli(flag);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: npm run -s analyze -- \[--json\] FILE \[FILE\.\.\.\]/);
      expect(run.stderr).toBe("");
    }
  });

  it("exits 2 with one usage line when no file is given", () => {
    expectOneLineError(runCli(), 2, /no FILE given/);
  });

  it("exits 2 on an unknown option", () => {
    expectOneLineError(runCli("--jsn", LEFT), 2, /unknown option --jsn/);
  });

  it("exits 2 when given more files than an analysis takes", () => {
    const files = Array.from({ length: MAX_SOURCES + 1 }, () => LEFT);
    expectOneLineError(runCli(...files), 2, /too many files/);
  });
});

describe("analyze refusing files it cannot use", () => {
  it("reports a missing file", () => {
    expectOneLineError(runCli(join(scratch, "absent.txt")), 1, /absent\.txt: no such file/);
  });

  it("reports a directory", () => {
    const directory = join(scratch, "folder");
    mkdirSync(directory);
    expectOneLineError(runCli(directory), 1, /folder: is a directory/);
  });

  it("reports a file it has no permission to read", () => {
    const path = scratchFile("locked.txt", "“Hello,” she said.");
    chmodSync(path, 0o000);
    // root reads any file whatever its mode, so as root the CLI runs as "nobody" here.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(scratch, 0o755);
    expectOneLineError(runCliAs(asRoot ? NOBODY : undefined, path), 1, /locked\.txt: permission denied/);
  });

  it("reports an empty file", () => {
    expectOneLineError(runCli(scratchFile("empty.txt", "")), 1, /empty\.txt: is empty/);
  });

  it("reports a file of whitespace only", () => {
    expectOneLineError(runCli(scratchFile("blank.txt", " \r\n\t\n")), 1, /blank\.txt: contains only whitespace/);
  });

  it("reports a binary file that contains a NUL byte", () => {
    const path = scratchFile("image.bin", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]));
    expectOneLineError(runCli(path), 1, /image\.bin: looks like a binary file/);
  });

  it("reports a file that is not valid UTF-8", () => {
    const path = scratchFile("latin1.txt", new Uint8Array([0x61, 0xc3, 0x28, 0x62]));
    expectOneLineError(runCli(path), 1, /latin1\.txt: is not valid UTF-8/);
  });

  it("refuses a 50 MB file from its size alone", () => {
    // Sparse and all NUL bytes: a reader that looked inside would call it binary instead.
    const path = join(scratch, "huge.txt");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    expectOneLineError(runCli(path), 1, /huge\.txt: is too big \(52,428,800 bytes/);
  });

  it("refuses a text longer than the engine takes", () => {
    const path = scratchFile("long.txt", "word ".repeat(MAX_SOURCE_CHARS / 5 + 1));
    expectOneLineError(runCli(path), 1, /long\.txt: is too big \(500,005 characters/);
  });

  it("names the first unusable file even when others are fine", () => {
    expectOneLineError(runCli(LEFT, join(scratch, "gone.txt"), RIGHT), 1, /gone\.txt: no such file/);
  });
});

describe("analyze output", () => {
  it("prints the analysis of two articles as JSON with every quote's offsets into its file", () => {
    const analysis = analysisOf(LEFT, RIGHT);
    const texts = [readFileSync(join(ROOT, LEFT), "utf8"), readFileSync(join(ROOT, RIGHT), "utf8")];
    expect(analysis.sources.map((source) => [source.id, source.name])).toEqual([
      ["s1", "left.txt"],
      ["s2", "right.txt"],
    ]);
    for (const [index, source] of analysis.sources.entries()) {
      expect(source.quotes.length).toBeGreaterThan(0);
      for (const quote of source.quotes) {
        expect(quote).toEqual(expect.objectContaining({ id: expect.any(String), kind: expect.any(String) }));
        expect(quote).toHaveProperty("speaker");
        expect(quote).toHaveProperty("verb");
        expect(quote.text).toBe(texts[index]?.slice(quote.start, quote.end));
      }
    }
    expect(analysis.matches.length).toBeGreaterThan(0);
    for (const match of analysis.matches) {
      expect(match).toEqual(expect.objectContaining({ id: expect.any(String), quotes: [expect.any(String), expect.any(String)] }));
      expect(["identical", "variant", "fragment", "overlap"]).toContain(match.relation);
    }
    expect(analysis.discrepancies.length).toBeGreaterThan(0);
    for (const discrepancy of analysis.discrepancies) {
      expect(discrepancy).toEqual(expect.objectContaining({ id: expect.any(String), kind: expect.any(String) }));
      expect(["critical", "major", "minor", "cosmetic", "info"]).toContain(discrepancy.severity);
      expect(discrepancy.quotes.length).toBeGreaterThan(0);
    }
  });

  it("keeps offsets into CRLF text and drops a byte order mark", () => {
    const text = readFileSync(join(ROOT, LEFT), "utf8").replace(/\n/g, "\r\n");
    const path = scratchFile("crlf.txt", `\uFEFF${text}`);
    const [source] = analysisOf(path).sources;
    expect(source?.length).toBe(text.length);
    expect(source?.quotes.length).toBeGreaterThan(0);
    for (const quote of source?.quotes ?? []) expect(quote.text).toBe(text.slice(quote.start, quote.end));
  });

  it("lists every quote of a single article in the readable report", () => {
    const [source] = analysisOf(LEFT).sources;
    const run = runCli(LEFT);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("s1  left.txt");
    for (const quote of source?.quotes ?? []) {
      expect(run.stdout).toContain(`${quote.id}  ${quote.start}-${quote.end}  ${quote.kind}`);
      expect(run.stdout).toContain(quote.text);
    }
    expect(run.stdout).not.toContain("Matches (");
  });

  it("shows matches, a word diff and discrepancies by severity for two articles", () => {
    const run = runCli(LEFT, RIGHT);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Severity: critical \d+, major \d+, minor \d+, cosmetic \d+, info \d+$/m);
    expect(run.stdout).toContain("Matches (");
    expect(run.stdout).toContain("[-ninth-]{+tenth+}");
    expect(run.stdout).toContain("Discrepancies (");
    expect(run.stdout).not.toContain("\u001b[");
  });
});

function op(kind: DiffOp["op"], left: string, right: string, at: [number, number, number, number]): DiffOp {
  const [leftStart, leftEnd, rightStart, rightEnd] = at;
  return { op: kind, left, right, leftStart, leftEnd, rightStart, rightEnd };
}

describe("formatDiff", () => {
  it("writes a changed word as a compact deletion and insertion", () => {
    const diff = [
      op("equal", "the", "the", [0, 3, 0, 3]),
      op("replace", "innocence", "innocent", [4, 13, 4, 12]),
      op("equal", "of", "of", [14, 16, 13, 15]),
    ];
    expect(formatDiff(diff, { color: false })).toBe("the [-innocence-]{+innocent+} of");
  });

  it("adds no space between ops that touch in the text", () => {
    const diff = [
      op("equal", "we said", "we said", [0, 7, 0, 7]),
      op("insert", "", ",", [7, 7, 7, 8]),
      op("delete", "really", "", [8, 14, 8, 8]),
      op("equal", "no", "no", [15, 17, 9, 11]),
    ];
    expect(formatDiff(diff, { color: false })).toBe("we said{+,+} [-really-] no");
  });
});
