"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { AccountForm, CongressCreateForm, DistrictForm, ProvinceForm } from "./organisation-forms";

/** The first run of an empty installation: province → district → its congress → first organizer. */
export function SetupWizard({ roleLabel }: { roleLabel: string }) {
  const t = useTranslations("setup");
  const [provinceId, setProvinceId] = useState<string | null>(null);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [congressDone, setCongressDone] = useState(false);
  const [accountDone, setAccountDone] = useState(false);
  const steps = [t("stepProvince"), t("stepDistrict"), t("stepCongress"), t("stepAccount")];
  const step = !provinceId ? 0 : !districtId ? 1 : !congressDone ? 2 : accountDone ? 4 : 3;
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
          {step === 1 && <DistrictForm provinceId={provinceId!} onCreated={(d) => setDistrictId(d.id)} />}
          {step === 2 && <CongressCreateForm districtId={districtId!} onCreated={() => setCongressDone(true)} />}
          {step === 3 && <AccountForm unitId={districtId!} roles={[{ value: "DISTRICT_ORGANIZER", label: roleLabel }]} label={steps[3]} onCreated={() => setAccountDone(true)} />}
        </Card>
      )}
      {step === 4 && (
        <Alert tone="success">
          {t("done")}{" "}
          <Link href={`/districts/${districtId}`} className="underline">
            {t("openDistrict")}
          </Link>
        </Alert>
      )}
    </div>
  );
}
