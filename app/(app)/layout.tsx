import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { requireActor } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <>
      <AppHeader userName={actor.name} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
