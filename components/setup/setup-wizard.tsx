"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { AccountForm, CongressCreateForm, OrganisationForm, ProvinceForm } from "./organisation-forms";

/** The first run of an empty installation: province → organisation → its congress → first organizer. */
export function SetupWizard({ roleLabel }: { roleLabel: string }) {
  const t = useTranslations("setup");
  const [provinceId, setProvinceId] = useState<string | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [congressDone, setCongressDone] = useState(false);
  const [accountDone, setAccountDone] = useState(false);
  const steps = [t("stepProvince"), t("stepOrganisation"), t("stepCongress"), t("stepAccount")];
  const step = !provinceId ? 0 : !organisationId ? 1 : !congressDone ? 2 : accountDone ? 4 : 3;
  return (
    <div className="space-y-4">
      <p>{t("intro")}</p>
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((label, i) => (
          <li key={label} aria-current={i === step ? "step" : undefined} className={i === step ? "font-semibold" : "text-muted"}>
            {i + 1}. {label}
          </li>
        ))}
      </ol>
      {step < 4 && (
        <Card>
          <CardTitle>{steps[step]}</CardTitle>
          {step === 0 && <ProvinceForm onCreated={(p) => setProvinceId(p.id)} />}
          {step === 1 && (
            <div className="space-y-4">
              <Button type="button" variant="secondary" onClick={() => setOrganisationId(provinceId)}>
                {t("theProvinceItself")}
              </Button>
              <OrganisationForm provinceId={provinceId!} onCreated={(d) => setOrganisationId(d.id)} />
            </div>
          )}
          {step === 2 && <CongressCreateForm organisationId={organisationId!} onCreated={() => setCongressDone(true)} />}
          {step === 3 && <AccountForm unitId={organisationId!} roles={[{ value: "ORGANIZER", label: roleLabel }]} label={steps[3]} onCreated={() => setAccountDone(true)} />}
        </Card>
      )}
      {step === 4 && (
        <Alert tone="success">
          {t("done")}{" "}
          <Link href={`/organisations/${organisationId}`} className="underline">
            {t("openOrganisation")}
          </Link>
        </Alert>
      )}
    </div>
  );
}
