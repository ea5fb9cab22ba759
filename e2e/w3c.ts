import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

/**
 * The W3C Web Annotation Working Group's 54 MUST assertions (../shared/w3c-annotation-model,
 * read at test time), compiled as server/exports.test.ts does: draft-04 with formats, and
 * keywords next to `$ref` applied. Returns the assertion files an annotation fails.
 */
// The suite runs from the repository root (scripts/e2e.mjs makes sure of it).
const MODEL = path.resolve(process.cwd(), "..", "shared", "w3c-annotation-model");

type Assertion = Record<string, unknown> & { expectedResult?: string };

export function mustAssertions(): { count: number; failures: (annotation: unknown) => string[] } {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const definitions = ["annotations", "bodyTarget", "choiceSet", "collections", "id", "otherProperties", "specificResource"];
  for (const name of definitions) ajv.addSchema(JSON.parse(readFileSync(path.join(MODEL, "definitions", `${name}.json`), "utf8")) as object);
  const list = JSON.parse(readFileSync(path.join(MODEL, "annotations", "annotationMusts.test"), "utf8")) as { assertions: string[] };
  const validators = list.assertions.map((file) => {
    const schema = JSON.parse(readFileSync(path.join(MODEL, file), "utf8")) as Assertion;
    // Assertions are loaded by path: two declare an "id" that is not their file name.
    delete schema.id;
    return { file, expected: (schema.expectedResult ?? "valid") === "valid", validate: ajv.compile(schema) };
  });
  return { count: validators.length, failures: (annotation) => validators.filter((v) => v.validate(annotation) !== v.expected).map((v) => v.file) };
}
