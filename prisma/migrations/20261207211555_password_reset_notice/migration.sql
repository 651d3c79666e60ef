-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "password_reset_at" TIMESTAMPTZ(3),
ADD COLUMN     "password_reset_by_id" UUID;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_password_reset_by_id_fkey" FOREIGN KEY ("password_reset_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
