import { requiredText, z } from "../validation";

export const createTokenSchema = z.object({ name: requiredText(100) });
export type CreateTokenInput = z.input<typeof createTokenSchema>;
export const revokeTokenSchema = z.object({ id: z.string().uuid() });
