import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import {
  COMMENT_MAX,
  FEEDBACK_STATUS,
  HONEYPOT_FIELD,
  NAME_MAX,
  type FeedbackStatus,
} from "@/lib/feedback/schemas";
import { getZonedFormatter } from "@/lib/time/format";

/**
 * The public "Beri penilaian" form: a plain HTML post to /katalog/[id]/masukan, which redirects
 * back here with a status code, so it works the same with or without JavaScript.
 */
export async function FeedbackForm({ innovationId, status }: { innovationId: string; status?: string }) {
  const t = await getTranslations("feedback.form");
  const known = FEEDBACK_STATUS.includes(status as FeedbackStatus) ? (status as FeedbackStatus) : null;
  return (
    <section aria-labelledby="beri-penilaian" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="beri-penilaian" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      {known ? (
        <div className="mt-3" data-testid="feedback-status">
          <Notice tone={known === "terkirim" ? "success" : "error"}>{t(`status.${known}`)}</Notice>
        </div>
      ) : null}
      <form
        method="post"
        action={`/katalog/${innovationId}/masukan`}
        className="relative mt-3 flex flex-col gap-4"
      >
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("rating")}</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {[1, 2, 3, 4, 5].map((n) => (
              <label
                key={n}
                className="flex cursor-pointer items-center gap-1 rounded border border-slate-300 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
              >
                <input type="radio" name="rating" value={n} required className="h-4 w-4" />
                <span aria-hidden="true" className="text-amber-600">
                  {"★".repeat(n)}
                </span>
                <span className="sr-only">{t("star", { count: n })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor="comment" className="text-sm font-medium text-slate-800">
            {t("comment")}
          </label>
          <textarea
            id="comment"
            name="comment"
            rows={4}
            maxLength={COMMENT_MAX}
            aria-describedby="comment-hint"
            className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-base"
          />
          <p id="comment-hint" className="text-xs text-slate-500">
            {t("commentHint")}
          </p>
        </div>
        <TextField
          label={t("name")}
          name="name"
          hint={t("nameHint")}
          maxLength={NAME_MAX}
          autoComplete="name"
        />
        <TextField
          label={t("contact")}
          name="contact"
          hint={t("contactHint")}
          maxLength={254}
          autoComplete="email"
        />
        {/* The honeypot: off-screen and out of the tab order, so only bots fill it in. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={`fb-${HONEYPOT_FIELD}`}>{t("honeypot")}</label>
          <input
            id={`fb-${HONEYPOT_FIELD}`}
            name={HONEYPOT_FIELD}
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <div>
          <Button type="submit">{t("submit")}</Button>
        </div>
      </form>
    </section>
  );
}

type Comment = {
  id: string;
  rating: number;
  comment: string | null;
  name: string | null;
  reply: string | null;
  createdAt: Date;
};

/** Approved comments with the OPD's reply; never contact. */
export async function PublicComments({ comments, opdName }: { comments: Comment[]; opdName: string }) {
  const [t, format] = await Promise.all([getTranslations("feedback.public"), getZonedFormatter()]);
  return (
    <section aria-labelledby="komentar-warga">
      <h2 id="komentar-warga" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {comments.length ? (
        <ul className="mt-2 flex flex-col gap-3" data-testid="public-comments">
          {comments.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="text-sm text-slate-600">
                <span className="font-medium text-slate-800">{c.name ?? t("anonymous")}</span> ·{" "}
                <time dateTime={c.createdAt.toISOString()}>
                  {format.dateTime(c.createdAt, { dateStyle: "long" })}
                </time>{" "}
                ·{" "}
                {/* aria-label is not allowed on a plain span (axe: aria-prohibited-attr): the rating is read as text. */}
                <span className="sr-only">{t("stars", { rating: c.rating })}</span>
                <span aria-hidden="true" className="text-amber-600">
                  {"★".repeat(c.rating)}
                </span>
              </p>
              <p className="mt-1 whitespace-pre-line">{c.comment}</p>
              {c.reply ? (
                <div className="mt-2 border-l-4 border-brand-600 pl-3" data-testid="feedback-reply">
                  <p className="text-sm font-medium">{t("reply", { opd: opdName })}</p>
                  <p className="whitespace-pre-line">{c.reply}</p>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-600">{t("none")}</p>
      )}
    </section>
  );
}
