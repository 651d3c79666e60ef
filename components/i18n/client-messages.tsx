import "server-only";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { type ClientNamespace, GLOBAL_CLIENT_NAMESPACES } from "@/lib/i18n/config";

// The catalog travels to the browser inside every page's RSC payload, and the whole client part
// of it cost a page 40 KB and a fifth of its server time. So the root layout sends only what the
// shell and every form's messages need (GLOBAL_CLIENT_NAMESPACES), and each section adds the
// namespaces its own client components read, here. tests/unit/client-messages.test.ts follows
// every page's imports to its client components and fails when one reads a namespace its page
// does not send.

/** The client catalog: the global namespaces and `namespaces`, for the components below. */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...GLOBAL_CLIENT_NAMESPACES, ...namespaces].map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
