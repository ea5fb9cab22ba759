/**
 * Exports of a stored comparison: the W3C Web Annotations validate against the Web Annotation
 * Working Group's MUST schemas (../shared/w3c-annotation-model, read at test time); the CSV and
 * Markdown carry every discrepancy with its review.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase, type ScratchDatabase } from "../test/database";
import { createComparison, getComparison, type ComparisonView } from "./comparisons";
import { createPrisma } from "./db";
import { toCsv, toMarkdown, toWebAnnotations } from "./exports";
import type { PrismaClient } from "./generated/prisma/client";
import { saveReview } from "./reviews";

const ROOT = path.resolve(import.meta.dirname, "..");
const MODEL = path.resolve(ROOT, "..", "shared", "w3c-annotation-model");
let scratch: ScratchDatabase;
let db: PrismaClient;
let view: ComparisonView;

const LEFT = "Mayor Ana Ruiz spoke on Monday.\n\n“In protecting the innocence of these children, we protect the city,” Ruiz said.\n\n“We will finish by March,” she added.";
const RIGHT = "Ana Ruiz, the mayor, spoke on Monday.\n\n“In protecting the innocent of these children, we protect the city,” Ruiz said.";

beforeAll(async () => {
  scratch = migratedDatabase("export");
  db = createPrisma(scratch.url);
  const { id } = await createComparison(
    {
      title: "Barrier coverage",
      sources: [
        { outlet: "Harbour Gazette", title: "Ruiz backs barrier", url: "https://example.org/gazette/barrier", publishedAt: "2026-10-14", text: LEFT },
        { outlet: "Valley Courier", title: "Barrier vote", url: undefined, publishedAt: undefined, text: RIGHT },
      ],
    },
    db,
  );
  const first = await getComparison(id, db);
  const change = first?.discrepancies.find((d) => d.kind === "substitution");
  await saveReview(change?.id as string, { status: "confirmed", note: "=HYPERLINK(\"x\") checked, \"quoted\"", tags: ["wording", "seen"], author: "Lee", version: 0 }, db);
  view = (await getComparison(id, db)) as ComparisonView;
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  scratch.remove();
});

type Assertion = Record<string, unknown> & { expectedResult?: string; errorMessage?: string };

function mustValidators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const definitions = ["annotations", "bodyTarget", "choiceSet", "collections", "id", "otherProperties", "specificResource"];
  for (const name of definitions) ajv.addSchema(JSON.parse(readFileSync(path.join(MODEL, "definitions", `${name}.json`), "utf8")) as object);
  const test = JSON.parse(readFileSync(path.join(MODEL, "annotations", "annotationMusts.test"), "utf8")) as { assertions: string[] };
  return test.assertions.map((file) => {
    const schema = JSON.parse(readFileSync(path.join(MODEL, file), "utf8")) as Assertion;
    // Assertions are loaded by path: two declare an "id" that is not their file name.
    delete schema.id;
    return { file, expected: (schema.expectedResult ?? "valid") === "valid", validate: ajv.compile(schema) };
  });
}

describe("exports", () => {
  it("writes one W3C Web Annotation per discrepancy that passes all 54 MUST assertions", () => {
    const collection = toWebAnnotations(view, "https://quotes.example.org");
    const validators = mustValidators();
    expect(validators).toHaveLength(54);
    expect(collection.total).toBe(view.discrepancies.length);
    for (const annotation of collection.first.items) {
      const failures = validators.filter((v) => v.validate(annotation) !== v.expected).map((v) => v.file);
      expect(failures, annotation.id).toEqual([]);
    }
  });

  it("has validators that do fail a malformed annotation (the check above can fail)", () => {
    const good = toWebAnnotations(view, "https://quotes.example.org").first.items[0];
    const broken = { ...good, "@context": "http://example.org/not-the-anno-context", target: undefined, body: { value: 3 } };
    expect(mustValidators().filter((v) => v.validate(broken) !== v.expected).length).toBeGreaterThanOrEqual(3);
  });

  it("selects the discrepant words on each source by quote and by position", () => {
    const collection = toWebAnnotations(view, "https://quotes.example.org");
    const change = collection.first.items.find((a) => a.body[0]?.value.includes("substitution"));
    const texts = [LEFT, RIGHT];
    expect(change?.target.map((t) => t.selector[0]?.exact)).toEqual(["innocence", "innocent"]);
    change?.target.forEach((t, i) => {
      const [quote, position] = t.selector;
      expect(texts[i]?.slice(position.start, position.end)).toBe(quote.exact);
      expect(texts[i]?.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
    });
    expect(change?.target[0]?.source).toBe("https://example.org/gazette/barrier");
    expect(change?.body.map((b) => b.purpose)).toEqual(["assessing", "tagging", "tagging"]);
    expect(change?.creator).toEqual({ type: "Person", name: "Lee" });
  });

  it("writes a CSV with a row per discrepancy, its review, and no formula a spreadsheet would run", () => {
    const lines = toCsv(view).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,severity,kind,left_outlet,left_quote,right_outlet,right_quote,left_words,right_words,message,fingerprint,review_status,review_note,review_tags,review_author,review_version");
    expect(lines).toHaveLength(view.discrepancies.length + 1);
    const row = lines.find((l) => l.includes(",substitution,"));
    expect(row).toContain(`confirmed,"'=HYPERLINK(""x"") checked, ""quoted""",wording; seen,Lee,1`);
  });

  it("writes a Markdown report with the counts, every discrepancy and its review", () => {
    const report = toMarkdown(view);
    expect(report).toMatch(/^# Barrier coverage\n/);
    expect(report).toContain(`${view.counts.major} major`);
    expect(report).toContain("### substitution: innocence → innocent");
    expect(report).toContain("> **Harbour Gazette** (Ana Ruiz): “In protecting the innocence of these children, we protect the city,”");
    expect(report).toContain("Review: **confirmed**");
    expect(report).toContain("(tags: wording, seen), by Lee");
  });
});
