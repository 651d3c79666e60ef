"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useNotify } from "@/components/ui/toaster";

type RowError = { row: number; column: string; header: string; code: string; params?: Record<string, string | number> };
type Report = { rows: number; validRows: number; invalidRows: number; errors: RowError[]; dryRun: boolean; created: number };
type Outcome = { status: number; body: { error?: { code: string; message: string }; report?: Report } & Partial<Report> };

/** Posts to the API with XMLHttpRequest: fetch cannot report upload progress. */
function upload(url: string, file: File, locale: string, onProgress: (percent: number) => void): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    // The API answers in the language asked for: the user's, not the browser's.
    xhr.setRequestHeader("Accept-Language", locale);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, body: (xhr.response ?? {}) as Outcome["body"] });
    xhr.onerror = () => reject(new Error("network"));
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

export function RosterImport({ congressId, rosterHref }: { congressId: string; rosterHref: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<null | "check" | "commit">(null);
  const [percent, setPercent] = useState(0);
  const [report, setReport] = useState<Report | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const send = async (dryRun: boolean, mode: "all" | "valid-only") => {
    if (!file) {
      setMessage({ ok: false, text: t("delegateImport.fileErrors.NO_FILE") });
      return;
    }
    setBusy(dryRun ? "check" : "commit");
    setPercent(0);
    setMessage(null);
    try {
      const { status, body } = await upload(`/api/v1/congresses/${congressId}/delegates/import?dryRun=${dryRun}&mode=${mode}`, file, locale, setPercent);
      if (status === 200) {
        const r = body as Report;
        setReport(r);
        if (!dryRun) {
          setMessage({ ok: true, text: t("delegateImport.done", { count: r.created }) });
          notify.success(t("delegateImport.doneShort"));
          setReport(null);
          setFile(null);
          if (input.current) input.current.value = "";
          router.refresh();
        }
      } else if (body.report) {
        setReport(body.report);
        setMessage({ ok: false, text: t("delegateImport.blocked") });
        if (!dryRun) notify.failure(t("delegateImport.failedShort"));
      } else {
        setReport(null);
        setMessage({ ok: false, text: body.error ? body.error.message : t("delegateImport.failed") });
        notify.failure(t("delegateImport.failedShort"));
      }
    } catch {
      setMessage({ ok: false, text: t("errors.INTERNAL") });
      notify.failure(t("delegateImport.failedShort"));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void send(true, "all");
        }}
      >
        <div className="space-y-1">
          <label htmlFor="roster-file" className="block text-sm font-medium">{t("delegateImport.file")}</label>
          <input
            ref={input}
            id="roster-file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setMessage(null);
            }}
            className="block w-full max-w-xs text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-2"
          />
        </div>
        <Button type="submit" pending={busy === "check"} disabled={busy !== null}>
          {t("delegateImport.check")}
        </Button>
      </form>
      {busy && (
        <div role="status" className="space-y-1">
          <p className="text-sm">{busy === "check" ? t("delegateImport.checking", { percent }) : t("delegateImport.importing")}</p>
          {busy === "check" ? (
            <progress max={100} value={percent} className="h-2 w-full max-w-md" aria-label={t("delegateImport.checking", { percent })} />
          ) : (
            <progress className="h-2 w-full max-w-md" aria-label={t("delegateImport.importing")} />
          )}
        </div>
      )}
      {message && (
        <Alert tone={message.ok ? "success" : "error"}>
          {message.text}
          {message.ok && (
            <>
              {" "}
              <Link href={rosterHref} className="font-medium underline">{t("delegateImport.viewRoster")}</Link>
            </>
          )}
        </Alert>
      )}
      {report && (
        <section aria-labelledby="import-report" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <h3 id="import-report" className="font-semibold">
            {t("delegateImport.summary", { rows: report.rows, valid: report.validRows, invalid: report.invalidRows })}
          </h3>
          {report.errors.length === 0 ? (
            <p className="text-sm text-green-800">{t("delegateImport.allValid")}</p>
          ) : (
            <div className="max-h-[28rem] overflow-auto">
              <table className="w-full text-left text-sm">
                <caption className="mb-2 text-left font-medium">{t("delegateImport.errorsTitle")}</caption>
                <thead className="sticky top-0 bg-stone-100 text-xs uppercase text-muted">
                  <tr>
                    <th scope="col" className="px-2 py-1">{t("delegateImport.row")}</th>
                    <th scope="col" className="px-2 py-1">{t("delegateImport.column")}</th>
                    <th scope="col" className="px-2 py-1">{t("delegateImport.message")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.map((e, i) => (
                    <tr key={i} className="border-t border-stone-200">
                      <td className="px-2 py-1 tabular-nums">{e.row}</td>
                      <td className="px-2 py-1">{e.header}</td>
                      <td className="px-2 py-1">{t(`delegateImport.errors.${e.code}`, e.params ?? {})}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="flex flex-wrap items-center gap-2">
            {report.errors.length === 0 ? (
              <Button onClick={() => void send(false, "all")} pending={busy === "commit"} disabled={busy !== null}>
                {t("delegateImport.commitAll", { count: report.validRows })}
              </Button>
            ) : (
              report.validRows > 0 && (
                <>
                  <Button variant="secondary" onClick={() => void send(false, "valid-only")} pending={busy === "commit"} disabled={busy !== null}>
                    {t("delegateImport.commitValid", { count: report.validRows })}
                  </Button>
                  <span className="text-sm text-muted">{t("delegateImport.commitValidHelp")}</span>
                </>
              )
            )}
          </div>
        </section>
      )}
    </div>
  );
}
