import * as z from "../zod";

export const PASSWORD_MIN_LENGTH = 10;

// The most common passwords of at least 10 characters in public breach lists, plus local ones.
const COMMON = new Set([
  "1234567890", "0123456789", "12345678910", "qwertyuiop", "1q2w3e4r5t", "password12", "password123",
  "iloveyou12", "abcdefghij", "abc1234567", "qwerty1234", "1qaz2wsx3edc", "asdfghjkl1", "zxcvbnm123",
  "0987654321", "1111111111", "0000000000", "123123123123", "passw0rd123", "administrator", "admin12345",
  "matkhau123", "matkhau1234", "123456789a", "a123456789", "vietnam123", "vietnam1234", "anhyeuem123",
  "dangcongsan", "daihoi2020", "daihoi2025", "changeme123", "welcome123", "letmein123",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/** Message keys under "errors." so the form shows them in the user's language. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "errors.passwordTooShort")
  .max(256, "errors.passwordTooLong")
  .refine((p) => !isCommonPassword(p), "errors.passwordTooCommon");
