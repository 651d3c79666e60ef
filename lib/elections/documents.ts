import "server-only";
import type { LoadedCongress } from "../auth/resources";
import { formatDate, vietnamDate } from "../dates";
import { type DocumentHeader, documentHeader } from "../export/document-header";
import { type DownloadName, downloadName } from "../export/download";
import { neutraliseCell } from "../export/neutralise";
import { type PdfColumn, pdfStream } from "../export/pdf";
import { xlsxStream } from "../export/xlsx";
import { type Translate, translator } from "../i18n/translate";
import type { ElectionView, RoundView } from "./data";
import { baseKindOf, baseLineKey } from "./choices";

// The papers of an election in the Party document format (Hướng dẫn 36-HD/VPTW): the ballot (phiếu
// bầu, names in Vietnamese order, one A5 page), the vote-counting minutes (biên bản kiểm phiếu) of
// a round and the list of those elected, as PDF and XLSX. Always Vietnamese: they are the
// congress's own papers.

export const ELECTION_DOCUMENTS = ["ballot", "minutes", "elected"] as const;
export type ElectionDocument = (typeof ELECTION_DOCUMENTS)[number];
export const DOCUMENT_FORMATS = ["pdf", "xlsx"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

type Counter = { fullName: string; position: "HEAD" | "MEMBER" };
type Paper = { title: string; header: DocumentHeader; columns: { header: string; xlsx: number; pdf: number; center?: boolean }[]; rows: string[][]; intro: string[]; outro: string[]; size: "A4" | "A5" };

function header(congress: LoadedCongress, t: Translate, title: string, subtitle: string): DocumentHeader {
  return documentHeader(
    { unitName: congress.unit.name, ordinal: congress.ordinal, termStart: congress.termStart, termEnd: congress.termEnd, dateIso: congress.opening ?? vietnamDate() },
    {
      party: t("delegateExport.party"),
      issuer: (ordinal) => t("delegateExport.issuer", { ordinal }),
      placeDate: (place, day, month, year) => t("delegateExport.placeDate", { place, day, month, year }),
      title,
      subtitle: () => subtitle,
    },
  );
}

/** The base of the majority and how it was reached, one sentence a line, as the minutes print it. */
export function baseLines(round: RoundView, t: Translate): string[] {
  return [
    ...round.base.lines.map((l) => `${t(baseLineKey(l), { count: l.count })}.`),
    ...(round.baseCorrectionReason ? [t("electionDocuments.baseCorrection", { n: round.baseRevision, reason: round.baseCorrectionReason })] : []),
    t("electionDocuments.percentBase", { base: round.base.base }),
  ];
}

/**
 * The signature blocks of the minutes as the form lays them out: on the right "T/M BAN KIỂM PHIẾU /
 * TRƯỞNG BAN" over the head's name, on the left the members with their names.
 */
function signatures(counters: Counter[], t: Translate): string[] {
  const head = counters.find((c) => c.position === "HEAD");
  const members = counters.filter((c) => c.position !== "HEAD");
  return [
    `${t("electionDocuments.signatures.members")}                    ${t("electionDocuments.signatures.on")}`,
    `                                                            ${t("electionDocuments.signatures.head")}`,
    "",
    ...members.map((m) => m.fullName),
    ...(head ? ["", `                                                            ${head.fullName}`] : []),
  ];
}

/** Percent as the minutes write it: 93,12. */
const pct = (n: number) => n.toFixed(2).replace(".", ",");

/** The round a paper is about: the one asked for, else the last one. */
export function roundOf(election: ElectionView, number?: number): RoundView | null {
  if (number !== undefined) return election.rounds.find((r) => r.number === number) ?? null;
  return election.rounds[election.rounds.length - 1] ?? null;
}

function ballot(congress: LoadedCongress, election: ElectionView, round: RoundView | null, t: Translate): Paper {
  const ids = round ? round.candidateIds : election.candidates.map((c) => c.id);
  // The list is in Vietnamese order (given, middle, family name); a further round keeps that order.
  const names = election.candidates.filter((c) => ids.includes(c.id));
  const seats = round?.seats ?? election.seats;
  return {
    title: t("electionDocuments.ballotTitle"),
    header: header(congress, t, t("electionDocuments.ballotTitle"), t("electionDocuments.ballotSubtitle", { election: election.name, start: congress.termStart, end: congress.termEnd })),
    columns: [
      { header: t("electionDocuments.columns.index"), xlsx: 6, pdf: 40, center: true },
      { header: t("electionDocuments.columns.name"), xlsx: 36, pdf: 220 },
      { header: t("electionDocuments.columns.note"), xlsx: 16, pdf: 80 },
    ],
    rows: names.map((c, i) => [String(i + 1), c.fullName, ""]),
    intro: [t("electionDocuments.ballotRound", { n: round?.number ?? 1, seats, count: names.length })],
    outro: [t("electionDocuments.ballotHint", { seats })],
    size: "A5",
  };
}

function minutes(congress: LoadedCongress, election: ElectionView, round: RoundView | null, counters: Counter[], t: Translate): Paper {
  const columns = [
    { header: t("electionDocuments.columns.index"), xlsx: 6, pdf: 34, center: true },
    { header: t("electionDocuments.columns.name"), xlsx: 32, pdf: 191 },
    { header: t("electionDocuments.columns.votes"), xlsx: 12, pdf: 70, center: true },
    { header: t("electionDocuments.columns.percent"), xlsx: 12, pdf: 70, center: true },
    { header: t("electionDocuments.columns.outcome"), xlsx: 22, pdf: 150 },
  ];
  const title = t("electionDocuments.minutesTitle");
  // The first meeting of the new committee keeps its own minutes, under its own name.
  const subtitle = baseKindOf(election.kind) === "FIRST_MEETING" ? "electionDocuments.firstMeetingSubtitle" : "electionDocuments.minutesSubtitle";
  const head = header(congress, t, title, t(subtitle, { election: election.name, n: round?.number ?? 1 }));
  if (!round) return { title, header: head, columns, rows: [], intro: [t("electionDocuments.noRound")], outro: [], size: "A4" };
  const results = new Map(round.decision.results.map((r) => [r.candidateId, r]));
  const names = election.candidates.filter((c) => round.candidateIds.includes(c.id));
  const intro = [
    t("electionDocuments.counters", { names: counters.map((c) => `${c.fullName} (${t(`elections.counters.positions.${c.position}`)})`).join(", ") || "—" }),
    t("electionDocuments.seats", { seats: round.seats, count: names.length }),
    ...baseLines(round, t),
    t(round.base.kind === "MEMBERS" ? "electionDocuments.presentMembers" : "electionDocuments.present", { present: round.delegatesPresent, issued: round.ballotsIssued }),
    // The nominations the congress refused, with their vote, in the first round's minutes.
    ...(round.number === 1 ? election.refusedNominations.map((c) => t("electionDocuments.refusedNomination", { source: t(`elections.sources.${c.source}`), name: c.fullName, agreeing: c.admissionAgreeing ?? 0, present: c.admissionPresent ?? 0 })) : []),
    t("electionDocuments.boxes", { boxes: round.boxes.length }),
    t("electionDocuments.received", { received: round.totals.ballotsReceived, valid: round.totals.valid, invalid: round.totals.invalid }),
    ...round.boxes.filter((b) => b.correctionReason).map((b) => t("electionDocuments.correction", { box: b.box, n: b.revision, reason: b.correctionReason! })),
    ...(round.status === "OPEN" ? [t("electionDocuments.provisional")] : []),
  ];
  const rows = names.map((c, i) => {
    const r = results.get(c.id)!;
    return [String(i + 1), c.fullName, String(r.votes), pct(r.percent), t(`elections.results.outcomes.${r.outcome}`)];
  });
  const outro = [t("electionDocuments.outcome", { base: round.base.base, elected: round.decision.elected.length, seats: round.seats }), "", ...signatures(counters, t)];
  return { title, header: head, columns, rows, intro, outro, size: "A4" };
}

function elected(congress: LoadedCongress, election: ElectionView, t: Translate): Paper {
  // Each member with the votes of the round that elected them.
  const won = new Map<string, { votes: number; percent: number }>();
  for (const r of election.rounds) if (r.status === "CLOSED") for (const x of r.decision.results) if (x.outcome === "ELECTED") won.set(x.candidateId, x);
  const people = election.elected;
  const women = people.filter((p) => p.gender === "FEMALE").length;
  const title = t("electionDocuments.electedTitle");
  return {
    title,
    header: header(congress, t, title, t("electionDocuments.electedSubtitle", { election: election.name, start: congress.termStart, end: congress.termEnd })),
    columns: [
      { header: t("electionDocuments.columns.index"), xlsx: 6, pdf: 34, center: true },
      { header: t("electionDocuments.columns.name"), xlsx: 30, pdf: 160 },
      { header: t("electionDocuments.columns.birth"), xlsx: 10, pdf: 50, center: true },
      { header: t("electionDocuments.columns.position"), xlsx: 30, pdf: 141 },
      { header: t("electionDocuments.columns.votes"), xlsx: 10, pdf: 65, center: true },
      { header: t("electionDocuments.columns.percent"), xlsx: 10, pdf: 65, center: true },
    ],
    rows: people.map((c, i) => [String(i + 1), c.fullName, c.birthDate ? formatDate(c.birthDate) : String(c.birthYear), c.position ?? "", String(won.get(c.id)?.votes ?? ""), won.has(c.id) ? pct(won.get(c.id)!.percent) : ""]),
    intro: [
      t("electionDocuments.electedOutcome", { elected: people.length, seats: election.seats }),
      ...(election.lastClosed ? baseLines(election.lastClosed, t) : []),
    ],
    outro: people.length ? [t("electionDocuments.women", { count: women, percent: `${pct(people.length ? (women * 100) / people.length : 0)}%` })] : [],
    size: "A4",
  };
}

export async function electionDocument(kind: ElectionDocument, format: DocumentFormat, congress: LoadedCongress, election: ElectionView, counters: Counter[], roundNumber?: number) {
  const t = await translator("vi");
  const round = roundOf(election, roundNumber);
  const paper = kind === "ballot" ? ballot(congress, election, round, t) : kind === "minutes" ? minutes(congress, election, round, counters, t) : elected(congress, election, t);
  const rows = paper.rows.map((r) => r.map((v) => neutraliseCell(v.normalize("NFC"))));
  const name: DownloadName = downloadName(t("electionDocuments.fileName", { document: paper.title, election: election.name }), format);
  if (format === "xlsx") {
    const extra = [...paper.intro, ...paper.outro].filter(Boolean).map((line) => ["", line, ...paper.columns.slice(2).map(() => "")]);
    return { name, body: xlsxStream({ sheetName: paper.title, footer: t("delegateExport.sheetFooter"), header: paper.header, columns: paper.columns.map((c) => ({ header: c.header, width: c.xlsx })), rows: [...rows, ...extra] }) };
  }
  const width = paper.size === "A5" ? 340 : 515;
  const sum = paper.columns.reduce((s, c) => s + c.pdf, 0);
  const columns: PdfColumn[] = paper.columns.map((c) => ({ header: c.header, width: (c.pdf * width) / sum, align: c.center ? "center" : "left" }));
  return { name, body: pdfStream({ title: paper.title, header: paper.header, columns, rows, intro: paper.intro, outro: paper.outro, size: paper.size, layout: "portrait", pageLabel: (page) => t("delegateExport.page", { page }) }) };
}
