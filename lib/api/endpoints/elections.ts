import "server-only";
import { vietnamDate } from "../../dates";
import { getElection, listCounters, listElectionsPage, type ElectionView } from "../../elections/data";
import { DOCUMENT_FORMATS, ELECTION_DOCUMENTS, electionDocument, roundOf } from "../../elections/documents";
import { auditDocument } from "../../elections/mutations";
import { CONTENT_TYPES, contentDisposition } from "../../export/download";
import { LIMITS } from "../../security/rate-limit";
import { z } from "../../validation";
import { defineEndpoint } from "../endpoint";
import { PAGING_NOTE, cursorAs, idPageResponse, pageQuery, pagedResponse } from "../paging";
import { pageOf, ref, json } from "../schemas";

const afterOf = (cursor: unknown) => cursorAs(cursor, z.uuid());

/**
 * The base of the majority a round was decided against (Quy chế bầu cử trong Đảng, 244-QĐ/TW Art. 32,
 * kept by 190-QĐ/TW): the delegates convened, each exclusion, the base and the fewest votes that elect.
 */
const baseJson = (r: ElectionView["rounds"][number]) => ({
  baseKind: r.base.kind,
  delegatesConvened: r.base.convened,
  baseExclusions: r.base.exclusions,
  base: r.base.base,
  votesNeeded: r.base.needed,
  baseRevision: r.baseRevision,
  baseCorrectionReason: r.baseCorrectionReason,
});

/** A round as the API shows it: its figures and, per candidate, the votes and the rule's outcome. */
const roundJson = (r: ElectionView["rounds"][number]) => ({
  number: r.number,
  status: r.status,
  seats: r.seats,
  candidateIds: r.candidateIds,
  delegatesPresent: r.delegatesPresent,
  ballotsIssued: r.ballotsIssued,
  ...baseJson(r),
  closedAt: r.closedAt,
  boxes: r.boxes.map((b) => ({ box: b.box, revision: b.revision, ballotsReceived: b.ballotsReceived, valid: b.valid, invalid: b.invalid, correctionReason: b.correctionReason, enteredAt: b.enteredAt })),
  ballotsReceived: r.totals.ballotsReceived,
  valid: r.totals.valid,
  invalid: r.totals.invalid,
  elected: r.decision.elected,
  furtherRound: r.decision.furtherRound,
});

const electionJson = (e: ElectionView) => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  seats: e.seats,
  candidates: e.candidates.length,
  nominations: e.candidates.filter((c) => c.source !== "SCHEME").length,
  rounds: e.rounds.map((r) => ({ number: r.number, status: r.status, seats: r.seats, ballotsIssued: r.ballotsIssued, valid: r.totals.valid, invalid: r.totals.invalid })),
  elected: e.elected.length,
  seatsLeft: e.seatsLeft,
  /** The upper committee's approval (chuẩn y), null while the results await it. */
  approval: e.approval ? { decision: e.approval.decision, approvedOn: e.approval.approvedOn } : null,
});

export const listCongressElections = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/elections",
  access: { right: "delegate.read", resource: { kind: "congress", param: "id" } },
  summary: "The elections of a congress (executive committee, delegations to the upper congress, others) with their rounds and how many were elected",
  description: PAGING_NOTE,
  query: z.object(pageQuery),
  responses: { "200": { description: "Elections, in creation order", content: pageOf("Election", "elections") } },
  async handle({ actor, record: congress, query, request }) {
    const rows = await listElectionsPage(actor, congress, vietnamDate(), afterOf(query.cursor), query.limit + 1);
    return idPageResponse(request, "elections", rows.map(electionJson), query.limit);
  },
});

export const electionResults = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/elections/{eid}/results",
  access: { right: "delegate.read", resource: { kind: "congress", param: "id" } },
  summary: "An election's results: the base of the majority (delegates convened less the rule's exclusions), each round's figures, and per candidate the votes, the share of the base and the outcome under the election rule",
  description: `The candidates are ${PAGING_NOTE.charAt(0).toLowerCase()}${PAGING_NOTE.slice(1)}`,
  query: z.object(pageQuery),
  responses: { "200": { description: "Results; candidates in Vietnamese order, paged", content: json(ref("ElectionResults")) } },
  async handle({ actor, record: congress, params, query, request }) {
    const e = await getElection(actor, params.eid!, congress, vietnamDate());
    // The candidates in the order of official lists; the cursor is the last one's position in it.
    const start = cursorAs(query.cursor, z.number().int().min(0)) ?? 0;
    const page = e.candidates.slice(start, start + query.limit);
    const elected = new Set(e.elected.map((c) => c.id));
    const candidates = page.map((c) => ({
      id: c.id,
      fullName: c.fullName,
      gender: c.gender,
      birthYear: c.birthYear,
      ethnicity: c.ethnicity,
      position: c.position,
      source: c.source,
      /** For a nomination at the congress: the vote that admitted it to the list. */
      admission: c.admissionPresent !== null && c.admissionAgreeing !== null ? { agreeing: c.admissionAgreeing, present: c.admissionPresent } : null,
      elected: elected.has(c.id),
      rounds: e.rounds.flatMap((r) => {
        const x = r.decision.results.find((y) => y.candidateId === c.id);
        return x ? [{ number: r.number, votes: x.votes, percent: x.percent, outcome: x.outcome }] : [];
      }),
    }));
    const next = start + query.limit < e.candidates.length ? start + query.limit : null;
    // The base of the election's last counted round (else its last round): the figure its outcome reads against.
    const decisive = e.lastClosed ?? e.rounds[e.rounds.length - 1] ?? null;
    const base = decisive ? { base: decisive.base.base, delegatesConvened: decisive.base.convened } : { base: null, delegatesConvened: null };
    // Nominations the congress refused (30% or fewer agreeing): recorded with their vote, never on a ballot.
    const refusedNominations = e.refusedNominations.map((c) => ({ id: c.id, fullName: c.fullName, source: c.source, nominatedBy: c.nominatedBy, agreeing: c.admissionAgreeing, present: c.admissionPresent }));
    return pagedResponse(request, { election: electionJson(e), ...base, rounds: e.rounds.map(roundJson), structure: e.structure, candidates, refusedNominations }, next);
  },
});

export const electionDocuments = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/elections/{eid}/documents",
  // A printed list of names is an export: counted like the roster's.
  rateLimit: LIMITS.exportPerUser,
  access: { right: "delegate.read", resource: { kind: "congress", param: "id" } },
  summary: "An election's papers in the Party document format: the ballot (phiếu bầu), the vote-counting minutes (biên bản kiểm phiếu) of a round, the list of those elected",
  description: "document=ballot|minutes|elected, format=pdf|xlsx; round=N for the ballot and the minutes (default: the last round).",
  query: z.object({ document: z.enum(ELECTION_DOCUMENTS), format: z.enum(DOCUMENT_FORMATS).default("pdf"), round: z.coerce.number().int().min(1).optional() }),
  responses: { "200": { description: "The file", content: { [CONTENT_TYPES.pdf]: {}, [CONTENT_TYPES.xlsx]: {} } } },
  async handle({ actor, record: congress, params, query, ip }) {
    const e = await getElection(actor, params.eid!, congress, vietnamDate());
    const counters = await listCounters(actor, congress.id);
    const { name, body } = await electionDocument(query.document, query.format, congress, e, counters, query.round);
    await auditDocument({ actor, ip, action: "election.document" }, { id: e.id, congressId: congress.id, provinceId: congress.provinceId, organisationId: congress.organisationId }, { document: query.document, format: query.format, round: roundOf(e, query.round)?.number ?? null });
    return new Response(body, { headers: { "content-type": CONTENT_TYPES[query.format], "content-disposition": contentDisposition(name), "cache-control": "no-store", "x-content-type-options": "nosniff" } });
  },
});
