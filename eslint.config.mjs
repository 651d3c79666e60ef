import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "next-env.d.ts", "tests/screenshots/**", "bundle/**", "playwright-report/**", "test-results/**"],
  },
  {
    // Server translations go through lib/i18n/server.ts, which keeps compiled messages across requests.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/i18n/server.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next-intl/server", importNames: ["getTranslations"], message: "Import getTranslations from @/lib/i18n/server." }] }],
    },
  },
];

export default config;
