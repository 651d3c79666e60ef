// Passwords attackers try first: the ~49,000 most common from public breach corpora (the list
// zxcvbn-ts ships), plus ones a Vietnamese office would pick. Server-side only: the list is too
// large for a browser bundle.
import { dictionary } from "@zxcvbn-ts/language-common";

const LOCAL = [
  "matkhau123", "matkhau1234", "matkhau12345", "vietnam123", "vietnam1234", "anhyeuem123", "dangcongsan", "dangcongsan1",
  "daihoi2020", "daihoi2025", "daihoi2030", "huyenuy123", "tinhuy1234", "changeme123", "administrator", "admin12345",
];

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set([...dictionary["passwords-common"], ...LOCAL].map((p) => p.toLowerCase()));
  return common.has(password.normalize("NFC").toLowerCase());
}
