"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { formatDateTime } from "@/lib/dates";
import { checkInAction, undoCheckInAction } from "@/lib/delegates/actions";
import { searchKey } from "@/lib/delegates/names";

export type CheckInRow = { id: string; version: number; name: string; key: string; unit: string | null; group: string | null; seat: string | null; checkedInAt: string | null };
type Show = "all" | "absent" | "present";

// Other doors check people in too: the list reloads now and then while the page is in view.
const REFRESH_MS = 15_000;

/**
 * The door list: official delegates in roster order, found by typing part of a name with or
 * without diacritics, each with one large "Có mặt" button. The counter follows every tap.
 */
export function CheckInList({ delegates }: { delegates: CheckInRow[] }) {
  const t = useTranslations("delegates.checkIn");
  const router = useRouter();
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [show, setShow] = useState<Show>("all");
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Rows this page changed; the newer version wins over what the server last rendered, so a
  // reload that started before a tap cannot undo it on screen.
  const [local, setLocal] = useState<ReadonlyMap<string, CheckInRow>>(new Map());

  const rows = useMemo(
    () =>
      delegates.map((d) => {
        const mine = local.get(d.id);
        return mine && mine.version > d.version ? mine : d;
      }),
    [delegates, local],
  );
  const present = rows.filter((r) => r.checkedInAt).length;
  const q = searchKey(query);
  const visible = rows.filter((r) => (!q || r.key.includes(q)) && (show === "all" || (show === "present") === Boolean(r.checkedInAt)));

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  async function toggle(row: CheckInRow, arrive: boolean) {
    setBusy((b) => new Set(b).add(row.id));
    setMessage(null);
    try {
      const result = await (arrive ? checkInAction : undoCheckInAction)({ id: row.id, version: row.version });
      if (result.ok) {
        setLocal((m) => new Map(m).set(row.id, { ...row, ...result.data }));
        setMessage({ ok: true, text: arrive ? t("done", { name: row.name, time: formatDateTime(new Date(result.data.checkedInAt!)) }) : t("undone", { name: row.name }) });
        // Ready for the next person: typing replaces the last search.
        if (arrive) search.current?.select();
        return;
      }
      if (result.code === "VERSION_CONFLICT" && result.current) {
        setLocal((m) => new Map(m).set(row.id, { ...row, ...(result.current as Pick<CheckInRow, "version" | "checkedInAt">) }));
        setMessage({ ok: false, text: t("conflict", { name: row.name }) });
      } else if (result.code === "NOT_ACCEPTED") {
        setMessage({ ok: false, text: t("notAccepted", { name: row.name }) });
        router.refresh();
      } else setMessage({ ok: false, text: t("failed", { name: row.name }) });
    } catch {
      setMessage({ ok: false, text: t("failed", { name: row.name }) });
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(row.id);
        return next;
      });
    }
  }

  const filters: [Show, number][] = [
    ["all", rows.length],
    ["absent", rows.length - present],
    ["present", present],
  ];

  return (
    <div className="space-y-3">
      <div className="sticky top-0 z-10 -mx-4 space-y-2 border-b border-stone-200 bg-stone-50/95 px-4 py-2 backdrop-blur">
        <p role="status" aria-live="polite" className="text-2xl font-bold tabular-nums" data-testid="check-in-count">
          {t("count", { present, total: rows.length })}
        </p>
        <div>
          <label htmlFor="check-in-search" className="sr-only">{t("search")}</label>
          <Input
            ref={search}
            id="check-in-search"
            type="search"
            autoComplete="off"
            enterKeyHint="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t("searchHelp")}
            aria-label={t("search")}
          />
        </div>
        <div role="group" aria-label={t("show")} className="flex flex-wrap gap-1">
          {filters.map(([key, count]) => (
            <button
              key={key}
              type="button"
              aria-pressed={show === key}
              onClick={() => setShow(key)}
              className="min-h-9 rounded-full border border-stone-300 bg-white px-2.5 text-xs font-medium aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
            >
              {t(key, { count })}
            </button>
          ))}
        </div>
        {message && (
          <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-800" : "text-sm font-medium text-red-800"}>
            {message.text}
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : visible.length === 0 ? (
        <p className="text-muted">{t("noMatch")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label={t("title")}>
          {visible.map((r) => (
            <li key={r.id} className="flex items-center gap-3 px-3 py-2" data-present={r.checkedInAt ? "" : undefined}>
              <div className="min-w-0 flex-1">
                <p className="text-base font-medium">{r.name}</p>
                <p className="truncate text-xs text-muted">{[r.group, r.seat ? t("seat", { seat: r.seat }) : null, r.unit].filter(Boolean).join(" · ")}</p>
                {r.checkedInAt && <p className="text-sm font-medium text-green-800">{t("arrivedAt", { time: formatDateTime(new Date(r.checkedInAt)) })}</p>}
              </div>
              {r.checkedInAt ? (
                <Button variant="ghost" className="shrink-0 px-3 text-sm" pending={busy.has(r.id)} onClick={() => toggle(r, false)} aria-label={t("undoFor", { name: r.name })}>
                  {t("undo")}
                </Button>
              ) : (
                <Button className="min-h-12 shrink-0 px-5 text-base" pending={busy.has(r.id)} onClick={() => toggle(r, true)} aria-label={t("markPresentFor", { name: r.name })}>
                  {t("markPresent")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
