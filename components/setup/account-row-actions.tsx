"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useNotify } from "@/components/ui/toaster";
import { grantRoleAction, resetAccountPasswordAction, revokeGrantAction, setAccountDisabledAction } from "@/lib/users/actions";

type Grant = { id: string; role: string; label: string };

/** The address of a one-time link: its token in the fragment, which browsers never send to a server. */
function linkAddress(token: string): string {
  const url = new URL("/sign-in/link", window.location.origin);
  url.hash = token;
  return url.toString();
}

/**
 * What may be done to an account of the organisation: grant it another role here, take one away,
 * send it a new one-time sign-in link, disable or enable it. The server checks each against the
 * account rules (SECURITY.md: nobody raises anyone above their own reach, nor resets an equal or
 * higher account); a refusal is said, not hidden.
 */
export function AccountRowActions({
  userId,
  disabled,
  unitId,
  grants,
  roles,
}: {
  userId: string;
  disabled: boolean;
  unitId: string;
  grants: Grant[];
  roles: { value: string; label: string }[];
}) {
  const t = useTranslations("setup");
  const router = useRouter();
  const notify = useNotify();
  const [pending, start] = useTransition();
  const [role, setRole] = useState(roles.find((r) => !grants.some((g) => g.role === r.value))?.value ?? "");
  const [link, setLink] = useState<string | null>(null);
  const run = (call: () => Promise<{ ok: boolean }>) =>
    start(async () => {
      const result = await call();
      if (result.ok) notify.success();
      else notify.failure();
      router.refresh();
    });
  const grantable = roles.filter((r) => !grants.some((g) => g.role === r.value));
  return (
    <div className="flex flex-wrap items-center gap-2">
      {grants.map((g) => (
        <Button key={g.id} type="button" variant="ghost" className="btn-sm" disabled={pending} onClick={() => run(() => revokeGrantAction({ userId, grantId: g.id }))} aria-label={`${t("revoke")}: ${g.label}`}>
          {t("revoke")}: {g.label}
        </Button>
      ))}
      {grantable.length > 0 && (
        <span className="flex items-center gap-1">
          <Select aria-label={t("role")} value={role} onChange={(e) => setRole(e.target.value)} className="max-w-48">
            {grantable.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </Select>
          <Button type="button" variant="secondary" className="btn-sm" disabled={pending || !role} onClick={() => run(() => grantRoleAction({ userId, role: role as "MEMBER", unitId }))}>
            {t("grant")}
          </Button>
        </span>
      )}
      <Button
        type="button"
        variant="secondary"
        className="btn-sm"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await resetAccountPasswordAction({ userId, firstSignIn: "LINK" });
            if (result.ok && result.data.signInToken) setLink(result.data.signInToken);
            if (result.ok) notify.success();
            else notify.failure();
          })
        }
      >
        {t("resetPassword")}
      </Button>
      <Button type="button" className="btn-sm" pending={pending} onClick={() => run(() => setAccountDisabledAction({ userId, disabled: !disabled }))}>
        {disabled ? t("enable") : t("disable")}
      </Button>
      {link && (
        <p className="basis-full break-all rounded-md border border-stone-300 p-3 text-sm">
          {t("linkShownOnce")} <code>{linkAddress(link)}</code>
        </p>
      )}
    </div>
  );
}
