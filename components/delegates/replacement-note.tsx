import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/dates";

export type Replacing = {
  alternate: boolean;
  replaces: { id: string; fullName: string } | null;
  replacedOn: Date | null;
  replacedBy: { id: string; fullName: string; replacedOn: Date | null } | null;
};

/**
 * Under a delegate's name: "Dự khuyết", whom an alternate replaces, or who replaces an official
 * delegate. Drawn on the server (the delegate's page) and in the browser (the roster's rows).
 */
export function ReplacementNote({ delegate: d, base }: { delegate: Replacing; base: string }) {
  const t = useTranslations("delegates.replacement");
  if (!d.alternate && !d.replacedBy) return null;
  const link = (id: string) =>
    function DelegateLink(chunks: React.ReactNode) {
      return (
        <Link href={`${base}/delegates/${id}`} prefetch={false} className="underline underline-offset-2">
          {chunks}
        </Link>
      );
    };
  return (
    <span className="cell-note">
      {d.alternate && <span className="mr-1 rounded bg-amber-100 px-1 text-amber-900">{t("badge")}</span>}
      {d.replaces && t.rich("replaces", { name: d.replaces.fullName, date: formatDate(d.replacedOn), who: link(d.replaces.id) })}
      {d.alternate && !d.replaces && t("notSeated")}
      {d.replacedBy && t.rich("replacedBy", { name: d.replacedBy.fullName, date: formatDate(d.replacedBy.replacedOn), who: link(d.replacedBy.id) })}
    </span>
  );
}
