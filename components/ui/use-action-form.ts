"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action-types";

/**
 * A form bound to a server action that never throws away what the user typed: React resets a
 * form after its action runs, so with JavaScript we submit by hand and reset only on success.
 * Without JavaScript the plain `action` still works.
 */
export function useActionForm<T>(
  action: (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>,
  opts: { resetOnSuccess?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const ref = useRef<HTMLFormElement>(null);
  const { resetOnSuccess = false } = opts;
  useEffect(() => {
    if (state?.ok && resetOnSuccess) ref.current?.reset();
  }, [state, resetOnSuccess]);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Include the clicked button's name/value (e.g. approve vs return), as a plain submit would.
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(e.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return { state, pending, fieldErrors, formProps: { ref, action: dispatch, onSubmit } };
}
