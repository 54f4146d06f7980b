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
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return { state, pending, fieldErrors, formProps: { ref, action: dispatch, onSubmit } };
}
