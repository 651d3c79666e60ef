import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { passwordSchema } from "@/lib/auth/password-policy";

describe("password policy", () => {
  it("asks at least 10 characters", () => {
    expect(passwordSchema.safeParse("123456789").success).toBe(false);
    expect(passwordSchema.safeParse("dai hoi lan thu XXII").success).toBe(true);
  });

  it("refuses the passwords attackers try first, in any case", () => {
    for (const p of ["1234567890", "qwertyuiop", "password123", "1qaz2wsx3edc", "QWERTYUIOP", "matkhau123", "Daihoi2025"]) expect(isCommonPassword(p), p).toBe(true);
  });

  it("accepts an ordinary passphrase", () => {
    for (const p of ["Tân Uyên khai mạc 8/6", "bản Nà Bó mùa lúa chín", "xk7-Lm2q-Pw9z"]) expect(isCommonPassword(p), p).toBe(false);
  });
});
