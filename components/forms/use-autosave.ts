"use client";
// The React side of autosave (the state machine is autosave.ts): one controller per form, its
// snapshot as state, and the browser's signals wired in — "online" and the tab becoming visible
// resend at once, the tab being hidden saves at once. Used by the proposal editor and the score form.
import { useEffect, useRef, useState } from "react";
import {
  Autosave,
  type AutosaveSnapshot,
  type FlatValues,
  type KeyValueStore,
  type SaveAnswer,
  type SaveRequest,
} from "./autosave";

export type { AutosaveConflict, AutosaveStatus, FlatValues, SaveAnswer, SaveRequest } from "./autosave";

type Options = {
  storageKey: string;
  revision: number;
  /** The stored values the page was rendered with, for every key the form can change. */
  server: FlatValues;
  send: (request: SaveRequest) => Promise<SaveAnswer>;
  debounceMs?: number;
  /** Nothing is saved or restored (a read-only form). */
  disabled?: boolean;
  /** Unsent values of a previous visit were restored: show them. */
  onRestore?: (values: FlatValues) => void;
  /** Someone else's values were merged in, for fields this user has not changed: show them. */
  onServerValues?: (values: FlatValues) => void;
};

function browserStorage(): KeyValueStore | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be disabled outright; saving to the server still works.
    return null;
  }
}

export function useAutosave(options: Options) {
  const [snapshot, setSnapshot] = useState<AutosaveSnapshot | null>(null);
  const [controller] = useState(
    () =>
      new Autosave({
        storageKey: options.storageKey,
        revision: options.revision,
        server: options.server,
        debounceMs: options.debounceMs,
        storage: browserStorage(),
        send: options.send,
        isOnline: () => typeof navigator === "undefined" || navigator.onLine,
        onChange: setSnapshot,
      }),
  );
  // Timers and events always reach the latest callbacks of the form.
  const { send, onServerValues, onRestore } = options;
  useEffect(() => {
    controller.connect({ send, onServerValues });
  });
  const onRestoreRef = useRef(onRestore);
  useEffect(() => {
    onRestoreRef.current = onRestore;
  });
  const restored = useRef(false);
  const disabled = options.disabled ?? false;

  useEffect(() => {
    if (disabled) return;
    if (!restored.current) {
      restored.current = true;
      const values = controller.restore();
      if (values) onRestoreRef.current?.(values);
    }
    const online = () => controller.resume();
    const visibility = () => {
      if (document.visibilityState === "visible") controller.resume();
      else void controller.flush();
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", visibility);
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", visibility);
      controller.stop();
    };
  }, [controller, disabled]);

  return {
    ...(snapshot ?? controller.snapshot()),
    edit: (key: string, value: unknown, valid = true) => controller.edit(key, value, valid),
    flush: () => controller.flush(),
    resolve: (chosen: FlatValues) => controller.resolve(chosen),
    clear: () => controller.clear(),
    revision: () => controller.currentRevision(),
    /** The state right now, for code that awaited flush() (React state lags a render behind). */
    current: () => controller.snapshot(),
  };
}
