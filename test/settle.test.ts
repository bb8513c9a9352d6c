/**
 * Stage 9, "the first of each field wins" (src/stages/09-settle.ts): the
 * refiners `settleDates` and `settleSingleFields` on hand-built pieces (which
 * date line is published, which updated, which furniture; a second section,
 * headline, byline, dateline, trailer or Source line becomes furniture, with
 * the text it stands for in its line), their composition `settlePieces`, and
 * one whole page where a second byline becomes furniture with the
 * `settle:second-byline` note.
 */
import { describe, expect, it } from "vitest";
import { settleDates, settlePieces, settleSingleFields } from "../src/stages/09-settle.js";
import type { FoundDate, Piece } from "../src/types.js";
import { CTX, expectRule, explained, noting, page } from "./support/stages.js";

/** A date found at the start of its line. */
const found = (year: number, month: number, day: number): FoundDate => ({ year, month, day, start: 0, end: 10, time: null, zone: null });

const published = (line: number, text: string, day: number): Piece => ({ role: "published", text, line, date: found(2024, 6, day) });
const updated = (line: number, text: string, day: number): Piece => ({ role: "updated", text, line, date: found(2024, 6, day) });

describe("settleDates", () => {
  it("reads the first date line as published and the second as updated", () => {
    const out = settleDates([published(1, "Jun 3, 2024", 3), published(2, "Jun 4, 2024", 4)], CTX);
    expect(out.map((p) => [p.role, p.text])).toEqual([
      ["published", "Jun 3, 2024"],
      ["updated", "Jun 4, 2024"],
    ]);
  });

  it("reads an Updated line as updated even when it comes first, and the next date line as published", () => {
    const out = settleDates([updated(1, "Updated: Jun 4, 2024", 4), published(2, "Jun 3, 2024", 3)], CTX);
    expect(out.map((p) => [p.role, p.text])).toEqual([
      ["updated", "Updated: Jun 4, 2024"],
      ["published", "Jun 3, 2024"],
    ]);
  });

  it("reads a third date line as furniture, with the settle:third-date-line note", () => {
    const { ctx, notes } = noting();
    const out = settleDates([published(1, "Jun 3, 2024", 3), updated(2, "Updated: Jun 4, 2024", 4), published(7, "Jun 5, 2024", 5)], ctx);
    expect(out[2]).toEqual({ role: "furniture", text: "Jun 5, 2024", line: 7 });
    expect(notes).toEqual([{ line: 7, rule: "settle:third-date-line", score: 0 }]);
  });

  it("leaves every other piece as it is, and does not change its input", () => {
    const pieces: Piece[] = [
      { role: "headline", text: "Harbour bridge reopens", line: 0 },
      published(1, "Jun 3, 2024", 3),
      { role: "body", text: "The bridge reopened on Monday.", line: 2 },
    ];
    const copy = structuredClone(pieces);
    const out = settleDates(pieces, CTX);
    expect(out).toEqual(copy);
    expect(pieces).toEqual(copy);
  });
});

describe("settleSingleFields", () => {
  it.each([["section"], ["headline"], ["byline"], ["dateline"], ["trailer"], ["source"]] as const)("keeps the first %s and reads a second as furniture", (role) => {
    const { ctx, notes } = noting();
    const out = settleSingleFields(
      [
        { role, text: "first", line: 1 },
        { role, text: "second", line: 9 },
      ],
      ctx,
    );
    expect(out).toEqual([
      { role, text: "first", line: 1 },
      { role: "furniture", text: "second", line: 9 },
    ]);
    expect(notes).toEqual([{ line: 9, rule: `settle:second-${role}`, score: 0 }]);
  });

  it("gives a demoted byline the text it stands for in its line: By and all", () => {
    const out = settleSingleFields(
      [
        { role: "byline", text: "Marta Ribeiro", raw: "By Marta Ribeiro", line: 2 },
        { role: "byline", text: "Luis Carvalho", raw: "By Luis Carvalho", line: 14 },
      ],
      CTX,
    );
    expect(out[0]).toEqual({ role: "byline", text: "Marta Ribeiro", raw: "By Marta Ribeiro", line: 2 });
    expect(out[1]).toEqual({ role: "furniture", text: "By Luis Carvalho", line: 14 });
  });

  it("does not limit fields that hold many values: body paragraphs and teasers", () => {
    const pieces: Piece[] = [
      { role: "body", text: "First paragraph.", line: 3 },
      { role: "body", text: "Second paragraph.", line: 4 },
      { role: "teaser-headline", text: "Ferry fares to rise", line: 8, teaser: 0 },
      { role: "teaser-headline", text: "Library budget approved", line: 9, teaser: 1 },
      { role: "furniture", text: "Share", line: 5 },
      { role: "furniture", text: "Share", line: 6 },
    ];
    expect(settleSingleFields(pieces, CTX)).toEqual(pieces);
  });
});

describe("settlePieces", () => {
  it("settles dates and single fields in one pass, in page order", () => {
    const out = settlePieces(
      [
        { role: "headline", text: "Harbour bridge reopens", line: 0 },
        { role: "byline", text: "Marta Ribeiro", raw: "By Marta Ribeiro", line: 1 },
        published(2, "Jun 3, 2024", 3),
        published(3, "Jun 4, 2024", 4),
        published(4, "Jun 5, 2024", 5),
        { role: "byline", text: "Marta Ribeiro", raw: "By Marta Ribeiro", line: 12 },
      ],
      CTX,
    );
    expect(out.map((p) => [p.role, p.line])).toEqual([
      ["headline", 0],
      ["byline", 1],
      ["published", 2],
      ["updated", 3],
      ["furniture", 4],
      ["furniture", 12],
    ]);
  });
});

describe("a second byline on a page", () => {
  it("reads a byline repeated after the story as furniture, with the settle:second-byline note", () => {
    const { story, line } = explained(
      page(
        "Harbour city votes to ban cruise ships from old port",
        "By Marta Ribeiro",
        "LISBON (Reuters) - Voters in the harbour city backed a ban on large cruise ships docking at the old port on Sunday, after a campaign that split shop owners and residents for more than two years.",
        "The ban takes effect next spring, the city council said in a statement, and ships above a set tonnage will have to anchor at the new terminal to the north of the river mouth instead.",
        "By Luis Carvalho",
      ),
    );
    expect(story.byline).toBe("Marta Ribeiro");
    expect(story.furniture).toEqual(["By Luis Carvalho"]);
    expect(line("By Marta Ribeiro").role).toBe("byline");
    const second = line("By Luis Carvalho");
    expect(second.role).toBe("furniture");
    expectRule(second, "settle:second-byline");
  });
});
