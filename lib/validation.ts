// zod with messages that are catalog keys ("errors.required"), so one schema serves the form
// (translated in the browser) and the server (returned as field errors). Import z from here.
import * as z from "./zod";

z.config({
  // No compiled validators: zod's probe for eval is reported by the strict CSP (script-src without
  // 'unsafe-eval') as a violation in every browser console, even though zod catches it.
  jitless: true,
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "errors.required";
    if (issue.code === "too_small" && issue.origin === "string" && issue.minimum === 1) return "errors.required";
    if (issue.code === "too_small") return "errors.tooSmall";
    if (issue.code === "too_big") return "errors.tooBig";
    if (issue.code === "invalid_format" && issue.format === "email") return "errors.email";
    return "errors.invalid";
  },
});

/** Text from a form: trimmed, NFC (text arrives in both NFC and NFD forms). */
export const text = () => z.string().transform((s) => s.normalize("NFC").trim());
export const requiredText = (max = 500) =>
  z
    .string()
    .transform((s) => s.normalize("NFC").trim())
    .pipe(z.string().min(1, "errors.required").max(max, "errors.tooLong"));
export const optionalText = (max = 2000) =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined ? undefined : s.normalize("NFC").trim() || undefined))
    .pipe(z.string().max(max, "errors.tooLong").optional());

export { z };
