import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, UPLOAD_BODY_LIMIT, actionBodyRefusal } from "@/lib/runtime/action-body-limit";

// Which POSTs the server in front of Next.js holds to 1 MB. Next.js treats any multipart POST to a
// page as a possible server action (a form posted without JavaScript, its action's id inside the
// body: next/dist/server/lib/server-action-request-meta.js) and reads it up to its own limit.
const uploads = new Set(["upload-id"]);
const over = String(ACTION_BODY_LIMIT + 1);
const multipart = "multipart/form-data; boundary=----x";

describe("the body limit of server actions", () => {
  it("holds an action named in the Next-Action header to 1 MB, the upload action to its own limit", () => {
    expect(actionBodyRefusal({ "next-action": "some-id", "content-length": over }, uploads, "/settings")).toBe(413);
    expect(actionBodyRefusal({ "next-action": "some-id", "content-length": "10" }, uploads, "/settings")).toBeNull();
    expect(actionBodyRefusal({ "next-action": "upload-id", "content-length": over }, uploads, "/x")).toBeNull();
    expect(actionBodyRefusal({ "next-action": "upload-id", "content-length": String(UPLOAD_BODY_LIMIT + 1) }, uploads, "/x")).toBe(413);
    expect(actionBodyRefusal({ "next-action": "some-id" }, uploads, "/settings")).toBe(411);
  });

  it("holds a form posted without JavaScript (multipart, no header) to the same 1 MB, and to a declared length", () => {
    expect(actionBodyRefusal({ "content-type": multipart, "content-length": over }, uploads, "/settings")).toBe(413);
    expect(actionBodyRefusal({ "content-type": multipart, "content-length": over }, uploads, "/organisations/1/congresses/2?x=1")).toBe(413);
    expect(actionBodyRefusal({ "content-type": multipart }, uploads, "/settings")).toBe(411);
    expect(actionBodyRefusal({ "content-type": multipart, "content-length": "2000" }, uploads, "/settings")).toBeNull();
  });

  it("leaves the REST API's own uploads and other POSTs to their own limits", () => {
    expect(actionBodyRefusal({ "content-type": multipart, "content-length": over }, uploads, "/api/v1/congresses/1/delegates/import")).toBeNull();
    expect(actionBodyRefusal({ "content-type": "application/json", "content-length": over }, uploads, "/settings")).toBeNull();
  });
});
