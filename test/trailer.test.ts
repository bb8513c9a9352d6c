/**
 * The end of the story as a spec: SPEC.md Behaviour 7 and the `trailer`
 * field (sign-offs and credit lines at the end are the trailer, never body; a
 * "Continue reading ..." link glued to a paragraph is furniture), and the
 * sign-off tables of ../shared/corpus/README.md.
 *
 * The sign-off forms are the ones the wires use; every sentence, name and
 * paper name around them is invented for these tests.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";
import { isSignOffLine, splitGluedTrailer } from "../src/lib/trailer.js";
import { AGENCY_SIGN_OFF, DESK_CODE_SPLIT, DESK_SIGN_OFF } from "../src/patterns/trailer.js";
import { DESK_CODE_WORDS } from "../src/data/stopwords.js";
import { SIGN_OFF_AGENCIES } from "../src/data/agencies.js";

describe("isSignOffLine", () => {
  it.each([
    ["the Reuters 1987 sign-off", "Reuter"],
    ["the upper-case Reuters 1987 sign-off", "REUTER"],
    ["an agency in parentheses", "(ANI)"],
    ["PTI in parentheses", "(PTI)"],
    ["a bare agency", "PTI"],
    ["IANS alone", "IANS"],
    ["a dash-led agency", "--IANS"],
    ["a long dash-led agency", "-----PTI"],
    ["KUNA's end mark with initials", "(end) hb"],
    ["KUNA's end mark alone", "(end)"],
    ["desk initials in parentheses", "(lre/dw)"],
    ["three desk initials in parentheses", "(sapa/pr/djw)"],
    ["bare desk initials", "rr/sof"],
    ["desk initials joined by -at-", "mt-at-pjs"],
    ["the AQUAINT end-of-story mark", "XXXXXXX END OF STORY"],
    ["a Reuters reporting credit", "(Reporting by Mei Lantern in Hong Kong; Editing by Tomas Quill)"],
    ["a writing credit", "(Writing by Ivo Marten; Editing by Ruth Alder)"],
    ["an inputs credit", "(With PTI inputs)"],
    ["Dawn's print credit", "Published in Dawn, March 16th, 2017"],
    ["UNI desk initials after the agency", "UNI NS RN"],
    ["SPA's time stamp", "11:16 LOCAL TIME 08:16 GMT"],
    ["a dash-led news agency credit", "– Emirates News Agency, WAM"],
    ["the NYT regional group note", "(The Example Gazette in Boise is part of the New York Times Regional Newspaper Group.)"],
  ])("reads %s as a sign-off: %s", (_name, text) => {
    expect(isSignOffLine(text)).toBe(true);
  });

  it.each([
    ["a dateline city", "NEW YORK"],
    ["a sentence that opens with an agency", "Reuters said on Monday that the talks had stalled."],
    ["an agency credit followed by a verb", "(AP) said"],
    ["a teaser heading", "TOP NEWS"],
    ["a short sentence", "He declined to comment."],
    ["a short sentence without a full stop", "Talks resume on Friday"],
    ["a two-word label", "Weather Today"],
    ["a short capitalised word that is not an agency", "Markets"],
    ["an abbreviation in parentheses that is not an agency", "(EU)"],
    ["a word pair joined by a slash", "and/or"],
    ["a place joined by a slash", "Seattle/Tacoma"],
    ["a reporting sentence without parentheses", "Reporting by the city desk continues."],
  ])("does not read %s as a sign-off: %s", (_name, text) => {
    expect(isSignOffLine(text)).toBe(false);
  });
});

describe("splitGluedTrailer", () => {
  it("splits an agency sign-off in parentheses off the last paragraph", () => {
    expect(splitGluedTrailer("The minister thanked well-wishers who called on his birthday. (ANI)")).toEqual({
      body: "The minister thanked well-wishers who called on his birthday.",
      trailer: "(ANI)",
      link: null,
    });
  });

  it("splits a sign-off glued to the full stop with no space: '...emerging.(GNS)'", () => {
    expect(splitGluedTrailer("Officials said new trends in local tourism were emerging.(GNS)")).toEqual({
      body: "Officials said new trends in local tourism were emerging.",
      trailer: "(GNS)",
      link: null,
    });
  });

  it("splits a dash-led sign-off glued to the full stop: '...session.-----PTI'", () => {
    expect(splitGluedTrailer("The bill will be taken up in the next session.-----PTI")).toEqual({
      body: "The bill will be taken up in the next session.",
      trailer: "-----PTI",
      link: null,
    });
  });

  it("splits a dash-led sign-off after a space: '... said. --IANS'", () => {
    expect(splitGluedTrailer("Repairs will finish by the end of the month, the engineer said. --IANS")).toEqual({
      body: "Repairs will finish by the end of the month, the engineer said.",
      trailer: "--IANS",
      link: null,
    });
  });

  it("splits KUNA's end mark with initials: '... the Amir. (end) hb'", () => {
    expect(splitGluedTrailer("The delegation conveyed the greetings of the Amir. (end) hb")).toEqual({
      body: "The delegation conveyed the greetings of the Amir.",
      trailer: "(end) hb",
      link: null,
    });
  });

  it("splits a Reuters reporting credit off the last paragraph", () => {
    expect(splitGluedTrailer("Shares closed 2 percent higher, a trader said. (Reporting by Mei Lantern; Editing by Tomas Quill)")).toEqual({
      body: "Shares closed 2 percent higher, a trader said.",
      trailer: "(Reporting by Mei Lantern; Editing by Tomas Quill)",
      link: null,
    });
  });

  it("splits a dash-led news agency credit: '... entourage. – Emirates News Agency, WAM'", () => {
    expect(splitGluedTrailer("The visitor was received by senior officials and his entourage. – Emirates News Agency, WAM")).toEqual({
      body: "The visitor was received by senior officials and his entourage.",
      trailer: "– Emirates News Agency, WAM",
      link: null,
    });
  });

  it("splits an inputs credit: '... week. (With PTI inputs)'", () => {
    expect(splitGluedTrailer("Counting of votes will take place next week. (With PTI inputs)")).toEqual({
      body: "Counting of votes will take place next week.",
      trailer: "(With PTI inputs)",
      link: null,
    });
  });

  it("does not split an abbreviation that ends a sentence: '... the European Union (EU).'", () => {
    const text = "The rules were drafted with the help of the European Union (EU).";
    expect(splitGluedTrailer(text)).toEqual({ body: text, trailer: null, link: null });
  });

  it("does not split an abbreviation that is not an agency: '... the European Union (EU)'", () => {
    const text = "The rules were drafted with the help of the European Union (EU)";
    expect(splitGluedTrailer(text)).toEqual({ body: text, trailer: null, link: null });
  });

  it("does not split an agency named inside the sentence", () => {
    const text = "The figures were first reported by PTI on Monday.";
    expect(splitGluedTrailer(text)).toEqual({ body: text, trailer: null, link: null });
  });

  it("splits a glued 'Continue reading...' link off as the link", () => {
    expect(splitGluedTrailer("The festival runs until Sunday and features more. Continue reading...")).toEqual({
      body: "The festival runs until Sunday and features more.",
      trailer: null,
      link: "Continue reading...",
    });
  });

  it("splits a glued 'Read more' link off as the link", () => {
    const r = splitGluedTrailer("Organisers expect record crowds this year. Read more »");
    expect(r.body).toBe("Organisers expect record crowds this year.");
    expect(r.link).toBe("Read more »");
    expect(r.trailer).toBeNull();
  });

  it.each([
    ["two dots", "Crowds are expected. Read more..", "Read more.."],
    ["an ellipsis character", "Crowds are expected. Continue reading the story\u2026", "Continue reading the story\u2026"],
    ["no closing mark", "Crowds are expected. READ MORE", "READ MORE"],
    ["capitals and an arrow", "Crowds are expected. CONTINUE READING »", "CONTINUE READING »"],
    ["title case and three dots", "Crowds are expected. Continue Reading...", "Continue Reading..."],
    ["the full story offered", "Crowds are expected. Read the full story ›", "Read the full story ›"],
  ])("splits a link that ends with %s", (_name, text, link) => {
    expect(splitGluedTrailer(text).link).toBe(link);
  });

  it("finds no link in a paragraph that ends with a lone full stop, question or exclamation mark", () => {
    for (const text of ["He said he would read more.", "Will you read more?", "Continue reading the file, he said!"]) {
      expect(splitGluedTrailer(text)).toEqual({ body: text, trailer: null, link: null });
    }
  });
});

describe("parseWireStory trailer", () => {
  it("reads a sign-off glued to the last paragraph as the trailer and leaves it out of the body", () => {
    const story = parseWireStory(
      [
        "Hill town opens new footbridge over river",
        "",
        "Jun 20, 2024",
        "",
        "Shimla (Himachal Pradesh) [India], June 20 (ANI): A new footbridge over the river linking two villages was opened to residents on Thursday.",
        "Villagers had crossed the river by a rope bridge for decades, officials said.",
        "The district administration said the bridge would also help children reach the school during the monsoon. (ANI)",
      ].join("\n"),
    );
    expect(story.trailer).toBe("(ANI)");
    expect(story.body).toEqual([
      "A new footbridge over the river linking two villages was opened to residents on Thursday.",
      "Villagers had crossed the river by a rope bridge for decades, officials said.",
      "The district administration said the bridge would also help children reach the school during the monsoon.",
    ]);
  });

  it("reads a sign-off on its own line after the story as the trailer", () => {
    const story = parseWireStory(
      [
        "Grain exports rise in first quarter",
        "",
        "OTTAWA, April 2 - Grain exports rose sharply in the first quarter on strong demand from Asian buyers, the trade board said on Thursday.",
        "The board said wheat shipments led the increase.",
        "Reuter",
      ].join("\n"),
      { referenceDate: "1987-04-02" },
    );
    expect(story.trailer).toBe("Reuter");
    expect(story.body).toEqual([
      "Grain exports rose sharply in the first quarter on strong demand from Asian buyers, the trade board said on Thursday.",
      "The board said wheat shipments led the increase.",
    ]);
  });

  it("reads an inputs credit glued to the last paragraph as the trailer", () => {
    const story = parseWireStory(
      [
        "Assembly passes farm bill",
        "",
        "Jun 20, 2024",
        "",
        "Lucknow, Jun 20 (PTI) The state assembly passed the farm bill on Thursday after a five-hour debate in the house.",
        "Opposition members walked out before the vote, saying the bill had been rushed. (With PTI inputs)",
      ].join("\n"),
    );
    expect(story.trailer).toBe("(With PTI inputs)");
    expect(story.body.at(-1)).toBe("Opposition members walked out before the vote, saying the bill had been rushed.");
  });

  it("does not read a credit in the middle of the story as the trailer", () => {
    const story = parseWireStory(
      [
        "State board announces exam results",
        "",
        "Jun 20, 2024",
        "",
        "Pune, Jun 20 (PTI) The state secondary education board announced the results of the school-leaving examinations on Thursday.",
        "The pass rate rose by three points, said the chairman of the Board (PTI)",
        "Girls outperformed boys in every district, according to the board's figures.",
        "Students can apply for a re-check of their papers until the end of the month.",
      ].join("\n"),
    );
    expect(story.trailer).toBeNull();
    expect(story.body).toContain("The pass rate rose by three points, said the chairman of the Board (PTI)");
    expect(story.body).toHaveLength(4);
    expect(story.body.at(-1)).toBe("Students can apply for a re-check of their papers until the end of the month.");
  });

  it("keeps a sentence ending in an abbreviation whole at the end of the story", () => {
    const story = parseWireStory(
      [
        "Port signs trade pact",
        "",
        "Jun 20, 2024",
        "",
        "ROTTERDAM, June 20 (Reuters) - The port authority signed a trade pact with a group of Asian shippers on Thursday, its chief executive said.",
        "The pact follows rules drafted with the help of the European Union (EU).",
      ].join("\n"),
    );
    expect(story.trailer).toBeNull();
    expect(story.body.at(-1)).toBe("The pact follows rules drafted with the help of the European Union (EU).");
  });

  it("reads a glued 'Continue reading...' link as furniture, not body", () => {
    const story = parseWireStory(
      [
        "Lantern festival draws crowds",
        "",
        "Jun 20, 2024",
        "",
        "KYOTO, June 20 (Reuters) - Thousands of visitors crowded the old quarter on Thursday for the opening night of the lantern festival.",
        "The festival runs until Sunday and features more. Continue reading...",
      ].join("\n"),
    );
    expect(story.body.at(-1)).toBe("The festival runs until Sunday and features more.");
    expect(story.furniture).toContain("Continue reading...");
    expect(story.trailer).toBeNull();
  });
});

describe("a sign-off before the next story of a listing page", () => {
  it("ends the story when the next paragraph opens with its own dateline", () => {
    const page = [
      "Council approves new bus routes",
      "",
      "Pune [India], June 3 (ANI): The city council on Monday approved twelve new bus routes for the eastern suburbs.",
      "Officials said the routes would start running next month. (ANI)",
      "Nagpur [India], June 3 (ANI): A new flyover opened to traffic on Monday after two years of work, officials said.",
    ].join("\n");
    const story = parseWireStory(page, { referenceDate: "2024-06-10" });
    expect(story.body).toEqual([
      "The city council on Monday approved twelve new bus routes for the eastern suburbs.",
      "Officials said the routes would start running next month.",
    ]);
    expect(story.trailer).toBe("(ANI)");
    expect(story.body.join(" ")).not.toContain("flyover");
  });
});

describe("the Reuters 1987 sign-off", () => {
  // Reuters' 1987 copy ends every story with "Reuter" on a line of its own, in whatever case the
  // desk's terminal gave; the agency sign-off table reads it (there is no rule of its own for it).
  it("is a sign-off line in every casing, with and without the final s", () => {
    fc.assert(
      fc.property(fc.constantFrom("reuter", "reuters"), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), (word, upper) => {
        const text = [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("");
        expect(isSignOffLine(text), text).toBe(true);
      }),
    );
  });

  it("is not a sign-off once a word stands beside it", () => {
    for (const text of ["Reuter said", "Reuters reported", "Reuter Reuter Reuter Reuter Reuter"]) expect(isSignOffLine(text), text).toBe(false);
  });
});

describe("isSignOffLine's first-character gates", () => {
  it("agree with the patterns they guard on arbitrary short lines", () => {
    const piece = fc.constantFrom("(", ")", "-", "--", "X", "XXX", " ", "\u00a0", "ANI", "PTI", "Reuter", "lre", "/", "dw", "end", "'", "\u201c", "1", "Q", ",", "UNI", "NS");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join("")), (text) => {
        if (text === "" || text.length > 60 || /^[(Pp0-9\u2013\u2014-]/.test(text)) return;
        const desk = DESK_SIGN_OFF.test(text) && !text.split(DESK_CODE_SPLIT).some((w) => DESK_CODE_WORDS.has(w));
        const m = AGENCY_SIGN_OFF.exec(text);
        const agency = m !== null && SIGN_OFF_AGENCIES.has(m[1]!.toUpperCase());
        expect(isSignOffLine(text), JSON.stringify(text)).toBe(DESK_SIGN_OFF.test(text) ? desk : agency);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("sign-offs at the edges of the first-character gates", () => {
  it.each([
    ["an em-dash news agency credit", "— Saudi Press Agency, SPA"],
    ["a hyphen-led news agency credit", "- Qatar News Agency, QNA"],
    ["a print credit in lower case", "published in Dawn, June 2nd, 2019"],
    ["a time stamp before ten o'clock, written with its zero", "09:05 LOCAL TIME 06:05 GMT"],
    ["a time stamp at nine o'clock", "9:40 local time 06:40 gmt"],
  ])("reads %s as a sign-off: %s", (_name, text) => {
    expect(isSignOffLine(text)).toBe(true);
  });
});

describe("glued credits at the edges", () => {
  const para = "The new water treatment plant will serve about forty thousand homes in the district.";

  it("splits Dawn's print credit off a paragraph, whatever digit its year ends with", () => {
    for (const year of ["2019", "2020"]) {
      const credit = `Published in Dawn, June 2nd, ${year}`;
      expect(splitGluedTrailer(`${para} ${credit}`), year).toEqual({ body: para, trailer: credit, link: null });
    }
  });

  it("splits a dash-led credit that ends in an upper-case A", () => {
    expect(splitGluedTrailer(`${para} – Saudi Press Agency, SPA`)).toEqual({ body: para, trailer: "– Saudi Press Agency, SPA", link: null });
  });

  it("leaves a paragraph that is nothing but a sign-off whole (no empty body)", () => {
    expect(splitGluedTrailer("(ANI)")).toEqual({ body: "(ANI)", trailer: null, link: null });
    expect(splitGluedTrailer("-----PTI")).toEqual({ body: "-----PTI", trailer: null, link: null });
  });
});
