import { importDelegates } from "@/lib/api/endpoints/delegates";

export const POST = importDelegates.handler;
