// The parts of zod the app's schemas use, re-exported by name. Schemas reach zod through this
// module's namespace (`z` in lib/validation.ts) instead of zod's own `z`: a bundler keeps all that
// a namespace object reaches, and zod's reaches every locale it ships (about 300 KB of script on
// every page that has a form). Add a name here when a schema needs it.
export { NEVER, array, boolean, coerce, config, email, enum, instanceof, literal, number, object, preprocess, string, union, uuid } from "zod";
export type { RefinementCtx, ZodObject, ZodType, infer, input, output } from "zod";
