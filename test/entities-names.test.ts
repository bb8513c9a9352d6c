/**
 * `extractEntities` (src/entities.ts) on stories built here field by field,
 * not parsed: each test pins one step of how names are found, cleaned and
 * merged, whatever the parser would make of a page. test/entities.test.ts
 * runs it on parsed pages and checks the built entry points; it is left out
 * of mutation testing (every mutant of the parser would run compromise over
 * its pages), while this file, which never runs the parser, is not.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "../src/entities.js";
import type { Dateline, WireStory } from "../src/index.js";
import { EMPTY_STORY } from "./support/stories.js";

/** A story with this headline, body and dateline, and nothing else unless `extra` says so. */
const story = (headline: string | null, body: string[], dateline: Dateline | null = null, extra: Partial<WireStory> = {}): WireStory => ({ ...EMPTY_STORY, headline, dateline, body, ...extra });

/** A dateline that names these places. */
const dateline = (city: string | null, region: string | null = null, country: string | null = null): Dateline => ({
  text: "SOMEWHERE -",
  city,
  region,
  country,
  date: null,
  agency: null,
});

const NONE = { people: [], places: [], organizations: [] };

describe("extractEntities on stories built by hand", () => {
  it("finds people without their titles, places and organisations, each list in the order first seen", () => {
    const s = story("Ferry talks resume in Lisbon", [
      "Portuguese Prime Minister Luis Montenegro and Spanish President Pedro Sanchez met in Lisbon on Friday, the European Commission said.",
      "Montenegro told reporters at the World Health Organization that Sanchez had asked Toyota and the World Bank for help in Madrid.",
    ]);
    expect(extractEntities(s)).toEqual({
      people: ["Luis Montenegro", "Pedro Sanchez"],
      // (compromise also reads the surname Montenegro as the country.)
      places: ["Lisbon", "Montenegro", "Madrid"],
      organizations: ["European Commission", "World Health Organization", "Toyota", "World Bank"],
    });
  });

  it("reads the headline, the dateline and the body only: never section, byline, trailer, source, furniture or teasers", () => {
    const s = story("Ferry talks resume", ["The council met on Friday."], null, {
      section: "Berlin",
      byline: "Angela Merkel",
      trailer: "Reporting by Boris Johnson in Paris",
      source: "Toyota Motor Corporation",
      furniture: ["Photo: Emmanuel Macron in Rome"],
      moreNews: [{ headline: "Joe Biden visits Ottawa", summary: "Justin Trudeau met Joe Biden in Ottawa, Microsoft said.", dateline: null, published: null }],
    });
    expect(extractEntities(s)).toEqual(NONE);
  });

  it("merges a person's shorter forms, the first words or the last name, into the full name, where the first form stood", () => {
    const s = story("Kim and Lavrov talk", [
      "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un on Wednesday.",
      "Kim Jong said the talks went well. Kim also toured a factory. Lavrov flew home.",
    ]);
    expect(extractEntities(s).people).toEqual(["Kim Jong Un", "Sergei Lavrov"]);
  });

  it("merges an organisation's first words into its full name, but not its last words", () => {
    const s = story(null, ["Prairie Star Energy Corp said on Monday its profit rose. Prairie Star said it would hire. Energy Corp shares rose."]);
    expect(extractEntities(s).organizations).toEqual(["Prairie Star Energy Corp", "Energy Corp"]);
  });

  it("never merges places: a town is not the state it is named after", () => {
    const s = story(null, ["Flooding hit Idaho Falls on Monday. Idaho officials said roads in Idaho Falls and across Idaho were shut."]);
    expect(extractEntities(s).places).toEqual(["Idaho Falls", "Idaho"]);
    expect(extractEntities(story(null, ["The mayor of New York visited York on Monday, then New York again."])).places).toEqual(["New York", "York"]);
  });

  it("lists a name once whatever its case or punctuation, in its first spelling", () => {
    const s = story(null, ["MICROSOFT said GENEVA was calm; geneva's mayor agreed with Kenya and Microsoft. Kenya and KENYA."]);
    expect(extractEntities(s)).toEqual({ people: [], places: ["Geneva", "Kenya"], organizations: ["MICROSOFT"] });
  });

  it("title-cases an ALL-CAPS headline before tagging, keeping its verbs and small words out of the names", () => {
    const s = story("TEXACO INC SAYS CHEVRON CORP BID REJECTED IN HOUSTON", ["Talks went on."]);
    expect(extractEntities(s)).toEqual({ people: [], places: ["Houston"], organizations: ["Texaco Inc", "Chevron Corp"] });
  });

  it("title-cases the ALL-CAPS runs of a paragraph that are names: several words, or one word the lexicon knows as a place", () => {
    const s = story(null, ["Officials in RIO DE JANEIRO said bankers in LONDON and NATO and the AP would advise, as would the UN in SAO PAULO."]);
    expect(extractEntities(s)).toEqual({ people: [], places: ["Rio de Janeiro", "London", "Sao Paulo"], organizations: ["NATO", "AP", "UN"] });
  });

  it("title-cases names after an apostrophe as names are written, drops a possessive, keeps a dotted initialism upper case", () => {
    const s = story("O'NEILL AND PUTIN'S AIDES MEET IN SEATTLE-TACOMA AND THE U.S.", ["Nothing."]);
    expect(extractEntities(s)).toEqual({ people: ["O'Neill", "Putin"], places: ["Seattle"], organizations: ["U.S."] });
  });

  it("reads a headline with a few lower-case letters or accented capitals as ALL CAPS", () => {
    expect(extractEntities(story("McDONALD'S PROFIT RISES IN CHICAGO", ["x"]))).toEqual({ people: ["Mcdonald"], places: ["Chicago"], organizations: [] });
    expect(extractEntities(story("SÃO TOMÉ VOTES FOR ÉMILE DURAND", ["x"])).people).toEqual(["Émile Durand"]);
  });

  it("title-cases a person's ALL-CAPS name, but not a two-letter one", () => {
    const s = story(null, ["Police named the driver as MARIA LOPEZ, 34, and said JO and AL LEE were not hurt."]);
    expect(extractEntities(s).people).toEqual(["Maria Lopez", "JO", "Al Lee"]);
  });

  it("cleans names: brackets and what they hold, quotes, edge punctuation, lower-case words at the ends, a lone demonym", () => {
    const s = story(null, [
      "Officials in western Oklahoma said the White House and Moscow's envoy met in (Berlin), \"Paris,\" and Washington, D.C., next week with Pyongyang [North Korea] officials.",
      "Russian territory was shelled on Thursday.",
      "Residents of Coeur d'Alene said JOHN SMITH and the ACME CORP agreed.",
    ]);
    expect(extractEntities(s)).toEqual({
      people: ["John Smith"],
      places: ["Oklahoma", "White House", "Moscow", "Paris", "Washington, D.C.", "Pyongyang"],
      organizations: ["Acme Corp"],
    });
  });
});

describe("the dateline's places", () => {
  it("lists each city of 'A/B', title-cased when ALL CAPS, then the region", () => {
    expect(extractEntities(story("Smoke closes schools", ["Schools closed on Thursday."], dateline("SEATTLE/TACOMA", "Wash.", null))).places).toEqual(["Seattle", "Tacoma", "Wash"]);
  });

  it("title-cases an ALL-CAPS region of four letters or more, keeps a short one, and adds the country", () => {
    const places = (d: Dateline): string[] => extractEntities(story("Smoke closes schools", ["Schools closed on Thursday."], d)).places;
    expect(places(dateline("PORTVILLE", "NEW SOUTH WALES", "Australia"))).toEqual(["Portville", "New South Wales", "Australia"]);
    expect(places(dateline("Albany", "OHIO"))).toEqual(["Albany", "Ohio"]);
    expect(places(dateline("Albany", "NY"))).toEqual(["Albany", "NY"]);
    expect(places(dateline(null, null, "Chile"))).toEqual(["Chile"]);
  });
});

describe("what extractEntities takes", () => {
  it("gives empty lists for a story with nothing to read", () => {
    expect(extractEntities(story(null, []))).toEqual(NONE);
    expect(extractEntities(story("   ", ["  ", ""]))).toEqual(NONE);
  });

  it("throws a TypeError for anything but a story with a body array", () => {
    expect(() => extractEntities(null as unknown as WireStory)).toThrow(new TypeError("extractEntities wants a WireStory (the result of parseWireStory), with a body array"));
    expect(() => extractEntities("Paris" as unknown as WireStory)).toThrow(TypeError);
    expect(() => extractEntities({ headline: "Paris" } as unknown as WireStory)).toThrow(TypeError);
  });
});
