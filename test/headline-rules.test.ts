/**
 * The headline rule table (src/rules/headline.ts) as a spec: every rule is
 * `{ name, weight, test, example, counterExample }`, and this file checks
 * that each rule fires on its documented example and not on its
 * counterexample, on the candidate the head stage itself builds.
 *
 * The candidate comes from the real stages: normalize, segment, classify,
 * measure and locate run on the page, then the head stage places every
 * title-shaped line among its rivals, and test/support/stages.ts
 * `headlineCandidates` records the candidates it scores (with `below`,
 * `rivalsBelow`, `rivalsAbove` and the page titles as the stage fills them).
 * On every candidate of every table page, the stage's `headline:<rule>` note
 * is checked against the rule's own test too.
 *
 * A page that is nothing but a head (a title alone, a list of titles, a
 * menu) has no story below the marked line; such a page is read as all head:
 * its candidates are placed above a story that would start after its last
 * line.
 */
import { describe, expect, it } from "vitest";
import { HEADLINE_RULES, OWN_RULES, PLACE_RULES, foldTitle, type HeadlineCandidate, type HeadlineRule, type RuleExample } from "../src/rules/headline.js";
import { headlineCandidates, noting, page } from "./support/stages.js";

/** The candidate for the marked line of a rule's page, placed as the head stage places it. */
function candidateFor(ex: RuleExample): HeadlineCandidate | undefined {
  const set = headlineCandidates(ex);
  if (ex.line < set.storyStart) return set.byLine.get(ex.line);
  // The marked line is not above the story the stages find: read the page as all head.
  return headlineCandidates(ex, true).byLine.get(ex.line);
}

const rule = (name: string): HeadlineRule => {
  const found = HEADLINE_RULES.find((r) => r.name === name);
  if (!found) throw new Error(`no headline rule ${name}`);
  return found;
};

/** How often `name` fires on the marked line of a page (the line must be a candidate); `html` reads the page as HTML. */
function firesOn(name: string, text: string, line: number, html = false): number {
  const c = candidateFor(html ? { page: text, line, html } : { page: text, line });
  expect(c, `line ${line} of the page is a headline candidate`).toBeDefined();
  return rule(name).test(c!);
}

const LONDON = "LONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.";

describe("the headline rule table", () => {
  it("names every rule once", () => {
    const names = HEADLINE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("splits into own rules and place rules, with nothing left over", () => {
    expect(OWN_RULES.length + PLACE_RULES.length).toBe(HEADLINE_RULES.length);
    expect(PLACE_RULES.map((r) => r.name)).toEqual(["nearest-title", "name-above-date", "rivals-closer", "opens-head"]);
  });

  it("gives every rule a non-zero weight and two different pages", () => {
    for (const r of HEADLINE_RULES) {
      expect(r.weight, r.name).not.toBe(0);
      expect(r.example.page === r.counterExample.page && r.example.line === r.counterExample.line, r.name).toBe(false);
    }
  });
});

describe.each(HEADLINE_RULES.map((r) => [r.name, r] as const))("headline rule %s", (_name, r) => {
  it("fires on its example", () => {
    const c = candidateFor(r.example);
    expect(c, "the example's marked line is a headline candidate").toBeDefined();
    expect(r.test(c!)).toBeGreaterThan(0);
  });

  it("does not fire on its counterexample", () => {
    const c = candidateFor(r.counterExample);
    expect(c, "the counterexample's marked line is a headline candidate").toBeDefined();
    expect(r.test(c!)).toBe(0);
  });
});

describe.each(HEADLINE_RULES.map((r) => [r.name, r] as const))("headline rule %s", (name, r) => {
  it.each([
    ["example", r.example],
    ["counterexample", r.counterExample],
  ] as const)("is noted by the head stage, weight times firings, on each candidate of the %s it fires on", (_which, ex) => {
    const { ctx, notes } = noting();
    const set = headlineCandidates(ex, false, ctx);
    for (const [index, c] of set.byLine) {
      const noted = notes.find((n) => n.line === index && n.rule === `headline:${name}`);
      const times = r.test(c);
      expect(noted?.score ?? 0, `line ${index}: ${set.staged.lines[index]!.text}`).toBe(times === 0 ? 0 : times * r.weight);
    }
  });
});

/**
 * The rules whose table entries await a fix, specified by invented pages that
 * show what the entries mean to show.
 */
describe("headline rules on pages of our own", () => {
  it("reads a title with a rival between it and the story as not the nearest title", () => {
    // The date line parts the two titles, so the lower one is no deck: it is a rival.
    const text = page("Oil slips as supply worries ease", "Jun 20, 2024", "Gold climbs to a record high again", LONDON);
    expect(firesOn("nearest-title", text, 0)).toBe(0);
    expect(firesOn("nearest-title", text, 2)).toBe(1);
  });

  it("counts each rival between a title and the story against it", () => {
    const text = page("Oil slips as supply worries ease", "Jun 20, 2024", "Gold climbs to a record high again", LONDON);
    expect(firesOn("rivals-closer", text, 0)).toBe(1);
    expect(firesOn("rivals-closer", text, 2)).toBe(0);
  });

  it("does not count a deck right under a title as its rival", () => {
    const text = page("Oil slips as supply worries ease", "Gold climbs to a record high again", LONDON);
    expect(firesOn("rivals-closer", text, 0)).toBe(0);
  });

  it("reads a full sentence of prose as prose-shaped", () => {
    const text = page("The council said the new bridge would open to traffic before the end of the summer.", "Harbour bridge to open by August");
    expect(firesOn("prose-shape", text, 0)).toBe(1);
    expect(firesOn("prose-shape", text, 1)).toBe(0);
  });

  it("reads a line printed four times as a repeated slot, and three times as not", () => {
    const four = page("Gallery image", "Lanterns over the lake", "Gallery image", "A boat at dusk", "Gallery image", "The night market", "Gallery image");
    const three = page("Gallery image", "Lanterns over the lake", "Gallery image", "A boat at dusk", "Gallery image");
    expect(firesOn("repeated-slot", four, 0)).toBe(1);
    expect(firesOn("repeated-slot", three, 0)).toBe(0);
  });

  it("counts a title printed two or three times as the headline printed again, not one printed in every slot of a gallery", () => {
    const slot = "Lanterns float over the lake at the autumn festival";
    const printed = (times: number): string => page(...Array.from({ length: times }, (_, i) => [slot, `Photo ${i + 1} of the night`]).flat());
    expect(firesOn("repeated-title", printed(2), 0)).toBe(1);
    expect(firesOn("repeated-title", printed(3), 0)).toBe(1);
    expect(firesOn("repeated-title", printed(4), 0)).toBe(0);
  });

  it("reads a call to action that the classifier keeps as text as a call to action", () => {
    expect(firesOn("call-to-action", page("Have your say on the new transport plan"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Harbour bridge to open by August"), 0)).toBe(0);
    // A local site's menu asks readers for their pictures and tips.
    expect(firesOn("call-to-action", page("Submit Photos and Videos"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Submit your news tips"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Submarine crew rescued off the coast"), 0)).toBe(0);
    expect(firesOn("call-to-action", page("Council to submit photos of flood damage to ministry"), 0)).toBe(0);
    // A TV site's player button names its channel between "Watch" and "Live".
    expect(firesOn("call-to-action", page("Watch KRBN Live"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Listen to Radio Five LIVE"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Watch the comet pass live"), 0)).toBe(0);
    expect(firesOn("call-to-action", page("Watch KRBN Live: storms hit the coast"), 0)).toBe(0);
  });

  it("reads a ticker label that the classifier keeps as text as a ticker", () => {
    expect(firesOn("ticker", page("Just in: Parliament votes to extend the session"), 0)).toBe(1);
    expect(firesOn("ticker", page("Parliament votes to extend the session"), 0)).toBe(0);
  });
});

/** A page whose lines stand two blank lines apart: no line goes on in the next, as a hard-wrapped paragraph would. */
const apart = (...lines: string[]): string => lines.join("\n\n\n");

/** Each rule on both sides of its thresholds and conditions, on pages of our own. */
describe("headline rules at their edges", () => {
  const HEAD = "Oil slips as supply worries ease";
  const GOLD = "Gold climbs to a record high";
  const RUPEE = "Rupee weakens against the dollar";
  /** A title of three words, long enough not to read as a label. */
  const THREE_WORDS = "Telecommunications Conglomerate Restructures";
  /** A title of two words, long enough not to read as a label. */
  const TWO_WORDS = "Telecommunications Counterintelligence-Agencies";
  /** A line of eighteen capitalised words, 120 characters. */
  const LONG_TITLE = "Harbour Authority Reopens Damaged Berths And Cranes Near Portville After Storm Repairs Finish Ahead Of Schedule Now Abcd";
  const WORDS_18 = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen";

  it("folds a title to lower-case words between single spaces, trimmed", () => {
    expect(foldTitle("  'Port Reopens!' After  Storm  ")).toBe("port reopens after storm");
  });

  it("title-length: 3 to 18 words and 15 to 120 characters", () => {
    expect(LONG_TITLE.length).toBe(120);
    expect(firesOn("title-length", page(THREE_WORDS), 0)).toBe(1);
    expect(firesOn("title-length", page(WORDS_18), 0)).toBe(1);
    expect(firesOn("title-length", page(`${WORDS_18} Nineteen`), 0)).toBe(0);
    expect(firesOn("title-length", page("Oil up as rains"), 0)).toBe(1);
    expect(firesOn("title-length", page("Oil up as seas"), 0)).toBe(0);
    expect(firesOn("title-length", page(LONG_TITLE), 0)).toBe(1);
    expect(firesOn("title-length", page(`${LONG_TITLE}d`), 0)).toBe(0);
  });

  it("over-long: more than 20 words, or more than 150 characters", () => {
    expect(firesOn("over-long", page(`${WORDS_18} Nineteen Twenty`), 0)).toBe(0);
    expect(firesOn("over-long", page(`${WORDS_18} Nineteen Twenty Twentyone`), 0)).toBe(1);
    const chars150 = "Harbourmaster Authorities Reconstruct Windswept Waterfront Infrastructure Following Catastrophic Thunderstorms Overnight Throughout Southern Portville";
    expect(chars150.length).toBe(150);
    expect(firesOn("over-long", page(chars150), 0)).toBe(0);
    expect(firesOn("over-long", page(`${chars150}s`), 0)).toBe(1);
  });

  it("page-title: a title of four words or more that the page's own title repeats", () => {
    expect(firesOn("page-title", page("Port Reopens After Storm | Gulf Courier", "Markets", "Port Reopens After Storm", LONDON), 2)).toBe(1);
    expect(firesOn("page-title", page("Port Reopens Today | Gulf Courier", "Markets", "Port Reopens Today", LONDON), 2)).toBe(0);
  });

  it("label-shape: a label of two words, not a title of two long words", () => {
    expect(firesOn("label-shape", page(TWO_WORDS), 0)).toBe(0);
  });

  it("name-above-date: a name of up to three words over a date line", () => {
    expect(firesOn("name-above-date", page(HEAD, "Mary Jane Doe", "Jun 20, 2024", LONDON), 1)).toBe(1);
    expect(firesOn("name-above-date", page(HEAD, "Mary Ann Jane Doe", "Jun 20, 2024", LONDON), 1)).toBe(0);
  });

  it("standfirst-style: an article and eight words or more", () => {
    expect(firesOn("standfirst-style", page("The port reopened after repairs to two berths"), 0)).toBe(1);
    expect(firesOn("standfirst-style", page("The port reopened after repairs to berths"), 0)).toBe(0);
  });

  it("numbers-line: two numbers or more, and a quarter of the tokens, empty ones between double spaces included", () => {
    expect(firesOn("numbers-line", page("Hawks 10 beat Eagles 12 in the final"), 0)).toBe(1);
    expect(firesOn("numbers-line", page("Hawks 10 beat Eagles 12 in the final on Sunday"), 0)).toBe(0);
    expect(firesOn("numbers-line", page("Hawks 10  Eagles 12  in the opening game"), 0)).toBe(0);
    expect(firesOn("numbers-line", page("Markets 5"), 0)).toBe(0);
  });

  it("values-row: two numbers or more, as many as the words", () => {
    expect(firesOn("values-row", page("Brent 80.98 WTI 76.5"), 0)).toBe(1);
    expect(firesOn("values-row", page("Brent 80.98"), 0)).toBe(0);
    expect(firesOn("values-row", page("Brent 80.98 and WTI 76.5 today"), 0)).toBe(0);
  });

  it("weather-widget: a temperature on a line of six words or fewer", () => {
    expect(firesOn("weather-widget", page("Harbour Town 29° / 23° today"), 0)).toBe(1);
    expect(firesOn("weather-widget", page("Heatwave pushes past 45° in Delhi today"), 0)).toBe(0);
  });

  it("caption-shape: a caption's sentence, unless every word of four letters or more is capitalised", () => {
    expect(firesOn("caption-shape", page("Security Personnel Stand Guard Near The Site Of Gunfight Amid Tension from Protests."), 0)).toBe(1);
    expect(firesOn("caption-shape", page("Security Personnel Stand Guard Near The Site Of Gunfight Amid Tension After Protests."), 0)).toBe(0);
    expect(firesOn("caption-shape", page("Port reopens after storm (update)"), 0)).toBe(0);
  });

  it("caption-over-credit: the credit line under the caption is at most 60 characters", () => {
    const credit = (n: number): string => `Photo Credit: ${"x".repeat(n - 14)}`;
    const final = "HARBOUR TOWN (Reuters) - The final went to extra time.";
    expect(firesOn("caption-over-credit", page("Officials watch the match on a giant screen on Monday.", credit(60), final), 0)).toBe(1);
    expect(firesOn("caption-over-credit", page("Officials watch the match on a giant screen on Monday.", credit(61), final), 0)).toBe(0);
  });

  it("under-a-title: under a title line of four words or more, not under a shorter title or a sentence", () => {
    expect(firesOn("under-a-title", apart("Encounter Breaks Out Again", "Harbour bridge to open by August"), 1)).toBe(1);
    expect(firesOn("under-a-title", apart(THREE_WORDS, "Harbour bridge to open by August"), 1)).toBe(0);
    expect(firesOn("under-a-title", apart("The council said the bridge would open to traffic before the end of the summer.", "Harbour bridge to open by August"), 1)).toBe(0);
  });

  it("over-standfirst-and-byline: a headline of four words over a standfirst of running text, and not over a caption", () => {
    const standfirst = "Traders weighed the outlook for demand as stocks built up in the United States.";
    expect(firesOn("over-standfirst-and-byline", page("Oil Slips On Supply", standfirst, "By Jane Doe", LONDON), 0)).toBe(1);
    const running =
      "Traders weighed the outlook for demand as stocks built up in the United States, where refiners cut runs, while producers in the Gulf kept pumping at record rates.";
    expect(firesOn("over-standfirst-and-byline", page(HEAD, running, "By Jane Doe", LONDON), 0)).toBe(1);
    expect(firesOn("over-standfirst-and-byline", page(HEAD, "Photo: Traders at the exchange in London watch prices on Tuesday morning as oil slides.", "By Jane Doe", LONDON), 0)).toBe(0);
  });

  it("caption-under-head: only under a title over its date line, and only over a credit line right over the story", () => {
    const caption = "A tanker off the coast of Fujairah";
    const credit = "Jane Doe, Associated Press";
    const other = "Crude stocks in the United States";
    // No date line or byline between the title and the line.
    expect(firesOn("caption-under-head", page(HEAD, caption, credit, LONDON), 1)).toBe(0);
    // No credit under the line.
    expect(firesOn("caption-under-head", page(HEAD, "Jun 20, 2024", caption, other, LONDON), 2)).toBe(0);
    // The credit is not right over the story.
    expect(firesOn("caption-under-head", page(HEAD, "Jun 20, 2024", caption, credit, other, LONDON), 2)).toBe(0);
  });

  it("under-the-byline: walks up over bylines, credits and names alone to the title or the title's standfirst", () => {
    const box = "The Evening Courier Weekly";
    expect(firesOn("under-the-byline", page(HEAD, "By Jane Doe", box, LONDON), 2)).toBe(1);
    expect(firesOn("under-the-byline", page(HEAD, "Jane Doe, Associated Press", box, LONDON), 2)).toBe(1);
    expect(firesOn("under-the-byline", page(HEAD, "By Jane Doe", "John Smith", box, LONDON), 3)).toBe(1);
    const standfirst = "Traders weighed the outlook for demand as stocks built up in the United States";
    expect(firesOn("under-the-byline", page(HEAD, `${standfirst}.`, "By Jane Doe", box, LONDON), 3)).toBe(1);
    expect(firesOn("under-the-byline", page(HEAD, standfirst, "By Jane Doe", box, LONDON), 3)).toBe(1);
    const running = `${standfirst}, where refiners cut runs, while producers in the Gulf kept pumping at record rates.`;
    expect(firesOn("under-the-byline", page(HEAD, running, "By Jane Doe", box, LONDON), 3)).toBe(1);
    // Something else between the byline and the line, or no title over them.
    expect(firesOn("under-the-byline", page(HEAD, "By Jane Doe", "Markets today and tomorrow", box, LONDON), 3)).toBe(0);
    expect(firesOn("under-the-byline", page("World", "By Jane Doe", box, LONDON), 2)).toBe(0);
    expect(firesOn("under-the-byline", page(HEAD, "Markets", "By Jane Doe", box, LONDON), 3)).toBe(0);
    expect(firesOn("under-the-byline", page("Markets", `${standfirst}.`, "By Jane Doe", box, LONDON), 3)).toBe(0);
    expect(firesOn("under-the-byline", page("Traders weighed the outlook for demand as stocks built up.", "By Jane Doe", box, LONDON), 2)).toBe(0);
    // A date line is no byline.
    expect(firesOn("under-the-byline", page(HEAD, "Jun 20, 2024", box, LONDON), 2)).toBe(0);
  });

  it("menu-run: a title between two runs of two labels, unless a byline follows it, and never at the page's end", () => {
    expect(firesOn("menu-run", page("Politics", "Economy", HEAD, "Culture", "Travel", LONDON), 2)).toBe(1);
    expect(firesOn("menu-run", page("Politics", "Economy", HEAD, "By", "Jane Doe", LONDON), 2)).toBe(0);
    expect(firesOn("menu-run", page("Politics", "Economy", HEAD), 2)).toBe(0);
  });

  it("link-list: not the first title of the run", () => {
    expect(firesOn("link-list", page("Markets", GOLD, RUPEE, "Stocks end the week higher", "Bonds rally on rate-cut bets"), 1)).toBe(0);
  });

  it("page-chrome: a linked line outside a first-level heading", () => {
    const story = "<p>DUBAI, June 20 (WAM) - The port reopened on Thursday after repairs to two berths damaged in last week's storm, the authority said.</p>";
    expect(firesOn("page-chrome", `<body><p><a href="/gold">Gold climbs to a record high</a></p><h2>Port reopens after storm damage</h2>${story}</body>`, 0, true)).toBe(1);
    expect(firesOn("page-chrome", `<body><h1><a href="/port">Port reopens after storm damage</a></h1>${story}</body>`, 0, true)).toBe(0);
  });

  describe("under-the-head-stamp", () => {
    const HEAD = "Rescuers pull two hikers from a flooded canyon";
    const VIDEO = "Hikers pulled from canyon";
    const STAMP = [HEAD, "June 20, 2024"];
    /** The stamp, `between` lines of no evidence, the video's title, the story. */
    const under = (between: readonly string[], title = HEAD): string => page(title, "June 20, 2024", ...between, VIDEO, LONDON);
    const fillers = (n: number): string[] => Array.from({ length: n }, (_, i) => `Photo ${i + 1}`);

    it("fires on a title whose stamp's date line stands up to ten lines above it, not eleven", () => {
      expect(firesOn("under-the-head-stamp", page(...STAMP, VIDEO, LONDON), 2)).toBe(1);
      expect(firesOn("under-the-head-stamp", under(fillers(9)), 11)).toBe(1);
      expect(firesOn("under-the-head-stamp", under(fillers(10)), 12)).toBe(0);
    });

    it("walks over several date lines and bylines up to the title", () => {
      expect(firesOn("under-the-head-stamp", page(HEAD, "By Jane Doe", "June 20, 2024", VIDEO, LONDON), 3)).toBe(1);
    });

    it("stops at running text, and needs a title of three to twenty words over the stamp", () => {
      const running = "The two hikers had set out on Monday morning and were caught by the flood in the afternoon, when the river rose by two metres in less than an hour, cutting off the only path back to the car park below.";
      expect(firesOn("under-the-head-stamp", under([running]), 3)).toBe(0);
      expect(firesOn("under-the-head-stamp", under([], "Two hikers rescued."), 2)).toBe(1);
      expect(firesOn("under-the-head-stamp", under([], "Hikers rescued."), 2)).toBe(0);
      const twenty = "Rescuers pull two hikers from a flooded canyon after a night on a narrow ledge above the river in the";
      expect(firesOn("under-the-head-stamp", under([], twenty), 2)).toBe(1);
      expect(firesOn("under-the-head-stamp", under([], `${twenty} north`), 2)).toBe(0);
      expect(firesOn("under-the-head-stamp", under([], "Sign up for our newsletter today"), 2)).toBe(0);
    });

    it("does not fire on a title over a date line of its own, nor with no stamp above", () => {
      expect(firesOn("under-the-head-stamp", page(...STAMP, VIDEO, "June 21, 2024", LONDON), 2)).toBe(0);
      expect(firesOn("under-the-head-stamp", page(HEAD, VIDEO, LONDON), 1)).toBe(0);
    });
  });

  describe("under-teaser-heading", () => {
    it("fires on the first title under a teaser heading when another title follows it", () => {
      expect(firesOn("under-teaser-heading", page("Related", GOLD, RUPEE, LONDON), 1)).toBe(1);
      // The same title printed twice is skipped when looking for the next one.
      expect(firesOn("under-teaser-heading", page("Related", GOLD, GOLD, RUPEE, LONDON), 1)).toBe(1);
      expect(firesOn("under-teaser-heading", page("Related", GOLD, THREE_WORDS, LONDON), 1)).toBe(1);
    });

    it("does not fire on a title under a teaser heading with no other title under it", () => {
      expect(firesOn("under-teaser-heading", page("Related", GOLD, GOLD, LONDON), 1)).toBe(0);
      expect(firesOn("under-teaser-heading", page("Related", GOLD, GOLD, LONDON), 2)).toBe(0);
      expect(firesOn("under-teaser-heading", page("Related", GOLD, TWO_WORDS, LONDON), 1)).toBe(0);
      expect(firesOn("under-teaser-heading", page("Related", GOLD, "By Jane Doe and John Smith Jr", RUPEE, LONDON), 1)).toBe(0);
      // The next title is the candidate's standfirst: a byline or date line follows it.
      expect(firesOn("under-teaser-heading", page("Related", GOLD, RUPEE, "By Jane Doe", LONDON), 1)).toBe(0);
      expect(firesOn("under-teaser-heading", page("Related", GOLD, RUPEE, "Jun 20, 2024", LONDON), 1)).toBe(0);
    });

    it("counts titles of three words or more and sentences between the heading and the line, and skips tags and kickers", () => {
      expect(firesOn("under-teaser-heading", page("More On:", GOLD, RUPEE, LONDON), 2)).toBe(1);
      expect(firesOn("under-teaser-heading", page("Related", "Gold climbs to a record high as investors seek safety in metals.", RUPEE, LONDON), 2)).toBe(1);
      expect(firesOn("under-teaser-heading", page("Related", THREE_WORDS, RUPEE, LONDON), 2)).toBe(1);
      expect(firesOn("under-teaser-heading", page("Related", TWO_WORDS, RUPEE, LONDON), 2)).toBe(0);
      expect(firesOn("under-teaser-heading", apart("Related", RUPEE, "markets", GOLD, LONDON), 3)).toBe(1);
      // A kicker in capitals between two items ("Markets", "AUTO NEWS") is skipped as a tag is.
      expect(firesOn("under-teaser-heading", apart("Related", RUPEE, "Markets", GOLD, LONDON), 3)).toBe(1);
      expect(firesOn("under-teaser-heading", apart("Related", RUPEE, "Prices fell today.", GOLD, LONDON), 3)).toBe(0);
      expect(firesOn("under-teaser-heading", apart("Related", "markets", GOLD, LONDON), 2)).toBe(0);
    });

    it("stops at a label that is no teaser heading, at a date line, and eight lines up", () => {
      expect(firesOn("under-teaser-heading", page("World", GOLD, RUPEE, LONDON), 2)).toBe(0);
      expect(firesOn("under-teaser-heading", page("Related", "Jun 20, 2024", RUPEE, GOLD, LONDON), 3)).toBe(0);
      const list = ["Gold climbs to a record high", "Rupee weakens against the dollar", "Stocks end the week higher", "Bonds rally on rate-cut bets", "Copper slides on weak demand", "Wheat rises after the storm", "Tea prices hold near a peak", "Cocoa hits a new high in London"];
      expect(firesOn("under-teaser-heading", page("Related", ...list, LONDON), 8)).toBe(1);
      expect(firesOn("under-teaser-heading", page("Related", ...list, "Silver slips as the dollar firms", LONDON), 9)).toBe(0);
    });
  });
});
