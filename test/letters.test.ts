/**
 * The code-unit table the line measurer reads (src/lib/letters.ts): which
 * characters are spaces, lower- and upper-case letters, letters of caseless
 * scripts, letters of scripts written without spaces, clause punctuation and
 * the copyright sign, with the edges of each range.
 *
 * The table is built once per module instance, on first use: each test here
 * imports a fresh instance, so the table is built inside the test that checks
 * it (and not by whichever test happened to run first).
 */
import { describe, expect, it, vi } from "vitest";

async function freshTable() {
  vi.resetModules();
  const m = await import("../src/lib/letters.js");
  return { m, table: m.letterClasses() };
}

describe("letterClasses", () => {
  it("gives every character of a multilingual page its class", async () => {
    const { m, table } = await freshTable();
    const cases: [string, number][] = [
      [" ", m.SPACE], ["\t", m.SPACE], ["\n", m.OTHER],
      ["a", m.LOWER], ["m", m.LOWER], ["z", m.LOWER], ["A", m.UPPER], ["M", m.UPPER], ["Z", m.UPPER],
      ["@", m.OTHER], ["[", m.OTHER], ["`", m.OTHER], ["{", m.OTHER], ["7", m.OTHER], ["!", m.OTHER],
      [",", m.CLAUSE], [";", m.CLAUSE], [":", m.CLAUSE], [".", m.CLAUSE], ["、", m.CLAUSE], ["。", m.CLAUSE], ["，", m.CLAUSE],
      ["©", m.COPYRIGHT], ["ª", m.CASELESS],
      ["é", m.LOWER], ["ß", m.LOWER], ["É", m.UPPER], ["Ж", m.UPPER], ["ж", m.LOWER], ["ω", m.LOWER], ["Ω", m.UPPER],
      ["ا", m.CASELESS], ["ש", m.CASELESS], ["क", m.CASELESS], ["ລ", m.CASELESS], ["«", m.OTHER], ["×", m.OTHER],
      ["ก", m.UNSPACED], ["\u0e7f", m.UNSPACED], ["\u0e00", m.UNSPACED],
      ["ぁ", m.UNSPACED], ["の", m.UNSPACED], ["カ", m.UNSPACED], ["\u3040", m.UNSPACED], ["\u30ff", m.UNSPACED], ["\u3100", m.OTHER],
      ["中", m.UNSPACED], ["\u3400", m.UNSPACED], ["\u9fff", m.UNSPACED], ["\ua000", m.OTHER],
      ["한", m.UNSPACED], ["\uac00", m.UNSPACED], ["\ud7af", m.UNSPACED], ["\ud7b0", m.OTHER],
      ["\u303f", m.OTHER], ["ｶ", m.OTHER],
    ];
    for (const [ch, want] of cases) expect(table[ch.charCodeAt(0)], `U+${ch.charCodeAt(0).toString(16).padStart(4, "0")} ${ch}`).toBe(want);
  });

  it("reads every letter before the kana block by its case, as String's case mapping does (the ideographic comma and full stop are clause marks)", async () => {
    const { m, table } = await freshTable();
    const letter = /^\p{L}$/u;
    for (let c = 0xaa; c < 0x3040; c++) {
      if (c >= 0x0e00 && c <= 0x0e7f) continue;
      const ch = String.fromCharCode(c);
      const want = c === 0x3001 || c === 0x3002 ? m.CLAUSE : !letter.test(ch) ? m.OTHER : ch.toUpperCase() !== ch ? m.LOWER : ch.toLowerCase() !== ch ? m.UPPER : m.CASELESS;
      if (table[c] !== want) expect(table[c], `U+${c.toString(16)}`).toBe(want);
    }
  });

  it("is built once and kept", async () => {
    const { m, table } = await freshTable();
    expect(m.letterClasses()).toBe(table);
    expect(table.length).toBe(0x10000);
  });
});

describe("unitByte and byteClasses", () => {
  it("keeps every code unit's class in its byte, and every unit the measurer tells apart", async () => {
    const { m, table } = await freshTable();
    const bytes = m.byteClasses();
    expect(bytes.length).toBe(0x100);
    expect(m.byteClasses()).toBe(bytes);
    // Every code unit: its byte has its class (the two dashes and the apostrophe become ASCII signs of the same class).
    for (let c = 0; c < 0x10000; c++) {
      const b = m.unitByte(c);
      if (b < 0 || b > 0xff || bytes[b] !== table[c]) expect(bytes[b], `U+${c.toString(16)} as ${b}`).toBe(table[c]);
    }
    // ASCII and Latin-1 stand for themselves; the C1 controls never do.
    for (const c of [0x20, 0x09, 0x28, 0x2d, 0x27, 0x41, 0x7a, 0xa9, 0xe9, 0xff]) expect(m.unitByte(c)).toBe(c);
    for (let c = 0x80; c < 0xa0; c++) expect(m.unitByte(c)).toBe(0x80 + m.OTHER);
    expect(m.unitByte(0x2013)).toBe(0x2d);
    expect(m.unitByte(0x2014)).toBe(0x2d);
    expect(m.unitByte(0x2019)).toBe(0x27);
    // Past Latin-1, every unit but those three becomes a stand-in (U+0080 + its class): never a space, a tab, "(", "-" or "'".
    for (let c = 0x100; c < 0x10000; c++) {
      const b = m.unitByte(c);
      if (c !== 0x2013 && c !== 0x2014 && c !== 0x2019 && b !== 0x80 + table[c]!) expect(b, `U+${c.toString(16)}`).toBe(0x80 + table[c]!);
    }
    expect(m.unitByte("城".charCodeAt(0))).toBe(0x80 + m.UNSPACED);
    expect(m.unitByte("Ж".charCodeAt(0))).toBe(0x80 + m.UPPER);
    expect(m.unitByte("、".charCodeAt(0))).toBe(0x80 + m.CLAUSE);
  });
});
