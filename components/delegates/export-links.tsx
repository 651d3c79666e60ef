"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { useNotify } from "@/components/ui/toaster";

type Format = "xlsx" | "csv" | "pdf";
type State = { format: Format; received: number } | null;

/** The file name the server gave (RFC 6266 filename*, else filename), or a plain one. */
function fileName(disposition: string | null, format: Format): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? `roster.${format}`;
}

/**
 * Links to the API's exports. With script, a click downloads in the page: the link shows that
 * the file is being made and how much has arrived, then says what was saved, or why not (e.g.
 * too many exports in a minute). Without script the plain link still downloads.
 */
export function ExportLinks({ congressId }: { congressId: string }) {
  const t = useTranslations("delegates.export");
  const locale = useLocale();
  const format = useFormatter();
  const notify = useNotify();
  const [state, setState] = useState<State>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const size = (bytes: number) => format.number(bytes / 1024, { maximumFractionDigits: bytes < 10 * 1024 ? 1 : 0 }) + " KB";

  const download = async (f: Format, href: string) => {
    setState({ format: f, received: 0 });
    setResult(null);
    try {
      const response = await fetch(href, { headers: { "Accept-Language": locale } });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        throw new Error(body.error?.message ?? t("failed"));
      }
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        setState({ format: f, received });
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("content-type") ?? undefined }));
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName(response.headers.get("content-disposition"), f);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const text = t("done", { name: a.download, size: size(received) });
      setResult({ ok: true, text });
      notify.success(t("doneShort"));
    } catch (error) {
      const text = error instanceof Error && error.message !== "Failed to fetch" ? error.message : t("failed");
      setResult({ ok: false, text });
      notify.failure(t("failedShort"));
    } finally {
      setState(null);
    }
  };

  return (
    <div className="no-print space-y-2">
      <nav aria-label={t("legend")} className="flex flex-wrap gap-2">
        {(["xlsx", "csv", "pdf"] as const).map((f) => {
          const href = `/api/v1/congresses/${congressId}/delegates?format=${f}`;
          const busy = state?.format === f;
          return (
            <a
              key={f}
              href={href}
              download
              aria-disabled={state !== null || undefined}
              aria-busy={busy || undefined}
              onClick={(e) => {
                e.preventDefault();
                if (state === null) void download(f, href);
              }}
              className={buttonClass("secondary", state !== null && !busy ? "opacity-60" : undefined)}
            >
              {busy && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
              {t(f)}
            </a>
          );
        })}
      </nav>
      <div role="status" className="text-sm">
        {state && (state.received > 0 ? t("receiving", { size: size(state.received) }) : t("preparing"))}
      </div>
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.text}</Alert>}
    </div>
  );
}
