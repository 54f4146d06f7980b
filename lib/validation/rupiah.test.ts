import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_RUPIAH, formatRupiah, parseRupiah, plainRupiah } from "./rupiah";

const sen = (input: unknown) => {
  const r = parseRupiah(input);
  return r.ok ? r.sen : r.error;
};

describe("parseRupiah", () => {
  it.each([
    ["150000000", 15_000_000_000n],
    ["150.000.000", 15_000_000_000n],
    ["Rp 150.000.000", 15_000_000_000n],
    ["Rp150.000.000", 15_000_000_000n],
    ["rp. 150.000.000", 15_000_000_000n],
    ["IDR 150.000.000", 15_000_000_000n],
    ["Rp\u00a0150.000.000", 15_000_000_000n],
    ["Rp 150.000.000,-", 15_000_000_000n],
    ["  150.000.000  ", 15_000_000_000n],
    ["1.500.000,50", 150_000_050n],
    ["1.500.000,5", 150_000_050n],
    ["Rp1.500.000,05", 150_000_005n],
    ["1500000,50", 150_000_050n],
    ["1500000.50", 150_000_050n],
    ["1500.5", 150_050n],
    ["1.500", 150_000n],
    ["0", 0n],
    ["0,29", 29n],
    ["999", 99_900n],
    ["1.000.000.000.000.000", MAX_RUPIAH * 100n],
  ])("reads %j", (input, expected) => {
    expect(sen(input)).toBe(expected);
  });

  it.each([
    ["150,000,000", "ambiguous"],
    ["1,500", "ambiguous"],
    ["1,500.50", "ambiguous"],
    ["1.500.000.50", "ambiguous"],
    ["1500.505", "ambiguous"],
    ["1.5000", "ambiguous"],
    ["1.500.000,505", "decimals"],
    ["1500,505", "decimals"],
    ["Rp 5 juta", "invalid"],
    ["lima juta", "invalid"],
    ["", "invalid"],
    ["Rp", "invalid"],
    ["12a", "invalid"],
    ["1 500 000", "invalid"],
    ["-5", "negative"],
    ["Rp -150.000", "negative"],
    ["-Rp150.000", "negative"],
    ["1.000.000.000.000.001", "tooLarge"],
    ["99999999999999999999999", "tooLarge"],
  ])("refuses %j as %s", (input, error) => {
    expect(sen(input)).toBe(error);
  });

  it("reads stored values: numbers, bigints and Prisma Decimals, exactly", () => {
    expect(sen(1500000.5)).toBe(150_000_050n);
    expect(sen(0.29)).toBe(29n);
    expect(sen(125_000_000)).toBe(12_500_000_000n);
    expect(sen(1500.505)).toBe("decimals");
    expect(sen(-1)).toBe("negative");
    expect(sen(2e15)).toBe("tooLarge");
    expect(sen(Number.NaN)).toBe("invalid");
    expect(sen({ toFixed: () => "9999999999999999.99" })).toBe("tooLarge");
    expect(sen({ toFixed: () => "123456789012345.67" })).toBe(12_345_678_901_234_567n);
    expect(sen(null)).toBe("invalid");
    expect(sen(["1"])).toBe("invalid");
  });
});

describe("formatRupiah and plainRupiah", () => {
  it("writes amounts the Indonesian way, sen only when there are any", () => {
    expect(formatRupiah(15_000_000_000n)).toBe("Rp150.000.000");
    expect(formatRupiah(150_000_050n)).toBe("Rp1.500.000,50");
    expect(formatRupiah(5n)).toBe("Rp0,05");
    expect(formatRupiah(0n)).toBe("Rp0");
    expect(formatRupiah(99_900n)).toBe("Rp999");
    expect(formatRupiah(100_000n)).toBe("Rp1.000");
    expect(plainRupiah(15_000_000_000n)).toBe("150000000");
    expect(plainRupiah(150_000_050n)).toBe("1500000.50");
    expect(plainRupiah(5n)).toBe("0.05");
  });

  const amounts = fc.bigInt({ min: 0n, max: MAX_RUPIAH * 100n });

  it("reads back exactly what it formats", () => {
    fc.assert(
      fc.property(amounts, (value) => {
        expect(parseRupiah(formatRupiah(value))).toEqual({ ok: true, sen: value });
        expect(parseRupiah(plainRupiah(value))).toEqual({ ok: true, sen: value });
      }),
    );
  });

  it("formats what it reads into the same text, whichever way it was typed", () => {
    fc.assert(
      fc.property(amounts, (value) => {
        const formatted = formatRupiah(value);
        const variants = [formatted.replace("Rp", "Rp "), formatted.slice(2), plainRupiah(value)];
        for (const variant of variants) {
          const read = parseRupiah(variant);
          expect(read.ok && formatRupiah(read.sen)).toBe(formatted);
        }
      }),
    );
  });
});
