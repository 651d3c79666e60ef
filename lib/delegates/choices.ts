// Delegate categories, credential states and genders, apart from the zod schemas, so that a client
// component can list them without bringing zod into the page's first script.
export const CATEGORIES = ["EX_OFFICIO", "ELECTED", "APPOINTED"] as const;
export const CREDENTIAL_STATUSES = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export const GENDERS = ["MALE", "FEMALE"] as const;
