-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('READ', 'READ_IMPORT');

-- AlterTable: tokens made before expiry existed get the default 90 days from now, and read only
-- (their owners make a new token to import).
ALTER TABLE "api_token" ADD COLUMN     "expires_at" TIMESTAMPTZ(3) NOT NULL DEFAULT (now() + interval '90 days'),
ADD COLUMN     "scope" "ApiTokenScope" NOT NULL DEFAULT 'READ';
ALTER TABLE "api_token" ALTER COLUMN "expires_at" DROP DEFAULT;
