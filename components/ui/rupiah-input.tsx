"use client";
import { useState, type InputHTMLAttributes } from "react";
import { formatRupiah, parseRupiah, plainRupiah } from "@/lib/validation/rupiah";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type" | "defaultValue"> & {
  /** The stored amount as exact decimal text ("1500000.50"), or what the person typed if unreadable. */
  value: unknown;
  /** The amount as exact decimal text when it reads, null when emptied, else the text as typed (the server names the problem). */
  onChange?: (value: string | null) => void;
};

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const read = parseRupiah(value);
  return read.ok ? formatRupiah(read.sen) : String(value);
}

function emitted(text: string): string | null {
  if (text.trim() === "") return null;
  const read = parseRupiah(text);
  return read.ok ? plainRupiah(read.sen) : text;
}

/**
 * Every amount of money in the portal: accepts what people type ("150.000.000", "1.500.000,50",
 * "Rp 150.000.000") and shows it back as "Rp150.000.000" once the field is left. The same reader
 * (lib/validation/rupiah.ts) validates on the server, so a posted form may carry the typed text.
 */
export function RupiahInput({ value, onChange, onBlur, className, ...rest }: Props) {
  const [text, setText] = useState(() => shown(value));
  const [seen, setSeen] = useState(value);
  // A value from outside (a merged save, a restored draft) replaces the text, unless it is the one
  // this input just reported while the person was typing.
  if (value !== seen) {
    setSeen(value);
    if (value !== emitted(text)) setText(shown(value));
  }

  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className={className}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const out = emitted(next);
        setSeen(out);
        onChange?.(out);
      }}
      onBlur={(e) => {
        const read = text.trim() === "" ? null : parseRupiah(text);
        if (read?.ok) setText(formatRupiah(read.sen));
        onBlur?.(e);
      }}
    />
  );
}
