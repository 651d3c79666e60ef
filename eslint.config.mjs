import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "next-env.d.ts", "tests/screenshots/**", "bundle/**", "playwright-report/**", "test-results/**"],
  },
];

export default config;
