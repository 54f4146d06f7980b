"use client";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { renameOpdAction } from "@/lib/admin/actions";

export function OpdRenameForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations("admin.opd");
  const { state, pending, formProps } = useActionForm(renameOpdAction);
  const error = state && !state.ok ? (state.fieldErrors?.name?.join(" ") ?? state.message) : null;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <label className="sr-only" htmlFor={`rename-${id}`}>
        {t("name")}
      </label>
      <input
        id={`rename-${id}`}
        name="name"
        defaultValue={name}
        aria-invalid={error ? true : undefined}
        className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-sm"
      />
      <button type="submit" disabled={pending} className="rounded border border-slate-300 px-2 py-1 text-xs">
        {t("rename")}
      </button>
      {error ? (
        <span role="alert" className="w-full text-xs text-red-700">
          {error}
        </span>
      ) : null}
      {state?.ok ? (
        <span role="status" className="w-full text-xs text-green-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
