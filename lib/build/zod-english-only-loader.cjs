// Build-time loader (next.config.js, turbopack.rules) for zod's locale barrel,
// node_modules/zod/v4/locales/index.js. zod re-exports it as a namespace (`z.locales`,
// `z.core.locales`), and Turbopack cannot drop unused members of a namespace re-export, so every
// page that validates a form shipped all 60-odd locales: about 65 KB of the 91 KB (gzip) zod
// chunk. The app sets its own messages (lib/validation.ts) and never calls z.locales.*; zod
// registers English by importing locales/en.js directly. So the barrel keeps English only.
module.exports = function zodEnglishOnly() {
  return 'export { default as en } from "./en.js";\n';
};
