import { delegateComposition } from "@/lib/api/endpoints/delegates";

export const GET = delegateComposition.handler;
