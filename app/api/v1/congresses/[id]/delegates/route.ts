import { exportDelegates } from "@/lib/api/endpoints/delegates";

export const GET = exportDelegates.handler;
