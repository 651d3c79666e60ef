import { electionDocuments } from "@/lib/api/endpoints/elections";

export const GET = electionDocuments.handler;
