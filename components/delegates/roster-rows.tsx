"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { CredentialBadge } from "./credential-badge";
import { CredentialReview } from "./credential-review";
import { DeleteDelegate } from "./delete-delegate";
import { type Replacing, ReplacementNote } from "./replacement-note";

type Credential = "PENDING" | "ACCEPTED" | "REJECTED";

/** A roster row as the table shows it: dates already written out, codes translated here. */
export type RosterTableRow = {
  id: string;
  fullName: string;
  gender: string;
  /** dd/mm/yyyy, or the year alone. */
  birth: string;
  ethnicity: string;
  position: string | null;
  unit: string | null;
  category: string;
  group: string | null;
  seat: string | null;
  /** Only for alternates and replaced delegates. */
  replacement: Replacing | null;
  version: number;
  credential: Credential;
  reason: string | null;
  /** Who reviewed the credential and when (dd/mm/yyyy hh:mm), once it is not pending. */
  reviewed: { name: string; at: string } | null;
};

// One client component for the table's rows: each row's credential review and delete button are
// client components, and as children of a server table each got its props serialised separately
// into the RSC payload beside the row's markup. Here a row crosses once, as a record.
/** The roster table's body, numbered from `first`; `manage` adds the review and delete controls. */
export function RosterRows({ rows, first, base, manage }: { rows: RosterTableRow[]; first: number; base: string; manage: boolean }) {
  const t = useTranslations("delegates");
  return (
    <tbody>
      {rows.map((d, i) => (
        <tr key={d.id}>
          <td className="tabular-nums">{first + i}</td>
          <th scope="row" className="font-medium">
            {/* No prefetch: hundreds of rows would each fetch their delegate's page as they scroll into view. */}
            <Link href={`${base}/delegates/${d.id}`} prefetch={false} className="underline decoration-stone-300 underline-offset-2 hover:decoration-current">
              {d.fullName}
            </Link>
            <span className="cell-note">{t(`gender.${d.gender}`)}</span>
            {d.replacement && <ReplacementNote delegate={d.replacement} base={base} />}
          </th>
          <td className="tabular-nums">{d.birth}</td>
          <td>{d.ethnicity}</td>
          <td>{d.position}</td>
          <td>{d.unit}</td>
          <td>{t(`category.${d.category}`)}</td>
          <td className="whitespace-nowrap">
            {d.group}
            {d.seat && <span className="cell-note">{t("checkIn.seat", { seat: d.seat })}</span>}
          </td>
          <td>
            {manage ? <CredentialReview delegate={{ id: d.id, version: d.version, name: d.fullName, status: d.credential, reason: d.reason }} /> : <CredentialBadge status={d.credential} />}
            {d.credential !== "PENDING" && d.reviewed && <span className="cell-note mt-1">{t("review.reviewedBy", { name: d.reviewed.name, date: d.reviewed.at })}</span>}
            {d.credential === "REJECTED" && d.reason && <span className="mt-1 block text-xs">{d.reason}</span>}
            {manage && <DeleteDelegate id={d.id} version={d.version} name={d.fullName} />}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
