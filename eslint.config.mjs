import { defineConfig, globalIgnores } from "eslint/config";
import boundaries from "eslint-plugin-boundaries";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "lib/db/generated/**",
    "data/**",
    ".tmp/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Every user-facing string lives in the message catalogues (lib/i18n/messages).
    files: ["app/**/*.tsx", "lib/ui/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        { noStrings: false, ignoreProps: true, allowedStrings: ["·", "—", "/", ":", "："] },
      ],
    },
  },
  {
    // The layering of CODE_STYLE.md: app → lib/<feature> → lib/criteria, lib/db. lib/criteria is
    // pure and imports nothing of ours outside itself; lib never reaches into lib/ui or app; app
    // never touches the database (the features' service.ts bind their operations to it).
    files: ["app/**", "lib/**"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
      "boundaries/elements": [
        { type: "criteria", pattern: "lib/criteria/**" },
        { type: "ui", pattern: "lib/ui/**" },
        { type: "db", pattern: "lib/db/**" },
        { type: "lib", pattern: "lib/**" },
        { type: "app", pattern: "app/**" },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        2,
        {
          default: "allow",
          policies: [
            {
              from: { element: { type: "criteria" } },
              disallow: { to: { element: { types: { anyOf: ["ui", "db", "lib", "app"] } } } },
            },
            {
              from: { element: { types: { anyOf: ["lib", "db"] } } },
              disallow: { to: { element: { types: { anyOf: ["ui", "app"] } } } },
            },
            { from: { element: { type: "ui" } }, disallow: { to: { element: { types: { anyOf: ["db", "app"] } } } } },
            { from: { element: { type: "app" } }, disallow: { to: { element: { type: "db" } } } },
          ],
        },
      ],
    },
  },
]);
