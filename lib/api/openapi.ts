import "server-only";
import { toJSONSchema } from "zod";
import type { Endpoint } from "./endpoint";
import { SCHEMAS, json, ref } from "./schemas";

const ERROR_RESPONSES = {
  "400": "Invalid parameters",
  "401": "No session cookie or valid bearer token",
  "403": "The caller sees the record but lacks the right",
  "404": "Unknown, or in an organisation the caller may not see",
};

function operation(e: Endpoint) {
  const pathParams = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string", format: "uuid" } }));
  const query = e.query ? (toJSONSchema(e.query, { io: "input" }) as { properties?: Record<string, unknown>; required?: string[] }) : null;
  const queryParams = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({ name, in: "query", required: query?.required?.includes(name) ?? false, schema }));
  const errors = Object.fromEntries(Object.entries(ERROR_RESPONSES).map(([code, description]) => [code, { description, content: json(ref("Error")) }]));
  const responses = Object.fromEntries(
    Object.entries({ ...errors, ...e.responses }).map(([code, r]) => [code, Number(code) >= 400 && !("content" in r && r.content) ? { ...r, content: json(ref("Error")) } : r]),
  );
  return {
    operationId: `${e.method.toLowerCase()}${e.path.replace(/\{(\w+)\}/g, "By-$1").replace(/[^a-zA-Z0-9]+(.)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    "x-required-right": e.access.right,
    parameters: [...pathParams, ...queryParams],
    ...(e.requestBody ? { requestBody: e.requestBody } : {}),
    responses,
  };
}

export function openApiDocument(endpoints: readonly Endpoint[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) (paths[e.path] ??= {})[e.method.toLowerCase()] = operation(e);
  return {
    openapi: "3.1.0",
    info: {
      title: "Congress Planner API",
      version: "1",
      description: "Read and import what the caller may see, with a session cookie or a personal access token (Authorization: Bearer …). Errors are { \"error\": { \"code\", \"message\" } }; messages are Vietnamese unless Accept-Language asks for English.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal access token from the settings page or `npm run cli -- token:create`." },
        cookieAuth: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
      schemas: SCHEMAS,
    },
    paths,
  };
}
