"use client";
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { withdrawEntryAction } from "@/lib/competitions/actions/entries";

/** Withdraws the OPD's own entry before screening, after a confirmation dialog. */
export function WithdrawButton({ entryId, title }: { entryId: string; title: string }) {
  const t = useTranslations("competitions.withdraw");
  return (
    <ConfirmAction
      action={withdrawEntryAction}
      fields={{ entryId }}
      label={t("button")}
      confirmText={t("confirmText", { title })}
      variant="danger"
    />
  );
}
