// A password someone else chose (a first password, a reset: mustChangePassword) opens the account
// for FIRST_PASSWORD_HOURS; after that its holder must ask for a new one. The user's own password
// does not expire. No imports: the sign-in form names the hours too.

export const FIRST_PASSWORD_HOURS = 72;

export function firstPasswordExpired(user: { mustChangePassword: boolean; passwordChangedAt: Date }, now = new Date()): boolean {
  return user.mustChangePassword && now.getTime() - user.passwordChangedAt.getTime() >= FIRST_PASSWORD_HOURS * 3_600_000;
}
