import { getTranslations } from "next-intl/server";
import { implementationAge } from "@/lib/innovations/rules/form/implementation-age";
import { getZonedFormatter } from "@/lib/time/format";

/** "Implemented at least one year" is a competition requirement, so it is computed and shown. */
export async function ImplementationAge({ implementedDate }: { implementedDate: string | null }) {
  const [t, format] = await Promise.all([getTranslations("innovations.age"), getZonedFormatter()]);
  const age = implementationAge(implementedDate, new Date(), format.zone);
  if (!age || !implementedDate) {
    return (
      <p className="text-sm text-slate-600" data-testid="implementation-age">
        {t("label")}: {t("none")}
      </p>
    );
  }
  const date = format.dateTime(new Date(`${implementedDate}T00:00:00Z`), {
    dateStyle: "long",
    timeZone: "UTC",
  });
  return (
    <p
      className={`text-sm ${age.atLeastOneYear ? "text-green-800" : "text-amber-800"}`}
      data-testid="implementation-age"
    >
      {t("label")}:{" "}
      {age.atLeastOneYear
        ? `${t("value", { years: age.years, months: age.monthsAfterYears, date })} — ${t("eligible")}`
        : t("notYet", { date })}
    </p>
  );
}
