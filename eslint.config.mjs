import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "data/", "coverage/", "bench/.build/", "test-results/", "playwright-report/", "server/generated/", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs["flat/recommended"],
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      // Quotes from untrusted articles pass through every pattern: none may backtrack super-linearly.
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "no-console": "off",
    },
  },
  {
    // The UI: the rules of hooks (and the React Compiler's checks), and static accessibility checks.
    files: ["app/**/*.tsx", "components/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
    rules: {
      ...reactHooks.configs.flat["recommended-latest"].rules,
      // These two only report what the React Compiler would skip; this app does not run it.
      "react-hooks/incompatible-library": "off",
      "react-hooks/preserve-manual-memoization": "off",
    },
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly", module: "writable", require: "readonly" } },
  },
  {
    // The analysis core is pure: no I/O, no framework, no environment.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\.{1,2}/|diff$|zod$|vitest$|fast-check$|node:url$|node:path$|node:fs$).*",
              message: "lib/ imports only other lib/ files, diff and zod (tests may add vitest and fast-check).",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "lib/ must not read the environment." }],
    },
  },
  {
    // Only tests in lib/ may touch the file system (to read the shared corpus).
    files: ["lib/**/*.ts"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\.{1,2}/|diff$|zod$).*",
              message: "lib/ imports only other lib/ files, diff and zod.",
            },
          ],
        },
      ],
    },
  },
);
