"use client";

// Shown only when the root layout itself fails, so it cannot use the message catalogs.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Đã có lỗi xảy ra · Something went wrong</h1>
        <button type="button" onClick={reset} style={{ marginTop: "1.5rem", padding: "0.5rem 1rem" }}>
          Thử lại · Try again
        </button>
      </body>
    </html>
  );
}
