import { congressProgress } from "@/lib/api/endpoints/planning";

export const GET = congressProgress.handler;
