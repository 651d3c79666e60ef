import { listCongressDocuments } from "@/lib/api/endpoints/planning";

export const GET = listCongressDocuments.handler;
