/**
 * The head of the story (src/stages/06-head.ts; SPEC.md Behaviour 4 and 6):
 * which line is the headline and why, the section right above it, the date
 * lines and bylines of the head, and pages that open with their dateline.
 * Each test is a small invented page in the style of a different desk, and
 * asserts the outcome and the reason: the rules `explain` notes on the line
 * that won (or lost).
 */
import { describe, expect, it } from "vitest";
import { parseWireStoryHtml } from "../src/html.js";
import { expectNoRule, expectRule, explained, page, warningCodes } from "./support/stages.js";

const STORM = page(
  "Fishing fleet stays in port as storm nears coast",
  "Jun 20, 2024",
  "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.",
  "The coast guard said it had moved two rescue vessels closer to the islands and asked crews already at sea to head for shelter before nightfall.",
);

/** An NTB-style story under its headline, a standfirst line and a byline. */
const railPage = (standfirst: string): string =>
  page(
    "New rail line to link two northern cities by 2030",
    standfirst,
    "By Ingrid Solberg",
    "OSLO, March 4 (NTB) - The government on Monday approved plans for a new rail line between the two largest northern cities, promising trains every twenty minutes once it opens at the end of the decade.",
    "Construction will begin next year and cost about 40 billion crowns, the transport minister told reporters at a press conference in the capital.",
  );

/** A story under its own "Published:" line: what stands above its headline varies by test. */
const FARMERS_STORY = [
  "Farmers block roads in protest over fuel tax",
  "Published: March 14, 2024",
  "PARIS, March 14 (AFP) - Farmers drove tractors onto main roads around the capital on Thursday in protest at a planned rise in the tax on farm fuel, causing long queues during the morning rush hour.",
  "The farm minister said she would meet union leaders on Friday.",
];

describe("the headline", () => {
  it("reads the title over a date line as the headline, because it stands above the date line", () => {
    const { story, line, score } = explained(STORM);
    expect(story.headline).toBe("Fishing fleet stays in port as storm nears coast");
    expect(story.published).toMatchObject({ text: "Jun 20, 2024", date: "2024-06-20" });
    const headline = line("Fishing fleet stays in port as storm nears coast");
    expect(headline.role).toBe("headline");
    expectRule(headline, "headline:above-date-or-byline");
    expect(score("Fishing fleet stays in port as storm nears coast", "headline:above-date-or-byline")).toBe(4);
  });

  it("reads the title over a byline and a date line as the headline, for the same reason", () => {
    const { story, line } = explained(
      page(
        "Markets close higher as tech shares rally",
        "By Pedro Alves",
        "Jun 5, 2024",
        "SAO PAULO (Reuters) - Brazilian stocks closed higher on Wednesday, led by technology shares, as investors bet that interest rates would start to fall later in the year after a string of softer inflation data.",
        "The benchmark index rose 1.2 percent, its biggest daily gain in a month, with trading volumes above their recent average.",
      ),
    );
    expect(story).toMatchObject({ headline: "Markets close higher as tech shares rally", byline: "Pedro Alves" });
    expectRule(line("Markets close higher as tech shares rally"), "headline:above-date-or-byline");
  });

  it("reads the title over a standfirst and a byline as the headline, and the standfirst as furniture", () => {
    const standfirst = "Trains will run every twenty minutes between the two cities, the ministry says.";
    const { story, line, score } = explained(railPage(standfirst));
    expect(story.headline).toBe("New rail line to link two northern cities by 2030");
    expect(story.byline).toBe("Ingrid Solberg");
    expect(story.furniture).toContain(standfirst);
    expect(warningCodes(story)).not.toContain("HEADLINE_UNCERTAIN");
    // Why: the title opens the head; the standfirst reads as prose, though it stands over the byline.
    expectRule(line("New rail line to link two northern cities by 2030"), "headline:opens-head");
    const deck = line(standfirst);
    expectRule(deck, "headline:above-date-or-byline");
    expectRule(deck, "headline:prose-shape");
    expectRule(deck, "headline:under-a-title");
    expect(score(standfirst, "headline:score")!).toBeLessThan(score("New rail line to link two northern cities by 2030", "headline:score")!);
  });

  it("warns HEADLINE_UNCERTAIN when two titles over the story score within a point of each other", () => {
    // No byline or date line: the second title may be the deck of the first, or the first a kicker over it.
    const deck = "Trains every twenty minutes from 2030, says ministry";
    const { story, score } = explained(page("New rail line to link two northern cities by 2030", deck, ...railPage("x").split("\n").slice(3)));
    expect(story.headline).toBe("New rail line to link two northern cities by 2030");
    expect(warningCodes(story)).toContain("HEADLINE_UNCERTAIN");
    const won = score("New rail line to link two northern cities by 2030", "headline:score")!;
    const runnerUp = score(deck, "headline:score")!;
    expect(won - runnerUp).toBeGreaterThan(0);
    expect(won - runnerUp).toBeLessThan(1);
  });

  it("takes the title over a standfirst without its full stop and the byline clearly", () => {
    const standfirst = "The line will cut the journey between the two cities to under three hours";
    const { story, line } = explained(railPage(standfirst));
    expect(story.headline).toBe("New rail line to link two northern cities by 2030");
    expect(warningCodes(story)).not.toContain("HEADLINE_UNCERTAIN");
    expectRule(line(standfirst), "headline:standfirst-style");
    expectRule(line("New rail line to link two northern cities by 2030"), "headline:over-standfirst-and-byline");
  });

  it("does not warn HEADLINE_UNCERTAIN when the headline wins clearly", () => {
    expect(warningCodes(explained(STORM).story)).not.toContain("HEADLINE_UNCERTAIN");
  });

  it("reads a page that opens with its dateline paragraph as having no headline", () => {
    const first =
      "NAIROBI, June 12 (Reuters) - Kenya's central bank left its main lending rate unchanged on Wednesday, saying inflation had eased within its target range for a third month in a row and the shilling had held steady.";
    const { story, line } = explained(page(first, "The bank's monetary policy committee said it would keep watching food and fuel prices closely over the coming months."));
    expect(story.headline).toBeNull();
    expect(warningCodes(story)).toContain("NO_HEADLINE");
    expect(story.dateline).toMatchObject({ city: "NAIROBI", agency: "Reuters" });
    const opening = line(first);
    expect(opening.parts?.map((p) => p.role)).toEqual(["dateline", "body"]);
    expect(opening.rules.some((r) => r.name.startsWith("headline:"))).toBe(false);
    expectRule(opening, "run-start");
  });

  it("does not read a site menu above the headline as the headline: its items are a menu run", () => {
    const menu = ["News", "Puzzles", "Podcasts", "Obituaries", "Motoring"];
    const { story, line } = explained(
      page(
        ...menu,
        "Orchestra returns to restored concert hall",
        "By Lukas Brandt",
        "VIENNA, Feb 9 (APA) - The city's oldest orchestra played its first concert in the restored hall on Friday night, three years after a fire destroyed the roof and much of the stage during a rehearsal.",
        "Tickets for the first season sold out within hours, the orchestra's manager said.",
      ),
    );
    expect(story.headline).toBe("Orchestra returns to restored concert hall");
    expect(story.section).toBeNull();
    expect(story.furniture).toEqual(menu);
    for (const item of menu) {
      expect(line(item).role).toBe("furniture");
      expectRule(line(item), "headline:menu-run");
    }
    expectNoRule(line("Orchestra returns to restored concert hall"), "headline:menu-run");
  });

  it("never reads a call to action above the story as the headline", () => {
    const { story, line } = explained(
      page(
        "Subscribe now for unlimited access",
        "Council backs plan for a car-free city centre",
        "Have your say on the new transport plan",
        "BERLIN, May 7 (dpa) - The city council on Tuesday backed a plan to close the historic centre to private cars within five years, with exemptions for residents, delivery vans and people with disabilities.",
        "Opposition councillors said the plan would hurt small shops, while cycling groups called it overdue.",
      ),
    );
    expect(story.headline).toBe("Council backs plan for a car-free city centre");
    expect(story.furniture).toEqual(expect.arrayContaining(["Subscribe now for unlimited access", "Have your say on the new transport plan"]));
    // The prompt right above the story is tried as a headline and scored down as a call to action.
    const prompt = line("Have your say on the new transport plan");
    expectRule(prompt, "headline:above-story");
    expectRule(prompt, "headline:call-to-action");
    expect(prompt.role).toBe("furniture");
  });

  it("does not read a teaser list above the story, under its heading, as the headline", () => {
    const teasers = ["Ferry fares to rise in the spring", "Council approves budget for new library", "New bus lanes open on the ring road"];
    const { story, line } = explained(
      page(
        "Related",
        ...teasers,
        "Storm damage closes coastal road for a week",
        "Jun 11, 2024",
        "WELLINGTON, June 11 (RNZ) - Heavy rain and strong winds closed the coastal road north of the city on Tuesday, and engineers said repairs to a collapsed section would take at least a week to complete.",
        "Drivers were told to use the inland route, which adds about forty minutes to the journey.",
      ),
    );
    expect(story.headline).toBe("Storm damage closes coastal road for a week");
    expect(story.furniture).toEqual(expect.arrayContaining(["Related", ...teasers]));
    expect(story.moreNews).toEqual([]);
    for (const t of teasers) expectRule(line(t), "headline:under-teaser-heading");
    expectRule(line("Related"), "headline:teaser-heading");
    expectRule(line("Storm damage closes coastal road for a week"), "headline:above-date-or-byline");
  });
});

describe("the section", () => {
  it("reads a desk label right above the headline as the section, and a breadcrumb above it as furniture", () => {
    const { story, line } = explained(
      page(
        "News › Asia › Japan",
        "Asia",
        "Tokyo tightens rules on short-term rentals",
        "By Kenji Mori",
        "Jul 1, 2024",
        "TOKYO (Kyodo) - The Tokyo metropolitan government on Monday tightened rules on short-term rentals, limiting them to weekends in residential districts after complaints from residents about noise and rubbish.",
        "The new rules take effect in October, officials said.",
      ),
    );
    expect(story.section).toBe("Asia");
    expect(story.headline).toBe("Tokyo tightens rules on short-term rentals");
    expect(story.furniture).toContain("News › Asia › Japan");
    expectRule(line("Asia"), "section:label-above-headline");
    expectNoRule(line("News › Asia › Japan"), "section:label-above-headline");
  });

  it("reads World right under a menu, right above the headline, as the section, and the menu as furniture", () => {
    const { story, line } = explained(
      page(
        "Home",
        "World",
        "Business",
        "Sport",
        "Culture",
        "World",
        "Harbour city votes to ban cruise ships from old port",
        "By Marta Ribeiro",
        "Jun 3, 2024, 10:15 am",
        "LISBON (Reuters) - Voters in the harbour city backed a ban on large cruise ships docking at the old port on Sunday, after a campaign that split shop owners and residents for more than two years.",
        "The ban takes effect next spring, the city council said in a statement.",
      ),
    );
    expect(story.section).toBe("World");
    expect(story.furniture.filter((f) => f === "World")).toHaveLength(1);
    expect(line("World", 0).role).toBe("furniture");
    expect(line("World", 1).role).toBe("section");
    expectRule(line("World", 1), "section:label-above-headline");
    expectNoRule(line("World", 0), "section:label-above-headline");
  });

  it("reads the label before the date on a date line right above the headline as the section", () => {
    const { story, line } = explained(
      page(
        "GULF DESK (14/3/2023)",
        "Port authority opens new container terminal",
        "DUBAI, 14th March, 2023 (WAM) -- The port authority on Tuesday opened a new container terminal that it said would raise the port's yearly capacity by a quarter and create about two thousand jobs.",
        "The terminal has twelve berths and was built over three years, the authority said in a statement.",
      ),
    );
    expect(story.section).toBe("GULF DESK");
    expect(story.published).toMatchObject({ text: "14/3/2023", date: "2023-03-14", time: null });
    expect(story.headline).toBe("Port authority opens new container terminal");
    expect(line("GULF DESK (14/3/2023)").parts).toEqual([
      { role: "section", text: "GULF DESK" },
      { role: "published", text: "14/3/2023" },
    ]);
  });
});

describe("date lines and bylines of the head", () => {
  it("reads a byline right above the headline as the story's byline", () => {
    const { story, line } = explained(
      page(
        "By Aoife Brennan",
        "Dublin library reopens after two-year refit",
        "Updated: Jun 12, 2024 09:30 IST",
        "DUBLIN (Reuters) - The city's central library reopened on Wednesday after a two-year refit that added a children's wing, a rooftop reading room and longer opening hours on weekends.",
        "More than three thousand visitors came through the doors on the first morning, staff said.",
      ),
    );
    expect(story).toMatchObject({ byline: "Aoife Brennan", headline: "Dublin library reopens after two-year refit", published: null });
    expect(story.updated).toMatchObject({ text: "Updated: Jun 12, 2024 09:30 IST", date: "2024-06-12", time: "09:30" });
    expect(line("By Aoife Brennan").role).toBe("byline");
    expectRule(line("Dublin library reopens after two-year refit"), "headline:above-date-or-byline");
  });

  it("does not read a site header's date far above the headline as published when the story's own date line is below it", () => {
    const { story, line } = explained(
      page(
        "Tuesday, 12 March 2024",
        "Home",
        "World",
        "Politics",
        "Business",
        ...FARMERS_STORY,
      ),
    );
    expect(story.published).toMatchObject({ text: "Published: March 14, 2024", date: "2024-03-14" });
    expect(story.updated).toBeNull();
    expect(story.furniture).toContain("Tuesday, 12 March 2024");
    expect(line("Tuesday, 12 March 2024").role).toBe("furniture");
    expectRule(line("Farmers block roads in protest over fuel tax"), "headline:above-date-or-byline");
  });

  it("reads a lone dateline line opening the story as the dateline, with no headline", () => {
    const { story, line } = explained(
      page(
        "Kochi, September 14",
        "The port trust will dredge the outer channel before the end of the year so that larger container ships can call at the terminal, its chairman said on Saturday at a meeting with shipping lines.",
        "Work will start once the monsoon ends, he said.",
      ),
      { referenceDate: "2024-06-01" },
    );
    expect(story.headline).toBeNull();
    expect(story.dateline).toMatchObject({ text: "Kochi, September 14", city: "Kochi", date: "2024-09-14" });
    expect(story.body[0]).toMatch(/^The port trust will dredge/);
    expect(line("Kochi, September 14").role).toBe("dateline");
    expect(line("Kochi, September 14").rules.some((r) => r.name.startsWith("headline:"))).toBe(false);
  });
});

describe("a site's date and a page without running text", () => {
  it("leaves a site's date above the masthead out when a date line under the headline says when the story was published", () => {
    const { story, line } = explained(
      page(
        "Tuesday, 12 March 2024",
        "World",
        ...FARMERS_STORY,
      ),
    );
    expect(story.published).toMatchObject({ text: "Published: March 14, 2024", date: "2024-03-14" });
    expect(story.updated).toBeNull();
    expect(line("Tuesday, 12 March 2024").role).toBe("furniture");
    expect(story.section).toBe("World");
  });

  it("still takes a date line right above the headline when none stands under it", () => {
    const { story } = explained(page("Jun 20, 2024", "Oil slips as supply worries ease", "LONDON (Reuters) - Oil prices fell on Tuesday as traders weighed the outlook for supply and demand in the months ahead."));
    expect(story.published).toMatchObject({ date: "2024-06-20" });
  });

  it("reads a title over the date line and byline as the headline when no paragraph follows", () => {
    const { story, line } = explained(page("World", "Harbour bridge reopens after repairs", "Jun 01, 2024", "By Jane Doe"));
    expect(story.headline).toBe("Harbour bridge reopens after repairs");
    expect(story.section).toBe("World");
    expect(story.body).toEqual([]);
    expect(story.byline).toBe("Jane Doe");
    expectRule(line("Harbour bridge reopens after repairs"), "headline:above-date-or-byline");
  });

  it.each([
    ["a teaser heading", "Related"],
    ["a sign-off", "(AFP)"],
    ["a Source line", "Source: Island Trust"],
  ])("does not open the story at a sentence past %s: what follows it is another's", (_, stop) => {
    const sentence = "The ferry runs twice a week.";
    const { story, line } = explained(page("Home", "Island news", "Ferry timetable for the winter months", stop, sentence, "Book early."));
    expect(story.headline).toBe("Island news");
    expect(story.body).toEqual(["Ferry timetable for the winter months"]);
    expect(line(sentence).role).toBe("furniture");
  });
});

describe("what stands between the headline and the dateline paragraph", () => {
  const HEADLINE = "Harbour reopens to large ships after dredging";
  const OPENING = "ROTTERDAM, June 20 (Reuters) - The harbour reopened to large ships on Thursday after a month of dredging, its operator said, ending weeks of delays for container lines.";
  const SECOND = "The operator said the deeper channel would allow ships with a draught of up to 16 metres to reach the northern quay at any tide.";
  const THIRD = "Shipping lines had diverted several calls to other ports during the works, the operator added.";

  it("keeps the dateline under a long standfirst of running text: the standfirst is furniture", () => {
    // A port authority's page with a two-line-long deck under its headline.
    const standfirst =
      "The port authority says the deeper channel will let container ships twice the size of today's dock at the northern quay, ending years of delays that have cost shippers and pushed freight to rival ports along the coast.";
    const { story, line } = explained(page(HEADLINE, standfirst, OPENING, SECOND, THIRD));
    expect(story.headline).toBe(HEADLINE);
    expect(story.dateline).toMatchObject({ text: "ROTTERDAM, June 20 (Reuters) -", city: "ROTTERDAM", agency: "Reuters" });
    expect(story.body).toEqual([OPENING.slice("ROTTERDAM, June 20 (Reuters) - ".length), SECOND, THIRD]);
    expect(story.furniture).toEqual([standfirst]);
    expectRule(line(OPENING), "run-start");
  });

  it.each(["Related", "Related stories", "More news"])("reads a '%s' heading right under the headline as furniture and keeps the whole body", (heading) => {
    const { story, line } = explained(page(HEADLINE, heading, OPENING, SECOND, THIRD));
    expect(story.headline).toBe(HEADLINE);
    expect(story.body).toHaveLength(3);
    expect(story.dateline?.city).toBe("ROTTERDAM");
    expect(story.moreNews).toEqual([]);
    expect(line(heading).role).toBe("furniture");
  });
});

describe("the opening of a short story", () => {
  it("stays at the story's one paragraph when teasers with date lines follow it", () => {
    const PARAGRAPH = "The harbour bridge reopened to traffic on Monday after two months of repairs.";
    const { story, line } = explained(
      page("Harbour bridge reopens after repairs", "By Jane Doe", PARAGRAPH, "More news", "Ferry fares to rise in spring", "Jun 01, 2024", "New cycle lane opens on the quay", "Jun 02, 2024"),
    );
    expect(story.body).toEqual([PARAGRAPH]);
    expect(story.headline).toBe("Harbour bridge reopens after repairs");
    expect(story.moreNews.map((t) => t.headline)).toEqual(["Ferry fares to rise in spring", "New cycle lane opens on the quay"]);
    expect(line(PARAGRAPH).role).toBe("body");
  });
});

describe("a page cut short after its head", () => {
  const MENU = ["Home", "World", "Business", "Sport", "Opinion", "TRENDING:", "Budget", "Elections"];

  it("takes the title over the byline as the headline when no paragraph follows the menus", () => {
    const { story, line } = explained(page(...MENU, "Harbour bridge reopens after two months of repairs", "By Jane Doe", "The harbour bri"));
    expect(story.headline).toBe("Harbour bridge reopens after two months of repairs");
    expect(story.byline).toBe("Jane Doe");
    expectRule(line("Harbour bridge reopens after two months of repairs"), "headline:above-date-or-byline");
  });

  it("does the same over a date line that opens with the byline", () => {
    const { story } = explained(page(...MENU, "Harbour bridge reopens after two months of repairs", "By Jane Doe - 11/19/19 06:56 AM EST", "The harbour bri"));
    expect(story.headline).toBe("Harbour bridge reopens after two months of repairs");
    expect(story.published).toMatchObject({ date: "2019-11-19" });
  });
});

describe("a page cut short after its head, with no byline", () => {
  const MENU = ["Home", "World", "Business", "Sport", "What's in your bag?", "Opinion", "Budget"];
  const TITLE = "Harbour bridge reopens after two months of repairs";

  it.each([
    ["a date line", "June 20, 2024"],
    ["a time stamp", "New, 15 comments"],
  ])("takes the title over %s as the headline, not a widget's sentence in the menus", (_meta, meta) => {
    const { story } = explained(page(...MENU, TITLE, meta));
    expect(story.headline).toBe(TITLE);
    expect(story.body).toEqual([]);
  });

  it("takes no teaser's title over its date line, under a teaser heading after a sentence, for the head", () => {
    const { story } = explained(page("World", TITLE, "The bridge reopened on Monday.", "More news", "Ferry fares to rise in the spring", "June 1, 2024", "Tunnel works delayed again"));
    expect(story.headline).toBe(TITLE);
    expect(story.body).toEqual(["The bridge reopened on Monday."]);
  });

  it("opens the body at a sentence of the menus when no title stands over a date line", () => {
    const { story } = explained(page(...MENU, TITLE));
    expect(story.body[0]).toBe("What's in your bag?");
  });
});

describe("a page cut short inside the story's first paragraph, with no dateline", () => {
  const MENU = ["Home", "World", "Business", "Sport", "Opinion", "Budget", "Elections"];
  const TITLE = 'Rescuers free girl trapped in a flooded cellar: "We got her!"';
  const CUT = "Police released dramatic video showing the rescue of";

  it("takes a headline in a sentence's shape, over its date line, as the headline, and the cut line as the body", () => {
    const { story, line } = explained(page(...MENU, TITLE, "Updated on: June 20, 2024 / 10:07 AM", CUT));
    expect(story.headline).toBe(TITLE);
    expect(story.body).toEqual([CUT]);
    expectRule(line(CUT), "cut-under-head");
  });

  it("takes the title over a standfirst and a byline as the headline, and the cut line under the share bar as the body", () => {
    const standfirst = "The heads of the two firms talked about harbour traffic, new ferries and the city's plans for the old docks at the waterfront.";
    const { story } = explained(page(...MENU, TITLE.slice(0, 38), standfirst, "By Jane Doe June 20, 2024", "Share on Facebook", "Share on X", 'The mayor said the bridge was "safer than'));
    expect(story.headline).toBe(TITLE.slice(0, 38));
    expect(story.body).toEqual(['The mayor said the bridge was "safer than']);
  });

  it("reads no cut paragraph in the same line when another line follows it (the page did not stop inside it)", () => {
    const { line } = explained(page(...MENU, TITLE, "Updated on: June 20, 2024 / 10:07 AM", CUT, "Contact us"));
    expectNoRule(line(CUT), "cut-under-head");
  });
});

describe("a page cut short inside its dateline paragraph", () => {
  const MENU = ["Home", "World", "Business", "Sport", "Stay informed with instant alerts", "Yes, notify me"];
  const TITLE = "Harbour bridge reopens after two months of repairs";

  it("splits the sure dateline off the cut paragraph and takes the title above as the headline", () => {
    const { story } = explained(page(...MENU, TITLE, "DALLAS, March 2 - Harbour Authority chief Maria Lopez said its Bridge Works Unit starte"));
    expect(story.headline).toBe(TITLE);
    expect(story.dateline).toMatchObject({ text: "DALLAS, March 2 -", city: "DALLAS" });
    expect(story.body[0]).toBe("Harbour Authority chief Maria Lopez said its Bridge Works Unit starte");
  });

  it.each([
    ["an agency", "LAGOS (Reuters) - Ferry", "LAGOS (Reuters) -"],
    ["a date", "LAGOS, June 3: Ferry", "LAGOS, June 3:"],
  ])("needs one word after a dateline with %s, which no title opens with", (_what, cut, dateline) => {
    const { story } = explained(page(...MENU, TITLE, cut));
    expect(story.headline).toBe(TITLE);
    expect(story.dateline?.text).toBe(dateline);
    expect(story.body).toEqual(["Ferry"]);
  });

  it.each([
    ["its country", "HARBOURTOWN, Kenya _", { country: "Kenya" }],
    ["its region", "HARBOURTOWN, Sindh _", { region: "Sindh" }],
  ])("reads a place qualified by %s as a dateline too, with four words after it", (_what, dateline, qualifier) => {
    const { story } = explained(page(...MENU, TITLE, `${dateline} Fishermen hauled their boats up the bea`));
    expect(story.dateline).toMatchObject({ text: dateline, city: "HARBOURTOWN", ...qualifier });
    expect(story.body).toEqual(["Fishermen hauled their boats up the bea"]);
  });

  it("needs four words after a qualified place", () => {
    expect(explained(page(...MENU, TITLE, "HARBOURTOWN, Kenya _ Fishermen haul boats")).story.dateline).toBeNull();
  });

  it("needs four after a known place alone: a title may open with one", () => {
    expect(explained(page(...MENU, TITLE, "Lagos: Ferry fares rise")).story.dateline).toBeNull();
    expect(explained(page(...MENU, TITLE, "Lagos: Ferry fares to rise")).story.dateline).toMatchObject({ city: "Lagos" });
  });

  it("reads a one-line wire brief the same way: a dateline and its text", () => {
    const { story } = explained("DOHA (QNA) - New timetable for the metro announced");
    expect(story.dateline).toMatchObject({ city: "DOHA", agency: "QNA" });
    expect(story.body).toEqual(["New timetable for the metro announced"]);
  });

  it("leaves a dateline that is not sure on a cut line (a title's place, a kicker)", () => {
    const { story } = explained(page(...MENU, TITLE, "HARBOURTOWN - Harbour Authority chief Maria Lopez said its Bridge Works Unit starte"));
    expect(story.dateline).toBeNull();
  });
});

describe("a widget's title over its link, above the headline", () => {
  const WIDGET = "N1 southbound: delays of 20 minutes near the stadium exit";
  const TITLE = "Militants meet envoys to seek swap of prisoners &lt;b&gt;...&lt;/b&gt;";
  const PAGE = [
    "Live traffic",
    WIDGET,
    "Plan your route →",
    "Added to My News ✓",
    "View saved articles ›",
    TITLE,
    "KABUL (AFP) - Militants holding three foreign aid workers met officials on Sunday and gave them a list of prisoners they want freed, a spokesman said.",
    "Lotto results",
    "Tuesday: 2 14 28 33 39 43",
    "Check your numbers ›",
  ].join("\n\n");

  it("takes the title over the story as the headline, not the widget's line over its link (they tie without the rule)", () => {
    const { story, line } = explained(PAGE);
    expect(story.headline).toBe("Militants meet envoys to seek swap of prisoners <b>...</b>");
    expectRule(line(WIDGET), "headline:over-a-link");
    expectNoRule(line("Militants meet envoys to seek swap of prisoners <b>...</b>"), "headline:over-a-link");
  });
});

describe("a teaser list between the headline and its story", () => {
  it("does not count the list's titles as rivals of the headline above them", () => {
    const HEAD = "Hunter falls ill with plague after eating wild rabbit";
    const { story, line, score } = explained(
      page(
        HEAD,
        "By Jane Doe",
        "Most Popular",
        "Ferry fares to rise in spring as fuel costs climb",
        "New cycle lane opens on the quay after long delays",
        "Council approves budget for harbour repairs next year",
        "City library extends its opening hours on weekends",
        "A hunter in the north of the country has fallen ill with bubonic plague after eating a wild rabbit, health officials said on Sunday, and his contacts have been placed in quarantine.",
        "Officials said the risk of the disease spreading was low.",
        // The same most-read titles again at the foot of the page: printed twice, each looks like a page's title.
        "Trending",
        "Ferry fares to rise in spring as fuel costs climb",
        "New cycle lane opens on the quay after long delays",
        "Council approves budget for harbour repairs next year",
        "City library extends its opening hours on weekends",
      ),
    );
    expect(story.headline).toBe(HEAD);
    expect(score(HEAD, "headline:rivals-closer")).toBeUndefined();
    expect(line("Ferry fares to rise in spring as fuel costs climb").role).not.toBe("headline");
  });
});

describe("a dated teaser list, items with kickers and dates", () => {
  // A motoring site prints its head (headline, the author box with its link glued on, a standfirst, the
  // date), then "More stories like this one": kicker, title and date for each item, then the story.
  const HEAD = "Hatchback gets a hybrid engine and a bigger boot";
  const items = [
    "MOTOR NEWS", "City car range adds an electric version", "March 2, 2021",
    "REVIEWS", "Estate car tested on mountain roads", "May 5, 2019",
    "MOTOR NEWS", "Pickup truck breaks sales record again", "April 9, 2020",
  ];
  const STORY = [
    "The best-selling hatchback now comes with a hybrid engine, the maker said on Monday, and its boot has grown by 40 litres without making the car any longer than before.",
    "Prices start slightly above the petrol version, and the first cars reach dealers in the spring.",
  ];
  const withHead = page(
    HEAD,
    "Mara HoltView More Articles",
    "The new model is quieter in town and cheaper to run",
    "March 3, 2024 10:12",
    "More stories like this one",
    ...items,
    ...STORY,
  );

  it("takes the head's title, over the author box, for the headline; the list's items are no rivals", () => {
    const { story, line, score } = explained(withHead);
    expect(story.headline).toBe(HEAD);
    expect(story.byline).toBe("Mara Holt");
    // One rival only, the standfirst under the byline; none of the list's three titles.
    expect(score(HEAD, "headline:rivals-closer")).toBe(-1);
    expectRule(line("Pickup truck breaks sales record again"), "headline:under-teaser-heading");
    expectRule(line("City car range adds an electric version"), "headline:under-teaser-heading");
  });

  it("counts no dated list without a head above it: its last item, over its date and the story, is the headline", () => {
    const { story, line } = explained(page("Latest", ...items, ...STORY));
    expect(story.headline).toBe("Pickup truck breaks sales record again");
    expectNoRule(line("Pickup truck breaks sales record again"), "headline:under-teaser-heading");
  });
});

describe("a title-case headline that ends with a full stop, over 'By' and a name on lines of their own", () => {
  // A financial weekly's page: a browser notice, its desk labels, then the headline in title case with its
  // full stops, and the byline split over two lines ("By" and the linked name).
  const HEAD = "Grain Prices Are Climbing Again. Why Bakers Should Not Panic.";
  const text = page(
    "We noticed you are using an old browser. For the best experience, please switch to a newer one.",
    "OPERA VIVALDI BRAVE",
    "We noticed you are using an old browser. For the best experience, please switch to a newer one.",
    "Commodities",
    "Market Report",
    HEAD,
    "By",
    "Mara Holt",
    "Updated March 3, 2025 9:10 am ET",
    "Wheat futures rose for a fourth straight session on Monday as dry weather in the southern plains threatened the winter crop, lifting prices to their highest level since the autumn.",
    "Millers said they had enough stock to keep flour prices steady for now, and analysts expect the rally to fade once the spring rains arrive.",
  );

  it("is the headline: no caption's sentence, no item of the menu above it", () => {
    const { story, line } = explained(text);
    expect(story.headline).toBe(HEAD);
    expectNoRule(line(HEAD), "headline:caption-shape");
    expectNoRule(line(HEAD), "headline:menu-run");
    expectRule(line(HEAD), "headline:above-date-or-byline");
  });

  it("a caption's sentence in sentence case still reads as a caption", () => {
    const caption = "Farmers load wheat onto a truck outside a grain silo in the southern plains on Monday.";
    const { line } = explained(page("Markets", caption, "Updated March 3, 2025 9:10 am ET", "Wheat futures rose for a fourth straight session on Monday as dry weather in the southern plains threatened the winter crop, lifting prices to their highest level since the autumn.", "Millers said they had enough stock to keep flour prices steady for now."));
    expectRule(line(caption), "headline:caption-shape");
  });
});

describe("a photo's caption with its credit glued on, at the story's start", () => {
  const HEAD = "A guide to the harbour's new berthing fees";
  const CAPTION = "A container ship leaves Harbour Town, on Aug. 31, 2024. (AP)";
  const OPENING = "Breaking with decades of free berthing for small boats, the port authority will charge every vessel that ties up at the inner harbour from next spring, it said on Monday.";
  const SECOND = "Fishermen say the fees will fall hardest on the smallest boats, while the authority says the money will pay for dredging that all of them need.";

  it("opens the body under the caption", () => {
    const story = explained(page(HEAD, "By Mara Holt on Monday, November 18th, 2024 at 11:04 a.m.", CAPTION, OPENING, SECOND)).story;
    expect(story.body[0]).toBe(OPENING);
    expect(story.furniture).toContain(CAPTION);
  });

  it("keeps a short paragraph with a sign-off as the opening when no running text follows it", () => {
    const brief = "Fishermen will pay to tie up at the inner harbour from next spring, the port authority said on Monday. (AP)";
    const story = explained(page(HEAD, "Nov 18, 2024", brief, "More news", "Ferry fares to rise in spring")).story;
    expect(story.body[0]).toBe("Fishermen will pay to tie up at the inner harbour from next spring, the port authority said on Monday.");
  });
});

describe("a photo's caption and credit between the head and the story", () => {
  // A regional paper prints its headline, the wire desk's byline and the date, then the photo's caption
  // and the photographer's "Name, Agency" credit, then the story.
  const HEAD = "Harbour Town beats Ridgeway to reach the county final";
  const CAPTION = "Harbour Town striker Leo Marsh celebrates his second goal";
  const lines = [
    "Sports",
    "High Schools",
    "Readers pick their sports photos of the year",
    HEAD,
    "Lakeside Courier wire services",
    "Published 9:40 PM EST Nov 19, 2024",
    CAPTION,
    "Mara Holt, Associated Press",
    "Ridgeway — Leo Marsh scored twice and Harbour Town held on through a late storm of Ridgeway corners to win 2-1 and reach the county final for the first time in a decade.",
    "Ridgeway had not lost at home since August and pulled a goal back in the 80th minute, but their goalkeeper was sent off in stoppage time.",
  ];

  it("takes the title over the byline and date for the headline, not the caption under them", () => {
    const { story, line } = explained(page(...lines));
    expect(story.headline).toBe(HEAD);
    expect(story.byline).toBe("Lakeside Courier wire services");
    expectRule(line(CAPTION), "headline:caption-under-head");
    expectNoRule(line(HEAD), "headline:caption-under-head");
  });

  it("gives no such evidence when no title stands over the date line, nor over a byline that opens with By", () => {
    const { line } = explained(page(...lines.slice(4)));
    expectNoRule(line(CAPTION), "headline:caption-under-head");
    const { line: line2 } = explained(page(...lines.slice(0, 7), "By Mara Holt, Associated Press", ...lines.slice(8)));
    expectNoRule(line2(CAPTION), "headline:caption-under-head");
  });
});

describe("a video's title between the head and the story", () => {
  // A TV network's page: a player button, the headline over its "Updated on:" line, the desk's label,
  // then the title of the story's video, shorter than the headline, right over the story.
  const HEAD = "Drone footage shows crews freeing a trapped whale: \"She's swimming!\"";
  const VIDEO = "Crews free trapped whale off the coast";
  const lines = [
    "Watch KRBN Live",
    HEAD,
    "Updated on: March 3, 2024 / 9:12 AM",
    "/ KRBN News",
    VIDEO,
    "Rescue crews freed a young humpback whale tangled in fishing rope off the northern coast on Saturday, after a drone spotted it struggling near the harbour mouth.",
    "The whale had been trailing about 30 metres of rope and a buoy, the marine rescue service said, and swam away once the last loop was cut.",
    "Trending News",
    VIDEO,
    "Storm closes mountain passes for a second day",
  ];

  it("takes the title over the date line for the headline, not the video's title over the story, printed twice", () => {
    const { story, line } = explained(page(...lines));
    expect(story.headline).toBe(HEAD);
    expectRule(line(VIDEO), "headline:under-the-head-stamp");
    expectNoRule(line(HEAD), "headline:under-the-head-stamp");
    expectRule(line("Watch KRBN Live"), "headline:call-to-action");
  });

  it("gives no such evidence when running text stands between, nor to a title over a date line of its own", () => {
    const story = lines.slice(5, 7);
    const { line } = explained(page(HEAD, "Updated on: March 3, 2024 / 9:12 AM", story[0]!, VIDEO, ...story));
    expectNoRule(line(VIDEO), "headline:under-the-head-stamp");
    const { line: line2 } = explained(page(HEAD, "Updated on: March 3, 2024 / 9:12 AM", VIDEO, "March 4, 2024", ...story));
    expectNoRule(line2(VIDEO), "headline:under-the-head-stamp");
  });
});

describe("widgets over a story that has no headline", () => {
  const OPENING = "HARBOUR TOWN, Nov 4 (ANI): The port authority said on Wednesday that the inner harbour would close to large ships for a month of dredging from next spring.";
  const SECOND = "Fishing boats and ferries will keep their berths, the authority said, and the work will be done at night to limit the disruption.";

  it.each([
    ["a market ticker's quote", "Brent 80.98 ▲1.84%"],
    ["a prayer-times widget", "Fajr 4:33  Dhuhr 12:13  Asr 15:24  Maghrib 18:20  Isha 19:40"],
    ["a font-size widget", "Font size: A A A"],
  ])("gives no headline from %s", (_what, widget) => {
    const { story } = explained(page("Sign in", widget, OPENING, SECOND));
    expect(story.headline).toBeNull();
    expect(story.furniture).toContain(widget);
  });
});

describe("an author box under the head", () => {
  // A business daily: the headline, its standfirst, "By" and the reporter's name printed twice (a link and
  // a card), then the paper's name in the card, the reporter's handle, the date, the story.
  const HEAD = "Ferry Fares, Night Crossings, Island Passes: So Many Ways to Travel…and Pay";
  const PAPER = "The Harbour Town Gazette";
  const lines = [
    "Travel",
    "Ferries and Ports: Review",
    HEAD,
    "There are more routes, passes and discounts to choose from than ever before.",
    "By",
    "Mara Holt",
    "Mara Holt",
    PAPER,
    "@maraholt",
    "Nov. 19, 2024 8:03 am ET",
    "Crossing to the islands used to be simple. You bought a ticket at the pier, boarded the next ferry and paid the same fare whatever the season.",
    "Now fares change by the hour, passes come in a dozen kinds and the cheapest crossing is often the one that leaves before dawn.",
  ];

  it("takes the title over the standfirst and byline, not the paper's name in the reporter's card", () => {
    const { story, line } = explained(page(...lines));
    expect(story.headline).toBe(HEAD);
    expectRule(line(PAPER), "headline:under-the-byline");
    expectNoRule(line(HEAD), "headline:under-the-byline");
  });

  it("gives no such evidence to a title under a byline with nothing title-like above it", () => {
    const { line } = explained(page("By Mara Holt", PAPER, ...lines.slice(9)));
    expectNoRule(line(PAPER), "headline:under-the-byline");
  });
});

describe("the page's title names the headline", () => {
  // A TV station's page: the browser title "Headline - Station" on top, the headline over its standfirst
  // (no full stop), byline and date, a newsletter box, then the title of the story's video over the story.
  const HEAD = "'Hold On!': Video Shows Lifeboat Crew Pull Sailor From Sinking Yacht";
  const VIDEO = "'Hold On!' Video Shows Lifeboat Rescue of Sailor";
  const DECK = "The sailor clung to the mast for two hours before the crew reached him in heavy seas";
  const text = page(
    `${HEAD} - Channel 7 Harbour Town`,
    "Watch Live",
    HEAD,
    DECK,
    "By Mara Holt",
    "Published Nov 18, 2024 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2024",
    "Newsletters",
    "Receive the latest local updates in your inbox",
    VIDEO,
    "A video released by the coastguard shows the moment a lifeboat crew pulled a sailor from his sinking yacht off Harbour Point on Sunday night.",
    VIDEO,
    "The sailor, who had set out alone from the marina that morning, was treated for cold and released from hospital on Monday.",
  );

  it("prefers the title the page's title repeats, over its standfirst and byline, to a video's title printed twice", () => {
    const { story, line } = explained(text);
    expect(story.headline).toBe(HEAD);
    expect(story.byline).toBe("Mara Holt");
    expectRule(line(HEAD), "headline:page-title");
    expectRule(line(HEAD), "headline:over-standfirst-and-byline");
    expectRule(line(VIDEO), "headline:repeated-title");
    expectNoRule(line(VIDEO), "headline:page-title");
  });
});

describe("a feature's head: headline, standfirst, byline", () => {
  const HEAD = "Ferry operators face a winter of cancelled crossings";
  const DECK = "Storms, an ageing fleet and a shortage of crews have left island communities counting the cost of every lost sailing this year.";
  const OPENING = "Island councils say the number of cancelled ferry crossings has doubled since last winter, leaving shops short of supplies and patients missing hospital appointments on the mainland.";
  const SECOND = "The operators blame the weather and a shortage of qualified crews, and say new ships ordered three years ago will not arrive before the end of the decade.";

  it("takes the title over the standfirst and byline, not the site's tagline above it", () => {
    const tagline = "Independent Reporting on Shipping, Ports and Coastal Communities";
    const { story, line } = explained(page("Home", "Sections", tagline, HEAD, DECK, "By Jane Doe November 19, 2024, 07:47 PM EST", OPENING, SECOND));
    expect(story.headline).toBe(HEAD);
    expectRule(line(HEAD), "headline:over-standfirst-and-byline");
    expectNoRule(line(tagline), "headline:over-standfirst-and-byline");
  });

  it("gives no such evidence across a widget's buttons, nor over a line that opens in lower case", () => {
    const weather = "Weather: Harbour Town 29° / 23°";
    const { line } = explained(page(weather, "Full forecast ›", "Advertisement", DECK, "By Jane Doe", OPENING, SECOND));
    expectNoRule(line(weather), "headline:over-standfirst-and-byline");
    const { line: line2 } = explained(page(HEAD, "and crews have been moved to other routes.", "By Jane Doe", OPENING, SECOND));
    expectNoRule(line2(HEAD), "headline:over-standfirst-and-byline");
  });

  it("reads the byline and date laid out as label / value lines, and takes no field value for the headline", () => {
    // A magazine's page prints "Author:" and "Publish date:" on lines of their own, each over its value.
    const desk = "Coastal Affairs Editorial Staff";
    const { story, line } = explained(page("Home", "Sections", HEAD, DECK, "Author:", desk, "Publish date:", "Nov 19, 2024", OPENING, SECOND));
    expect(story.headline).toBe(HEAD);
    expectRule(line(HEAD), "headline:over-standfirst-and-byline");
    expectRule(line(desk), "headline:field-value");
    // Without the labels the desk's name is a title over a date line: it needs the label to lose.
    const { line: line2 } = explained(page("Home", "Sections", HEAD, DECK, desk, "Nov 19, 2024", OPENING, SECOND));
    expectNoRule(line2(desk), "headline:field-value");
  });

  it("gives no such evidence to a blog's heading over a headline in title case that ends with '!'", () => {
    const title = "The Harbour Festival Comes Back to Town! See the Opening Night!";
    const { line } = explained(page("Blog - Latest News", title, "October 15, 2024", OPENING, SECOND));
    expectNoRule(line("Blog - Latest News"), "headline:over-standfirst-and-byline");
    expectRule(line(title), "headline:above-date-or-byline");
  });

  it("gives no such evidence to a promo's short label over its blurb", () => {
    const { line } = explained(page(HEAD, "Breaking News Emails", "Get alerts and special reports delivered to your inbox every morning of the week.", "By Jane Doe", OPENING, SECOND));
    expectNoRule(line("Breaking News Emails"), "headline:over-standfirst-and-byline");
  });
});

describe("a headline printed twice under a widget's label ending with a colon", () => {
  it("heads no list when the title under its copies stands over the byline: that title is its standfirst", () => {
    const HEAD = "Ferry operators face a winter of cancelled crossings";
    const DECK = "Island councils count the cost of every lost sailing";
    const { story, line } = explained(
      page(
        "Podcasts",
        "Inside the Harbour with Tom Reid",
        "Coastal Weekly with Ana Silva",
        "The Ferry Hour with Sam Cole",
        "Up next:",
        HEAD,
        HEAD,
        DECK,
        "by Jane Doe",
        "Nov 18, 2024 at 9:24 pm ET",
        "Island councils say the number of cancelled ferry crossings has doubled since last winter, leaving shops short of supplies and patients missing hospital appointments on the mainland.",
        "The operators blame the weather and a shortage of qualified crews, and say new ships ordered three years ago will not arrive before the end of the decade.",
      ),
    );
    expect(story.headline).toBe(HEAD);
    expectNoRule(line(HEAD), "headline:under-teaser-heading");
  });
});

describe("a photo's caption and credit between the head and the story", () => {
  const HEAD = "Smog returns to the capital as farm fires burn";
  const OPENING = "A thick haze settled over the capital on Wednesday for the third time this month, as smoke from farm fires in neighbouring states mixed with exhaust and dust, and schools were told to keep children indoors.";
  const SECOND = "Officials said air quality readings had reached the worst level on the city's scale in several districts by the afternoon.";

  it("opens the story under the credit: the caption above it is furniture", () => {
    const caption = "Traffic moves through the haze on a ring road. Smog is back for the winter.";
    const { story, line } = explained(page(HEAD, "By Jane Doe", "Nov 13, 2024", caption, "Ravi Kumar/Example Images/Getty Images", OPENING, SECOND));
    expect(story.body).toEqual([OPENING, SECOND]);
    expect(line(caption).role).toBe("furniture");
  });

  it("keeps a first paragraph of running text that a photo and its credit follow", () => {
    const { story } = explained(page(HEAD, "By Jane Doe", "Nov 13, 2024", OPENING, "Ravi Kumar/Example Images/Getty Images", SECOND));
    expect(story.body).toEqual([OPENING, SECOND]);
  });
});

describe("a dateline opening a short first paragraph", () => {
  const RUN = [
    "Ships that had waited at anchor for a week began to move into the harbour on Monday morning, and the authority said it expected to clear the queue by the weekend if the weather held.",
    "About forty vessels were waiting to enter, and pilots worked through the night to bring the largest of them in on the morning tide, a spokeswoman for the harbour authority said.",
  ];
  const story = (first: string) => explained(page("Port reopens after storm", first, ...RUN)).story;

  it.each([
    ["an agency", "ROTTERDAM (Reuters) - Port reopens.", "ROTTERDAM (Reuters) -"],
    ["a date", "ROTTERDAM, June 3 - Port reopens.", "ROTTERDAM, June 3 -"],
    ["a place the tables know", "Rotterdam - Port reopens.", "Rotterdam -"],
  ])("is trusted when it has %s", (_name, first, text) => {
    expect(story(first).dateline?.text).toBe(text);
  });

  it("is not trusted when it is only a place nobody knows, even in capitals", () => {
    const s = story("ZWARTEWAALSTRAND - Port reopens.");
    expect(s.dateline).toBeNull();
    expect(s.body[0]).toBe("ZWARTEWAALSTRAND - Port reopens.");
  });
});

/**
 * Pages with no running text the locator can hold on to: a syndicated story glued to its
 * credit on one line (MENAFN's "( MENAFN - Gulf Times) DOHA ..."), or a brief whose only
 * sentence is short. The head finds the dateline paragraph by position among the first
 * blocks (src/stages/06-head.ts, findDatelineParagraph).
 */
describe("the dateline paragraph of a page without running text", () => {
  const GLUED =
    "( MENAFN - Gulf Times) DOHA, March 3 (QNA) -- Schools across the country will reopen next week after the winter break, the education ministry said on Monday. The ministry also asked parents to check the new timetable online. (end) ab";
  const BODY = "Schools across the country will reopen next week after the winter break, the education ministry said on Monday. The ministry also asked parents to check the new timetable online.";
  const HEADLINE = "Schools to reopen next week";
  const BRIEF = "Schools will reopen next week, the ministry said.";
  const roles = (text: string): [string, string][] => explained(text).entries.map((e) => [e.text, e.role]);

  it("reads the dateline of a story glued to its syndication credit, alone on the page", () => {
    const { story } = explained(GLUED);
    expect(story.dateline).toMatchObject({ text: "DOHA, March 3 (QNA) --", city: "DOHA", agency: "QNA" });
    expect(story.body).toEqual([BODY]);
    expect(story.headline).toBeNull();
  });

  it("reads it under a menu, a section, a headline and a date line, which stay the head", () => {
    const { story, line } = explained(page("Home", "World", HEADLINE, "Mar 3, 2024", GLUED));
    expect(story).toMatchObject({ headline: HEADLINE, section: "World" });
    expect(story.published).toMatchObject({ date: "2024-03-03" });
    expect(story.dateline?.city).toBe("DOHA");
    expect(story.body).toEqual([BODY]);
    expect(line("Home").role).toBe("furniture");
  });

  it.each([
    ["a sign-off", "(end) ab"],
    ["a Source line", "Source: QNA"],
  ])("does not read a dateline after %s: it belongs to another story", (_name, closer) => {
    const { story } = explained(page(HEADLINE, closer, GLUED));
    expect(story.headline).toBe(HEADLINE);
    expect(story.dateline).toBeNull();
    expect(story.body).toEqual([]);
  });

  it("looks at the first eight text lines for it, and no further", () => {
    const menu = ["Gulf Times", "Qatar", "Education", "Schools", "Timetables", "Parents"];
    // Seven text lines above it (six menu items and the headline): found.
    const seven = explained(page(...menu, HEADLINE, GLUED)).story;
    expect(seven.dateline?.city).toBe("DOHA");
    expect(seven.headline).toBe(HEADLINE);
    expect(seven.body).toEqual([BODY]);
    // Eight: the search stops before it, and the page is read by position.
    const eight = explained(page(...menu, "Teachers", HEADLINE, GLUED)).story;
    expect(eight.dateline).toBeNull();
    expect(eight.headline).toBeNull();
    expect(eight.body).toEqual(["Education"]);
  });

  it("reads a dateline alone on its line over a paragraph that goes on in lower case", () => {
    expect(roles(page(HEADLINE, "DOHA --", "schools will reopen next week, the ministry said."))).toEqual([
      [HEADLINE, "headline"],
      ["DOHA --", "dateline"],
      ["schools will reopen next week, the ministry said.", "body"],
    ]);
  });

  it("reads a lone dateline under a headline over a short paragraph, even with a place the tables do not know", () => {
    expect(explained(page(HEADLINE, "ZWARTEWAAL, March 3 --", BRIEF)).story).toMatchObject({ headline: HEADLINE, dateline: { text: "ZWARTEWAAL, March 3 --" }, body: [BRIEF] });
  });

  // At the top of the page a lone dateline line is read when it is short (48 characters at
  // most) or carries a credit in brackets; a longer line there may be a headline that starts
  // like a dateline.
  it.each([
    ["DOHA, March 3 --", "dateline"],
    ["RAS AL KHAIMAH, United Arab Emirates, March 3 --", "dateline"], // 48 characters
    ["RAS AL KHAIMAH, United Arab Emirates, March 13 --", "headline"], // 49
    ["RAS AL KHAIMAH, United Arab Emirates, March 3 (WAM) --", "dateline"], // 54, with the agency in brackets
    ["RAS AL KHAIMAH, United Arab Emirates, March 13, 2024 --", "headline"], // 55, none
  ])("at the top of the page, '%s' is the %s", (first, role) => {
    expect(roles(page(first, BRIEF))).toEqual([
      [first, role],
      [BRIEF, "body"],
    ]);
  });

  it("under a headline, reads a dateline that opens a short subtitle over the paragraph when it is sure (a date), not when it is only an unknown place", () => {
    expect(roles(page(HEADLINE, "DOHA, March 3 - New timetable", BRIEF))).toEqual([
      [HEADLINE, "headline"],
      ["DOHA, March 3 - New timetable", "dateline"],
      [BRIEF, "body"],
    ]);
    expect(roles(page(HEADLINE, "ZWARTEWAAL - New timetable", BRIEF))).toEqual([
      [HEADLINE, "headline"],
      ["ZWARTEWAAL - New timetable", "furniture"],
      [BRIEF, "body"],
    ]);
  });
});

describe("where a located story opens", () => {
  const HEADLINE = "Port reopens after storm";
  const SHIPS = "Ships that had waited at anchor for a week began to move into the harbour on Monday morning, and the authority said it expected to clear the queue by the weekend if the weather held.";
  const VESSELS = "About forty vessels were waiting to enter, and pilots worked through the night to bring the largest of them in on the morning tide, a spokeswoman for the harbour authority said.";

  it.each([
    ["nothing", []],
    ["a separator", ["* * *"]],
    ["an advertisement slot", ["Advertisement"]],
    ["a photo caption", ["A container ship waits outside the port on Monday. (Photo: Harbour Authority)"]],
    ["a link", ["Continue reading"]],
    ["a caption and a link", ["A container ship waits outside the port on Monday. (Photo: Harbour Authority)", "Continue reading"]],
  ])("takes a lone dateline over the first paragraph with %s between them", (_name, between) => {
    const { story } = explained(page(HEADLINE, "ROTTERDAM (Reuters) -", ...between, SHIPS, VESSELS));
    expect(story.headline).toBe(HEADLINE);
    expect(story.dateline).toMatchObject({ text: "ROTTERDAM (Reuters) -", city: "ROTTERDAM", agency: "Reuters" });
    expect(story.body).toEqual([SHIPS, VESSELS]);
  });

  it.each([
    ["a date line", "Jun 20, 2024"],
    ["a byline", "By Jane Doe"],
  ])("does not reach over %s for a lone dateline: the dateline-shaped line above it is the headline", (_name, meta) => {
    const { story, line } = explained(page(HEADLINE, "ROTTERDAM (Reuters) -", meta, SHIPS, VESSELS));
    expect(story.dateline).toBeNull();
    expect(story.headline).toBe("ROTTERDAM (Reuters) -");
    expect(line(HEADLINE).role).toBe("furniture");
    expect(story.body).toEqual([SHIPS, VESSELS]);
  });

  describe("a standfirst of running text over a dated story's dateline paragraph", () => {
    const OPEN = "ROTTERDAM, June 20 (Reuters) - The harbour reopened to large ships on Thursday after a month of dredging, its operator said, ending weeks of delays for container lines.";
    const SECOND = "The operator said the deeper channel would allow ships with a draught of up to 16 metres to reach the northern quay at any tide.";
    const deck = (last: string) =>
      `The port authority says the deeper channel will let container ships twice the size of today’s dock at the northern quay, ending years of delays that have cost shippers money and pushed freight to rival ports along the coast, and that the work should pay for itself within a decade of its ${last}.`;

    it("is furniture up to 300 characters: the story opens at the dateline under it", () => {
      const standfirst = deck("opening day");
      expect(standfirst).toHaveLength(300);
      const { story } = explained(page("Harbour reopens to large ships after dredging", "Jun 20, 2024", standfirst, OPEN, SECOND));
      expect(story.dateline).toMatchObject({ text: "ROTTERDAM, June 20 (Reuters) -" });
      expect(story.furniture).toEqual([standfirst]);
      expect(story.body).toEqual([OPEN.slice("ROTTERDAM, June 20 (Reuters) - ".length), SECOND]);
    });

    it("is the story's first paragraph from 301 characters on, and the dateline below it is not read", () => {
      const standfirst = deck("opening days");
      expect(standfirst).toHaveLength(301);
      const { story } = explained(page("Harbour reopens to large ships after dredging", "Jun 20, 2024", standfirst, OPEN, SECOND));
      expect(story.dateline).toBeNull();
      expect(story.furniture).toEqual([]);
      expect(story.body).toEqual([standfirst, OPEN, SECOND]);
    });
  });

  describe("a byline among the first lines of the located run", () => {
    // Running-text paragraphs over the byline (a long standfirst, a summary box): the run opens above it.
    const ABOVE = [
      "Some forty vessels were waiting to enter, and pilots worked through the night to bring the largest of them in on the morning tide, a spokeswoman for the harbour authority said.",
      "Boats that had waited at anchor for a week began to move into the harbour on Monday morning, and the authority said it expected to clear the queue by the weekend if the weather held.",
      "Nearly fifty vessels were waiting to enter, and pilots worked through the night to bring the largest of them in on the morning tide, a spokeswoman for the harbour authority said.",
      "Barges that had waited at anchor for a week began to move into the harbour on Monday morning, and the authority said it expected to clear the queue by the weekend if the weather held.",
    ];

    it.each([2, 3])("closes the head when it stands %i lines into the run: what is above it is furniture", (k) => {
      for (const meta of ["By Jane Doe", "Jun 20, 2024"]) {
        const { story } = explained(page(HEADLINE, ...ABOVE.slice(0, k), meta, SHIPS, VESSELS));
        expect(story.body, meta).toEqual([SHIPS, VESSELS]);
        expect(story.furniture, meta).toEqual(ABOVE.slice(0, k));
      }
    });

    it("is inside the story when it stands four lines into the run", () => {
      const { story } = explained(page(HEADLINE, ...ABOVE, "By Jane Doe", SHIPS, VESSELS));
      expect(story.body).toEqual([...ABOVE, SHIPS, VESSELS]);
      expect(story.byline).toBe("Jane Doe");
    });
  });
});

describe("what stands between the headline and its date line", () => {
  const HEADLINE = "Fishing fleet stays in port as storm nears coast";
  const OPENING = "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.";
  const SECOND = "The coast guard said it had moved two rescue vessels closer to the islands and asked crews already at sea to head for shelter before nightfall.";

  // Every kind of aside a page puts under its headline: the line under the headline is still its date line.
  it.each([
    ["a separator", "* * *"],
    ["an ad slot", "Advertisement"],
    ["a photo caption", "Boats moored in the harbour at Halifax on Thursday. (Photo: Coast Guard)"],
    ["a syndication credit", "(MENAFN- Gulf Times)"],
    ["a credit", "Courtesy: Coast Guard"],
    ["a link", "Continue reading"],
    ["a related-story link", "Read more: Storm closes port"],
    ["an empty list's placeholder", "No stories found."],
  ])("reads the title as standing over the date line across %s", (_name, aside) => {
    const { story, line, score } = explained(page(HEADLINE, aside, "Jun 20, 2024", OPENING, SECOND));
    expect(story.headline).toBe(HEADLINE);
    expect(score(HEADLINE, "headline:above-date-or-byline")).toBe(4);
    expect(line(aside).role).toBe("furniture");
    expect(story.published).toMatchObject({ text: "Jun 20, 2024", date: "2024-06-20" });
  });

  it("does not across a line of text: the title is no longer over the date line, and the text line right over it wins", () => {
    const { story, line } = explained(page(HEADLINE, "Video player loading", "Jun 20, 2024", OPENING, SECOND));
    expect(story.headline).toBe("Video player loading");
    expect(line(HEADLINE).role).toBe("furniture");
  });
});

describe("what stands before the date on a date line of the head", () => {
  const HEADLINE = "Fishing fleet stays in port as storm nears coast";
  const OPENING = "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.";
  const SECOND = "The coast guard said it had moved two rescue vessels closer to the islands and asked crews already at sea to head for shelter before nightfall.";
  const over = (dateLine: string) => explained(page(dateLine, HEADLINE, OPENING, SECOND)).story;
  const under = (dateLine: string) => explained(page(HEADLINE, dateLine, OPENING, SECOND)).story;

  it("takes a byline before the label as the byline, over or under the headline", () => {
    for (const story of [over("By Jane Doe Published: Jun 20, 2024"), under("By Jane Doe Published: Jun 20, 2024")]) {
      expect(story).toMatchObject({ headline: HEADLINE, byline: "Jane Doe", section: null, furniture: [] });
      expect(story.published).toMatchObject({ text: "Published: Jun 20, 2024", date: "2024-06-20" });
    }
  });

  it("sets a credit ('Courtesy: WAM') apart as furniture, over or under the headline", () => {
    for (const story of [over("Courtesy: WAM Jun 20, 2024"), under("Courtesy: WAM Jun 20, 2024")]) {
      expect(story).toMatchObject({ headline: HEADLINE, byline: null, section: null, furniture: ["Courtesy: WAM"] });
      expect(story.published).toMatchObject({ text: "Jun 20, 2024", date: "2024-06-20" });
    }
  });

  it("reads a desk label before the date as the section only right over the headline", () => {
    const above = over("COAST NEWS Jun 20, 2024");
    expect(above.section).toBe("COAST NEWS");
    expect(above.published).toMatchObject({ text: "Jun 20, 2024" });
    const below = under("COAST NEWS Jun 20, 2024");
    expect(below.section).toBeNull();
    expect(below.published).toMatchObject({ text: "COAST NEWS Jun 20, 2024", date: "2024-06-20" });
  });

  it("never reads an agency's name before the date as the section ('WAM Jun 20, 2024')", () => {
    const story = over("WAM Jun 20, 2024");
    expect(story.section).toBeNull();
    expect(story.published).toMatchObject({ text: "WAM Jun 20, 2024", date: "2024-06-20" });
  });
});

describe("the page's own title printed on the page, and an HTML page's metadata", () => {
  const HEADLINE = "Oil slips as supply worries ease";
  const OPENING = "LONDON (Reuters) - Oil prices fell on Tuesday as traders weighed the outlook for supply and demand in the months ahead, and stocks built up in the United States.";
  const SECOND = "Brent crude futures fell 1.2 percent to settle at their lowest in a month, while U.S. crude lost slightly more.";

  it.each([
    ["a bar", `${HEADLINE} | Example News`, 2.5],
    ["an en dash", `${HEADLINE} – Example News`, 2.5],
    ["an em dash", `${HEADLINE} — Example News`, 2.5],
    ["a spaced hyphen", `${HEADLINE} - Example News`, 2.5],
    ["a colon (no title separator)", `${HEADLINE}: Example News`, undefined],
    ["the site's name first", `Example News | ${HEADLINE}`, undefined],
  ])("counts a 'Title | Site' line with %s as a repeat of the headline", (_what, pageTitle, score) => {
    const { story, score: scoreOf } = explained(page(pageTitle, "Markets", HEADLINE, OPENING, SECOND));
    expect(story.headline).toBe(HEADLINE);
    expect(scoreOf(HEADLINE, "headline:repeated-title")).toBe(score);
  });

  it("keeps a headline's own spaced hyphen when it reads the title off a 'Title | Site' line", () => {
    const { story, score } = explained(page("Oil slips - again | Example News", "Markets", "Oil slips - again", OPENING, SECOND));
    expect(story.headline).toBe("Oil slips - again");
    expect(score("Oil slips - again", "headline:repeated-title")).toBe(2.5);
  });

  /** An HTML page whose first heading is a teaser box's, over the story's own heading. */
  const html = (head: string) =>
    `<head>${head}</head><body><nav><a href="/">Home</a></nav><h2>Most read today in markets</h2><h2>${HEADLINE}</h2><p>${OPENING}</p><p>${SECOND}</p></body>`;
  const metadataScore = (head: string) => {
    const story = parseWireStoryHtml(html(head), { explain: true });
    const line = story.explain!.find((e) => e.text === HEADLINE)!;
    return { headline: story.headline, score: line.rules.find((r) => r.name === "headline:metadata-title")?.score };
  };

  it.each([
    ["the <title> with the site's name after it", `<title>${HEADLINE} | Example News</title>`],
    ["the <title> with the site's name before it", `<title>Example News - ${HEADLINE}</title>`],
    ["the <title> alone", `<title>${HEADLINE}</title>`],
    ["the OpenGraph title", `<title>Example News</title><meta property="og:title" content="${HEADLINE}">`],
  ])("takes the heading %s names as the headline, over a teaser box's heading above it", (_what, head) => {
    expect(metadataScore(head)).toEqual({ headline: HEADLINE, score: 6 });
  });

  it("gives no such evidence when the <title> is the site's name only: the teaser box's heading wins", () => {
    expect(metadataScore("<title>Example News</title>")).toEqual({ headline: "Most read today in markets", score: undefined });
  });
});

describe("how far above the headline the head's date lines and bylines reach", () => {
  const HEADLINE = "Fishing fleet stays in port as storm nears coast";
  const OPENING = "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.";
  const SECOND = "The coast guard said it had moved two rescue vessels closer to the islands and asked crews already at sea to head for shelter before nightfall.";

  it("takes a date line three lines above the headline, not four", () => {
    const three = explained(page("Jun 20, 2024", "Home", "Markets", HEADLINE, OPENING, SECOND)).story;
    expect(three).toMatchObject({ headline: HEADLINE, section: "Markets", published: { text: "Jun 20, 2024", date: "2024-06-20" } });
    const four = explained(page("Jun 20, 2024", "Home", "Markets", "Ports", HEADLINE, OPENING, SECOND));
    expect(four.story).toMatchObject({ headline: HEADLINE, section: "Ports", published: null });
    expect(four.line("Jun 20, 2024").role).toBe("furniture");
  });

  it("takes a byline two lines above the headline, not three", () => {
    expect(explained(page("By Jane Doe", "Markets", HEADLINE, OPENING, SECOND)).story).toMatchObject({ byline: "Jane Doe", section: "Markets" });
    const three = explained(page("By Jane Doe", "Markets", "Ports", HEADLINE, OPENING, SECOND));
    expect(three.story).toMatchObject({ byline: null, section: "Ports" });
    expect(three.line("By Jane Doe").role).toBe("furniture");
  });

  it("still takes a date line above the headline when the only one under it is an 'Updated' stamp", () => {
    const { story } = explained(page("Jun 19, 2024", HEADLINE, "Updated: Jun 20, 2024", OPENING, SECOND));
    expect(story.published).toMatchObject({ text: "Jun 19, 2024", date: "2024-06-19" });
    expect(story.updated).toMatchObject({ text: "Updated: Jun 20, 2024", date: "2024-06-20" });
  });

  it("reads a headline printed twice as one, the first copy, with the section above it", () => {
    const { story, entries } = explained(page("World", HEADLINE, HEADLINE, "Jun 20, 2024", OPENING, SECOND));
    expect(story).toMatchObject({ headline: HEADLINE, section: "World" });
    expect(entries.map((e) => e.role).slice(0, 4)).toEqual(["section", "headline", "furniture", "published"]);
  });
});

describe("a time stamp alone over the story", () => {
  it("is no headline: a landmark is never a candidate", () => {
    const OPENING = "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.";
    const { story } = explained(page("Updated 10:42 GMT", OPENING));
    expect(story.headline).toBeNull();
    expect(warningCodes(story)).toEqual(["NO_HEADLINE"]);
  });
});

describe("a headline printed twice, the copy right under it", () => {
  it("is one headline, with no HEADLINE_UNCERTAIN: the copy half a point behind is no rival", () => {
    const OPENING = "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.";
    const title = "Fishing fleet stays in port as storm nears coast";
    const { story, score } = explained(page(title, title, OPENING));
    expect(score(title, "headline:score")).toBe(9.5);
    expect(score(title, "headline:score", 1)).toBe(9);
    expect(story.headline).toBe(title);
    expect(warningCodes(story)).toEqual([]);
  });
});

describe("a page with no headline", () => {
  const OPENING = "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.";
  const SECOND = "The coast guard said it had moved two rescue vessels closer to the islands and asked crews already at sea to head for shelter before nightfall.";

  it("warns that a line nearly qualified when the best one scores 0, a point under the minimum ('World' over a 'Latest' heading)", () => {
    const { story, score } = explained(page("Home", "World", "Latest", OPENING, SECOND));
    expect(story.headline).toBeNull();
    expect(score("World", "headline:score")).toBe(0);
    expect(score("Latest", "headline:score")).toBe(-2);
    expect(story.warnings.map((w) => [w.code, w.message])).toEqual([
      ["HEADLINE_UNCERTAIN", "a line above the story nearly qualified as its headline"],
      ["NO_HEADLINE", "no headline line was found above the story"],
    ]);
  });

  it("does not when the best one scores -1", () => {
    const { story, score } = explained(page("World", "World", "World", OPENING, SECOND));
    expect(story.headline).toBeNull();
    expect(score("World", "headline:score", 2)).toBe(-1);
    expect(warningCodes(story)).toEqual(["NO_HEADLINE"]);
  });
});

describe("a tie between two headline candidates", () => {
  it("goes to the upper line, and warns HEADLINE_UNCERTAIN", () => {
    const OPENING = "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.";
    const SECOND = "The coast guard said it had moved two rescue vessels closer to the islands and asked crews already at sea to head for shelter before nightfall.";
    const top = "Fishing fleet stays in port as storm nears coast";
    const { story, score } = explained(page(top, "Storm nears coast", "Boats stay in port", OPENING, SECOND));
    // The top line opens the head (+2); the bottom one stands right above the story (+2).
    expect(score(top, "headline:score")).toBe(7);
    expect(score("Boats stay in port", "headline:score")).toBe(7);
    expect(story.headline).toBe(top);
    expect(warningCodes(story)).toEqual(["HEADLINE_UNCERTAIN"]);
  });
});

describe("a page of titles only: the head by position", () => {
  const roles = (...lines: string[]): [string, string][] => explained(page(...lines)).entries.map((e) => [e.text, e.role]);
  const HEADLINE = "Harbour bridge reopens after repairs";

  it("reads the first title as the headline and the titles under it as the body", () => {
    expect(roles(HEADLINE, "Traffic returns to the quay", "Ferry fares to rise")).toEqual([
      [HEADLINE, "headline"],
      ["Traffic returns to the quay", "body"],
      ["Ferry fares to rise", "body"],
    ]);
  });

  it("reads a lone title as the headline of a story with no body", () => {
    expect(explained(page(HEADLINE)).story).toMatchObject({ headline: HEADLINE, body: [] });
  });

  it("opens the body under the date line that stands under the headline", () => {
    expect(roles(HEADLINE, "Jun 01, 2024", "Traffic returns to the quay")).toEqual([
      [HEADLINE, "headline"],
      ["Jun 01, 2024", "published"],
      ["Traffic returns to the quay", "body"],
    ]);
  });

  it("reads a section label over the headline as the section", () => {
    expect(roles("World", HEADLINE, "Jun 01, 2024", "Traffic returns to the quay")).toEqual([
      ["World", "section"],
      [HEADLINE, "headline"],
      ["Jun 01, 2024", "published"],
      ["Traffic returns to the quay", "body"],
    ]);
  });

  it("counts a teaser heading among the first lines: the body opens at it", () => {
    expect(roles(HEADLINE, "More news", "Ferry fares to rise")).toEqual([
      [HEADLINE, "headline"],
      ["More news", "furniture"],
      ["Ferry fares to rise", "body"],
    ]);
  });

  it("reads a first line that is a sentence of eight words or more as the body's first, with no headline", () => {
    const sentence = "Harbour Bridge Reopens To Traffic After Two Months Of Repairs.";
    expect(roles(sentence, "Traffic returns to the quay")).toEqual([
      [sentence, "body"],
      ["Traffic returns to the quay", "body"],
    ]);
    // Under a label, the label is all the head there is.
    expect(roles("World", sentence, "Traffic returns to the quay")).toEqual([
      ["World", "headline"],
      [sentence, "body"],
      ["Traffic returns to the quay", "body"],
    ]);
  });
});

describe("a title over a byline on a page cut short after its head", () => {
  const MENU = ["Home", "World", "Business", "Sport", "Opinion", "TRENDING:", "Budget", "Elections"];
  const cut = (...head: string[]) => explained(page(...MENU, ...head, "By Jane Doe", "The harbour bri")).story;

  it("takes a title of four words as the headline", () => {
    expect(cut("Harbour bridge reopens today")).toMatchObject({ headline: "Harbour bridge reopens today", byline: "Jane Doe", body: ["The harbour bri"] });
  });

  it("does not take one of three words (a menu item has fewer than four): the page is read by position", () => {
    expect(cut("Harbour bridge reopens")).toMatchObject({ headline: null, byline: null, body: ["Sport", "Opinion"] });
  });

  it.each([
    ["an ad slot", ["Advertisement"]],
    ["an ad slot and a share button", ["Advertisement", "Share"]],
    ["a photo caption", ["The bridge at dusk on Monday. (Photo: City Council)"]],
  ])("looks over %s between the title and the byline", (_what, asides) => {
    expect(cut("Harbour bridge reopens today", ...asides)).toMatchObject({ headline: "Harbour bridge reopens today", byline: "Jane Doe", body: ["The harbour bri"] });
  });
});

describe("the line right above the headline as its section", () => {
  const HEADLINE = "Fishing fleet stays in port as storm nears coast";
  const OPENING = "HALIFAX (Reuters) - Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high along the outer shore.";
  const SECOND = "The coast guard said it had moved two rescue vessels closer to the islands and asked crews already at sea to head for shelter before nightfall.";
  const sectionUnder = (...top: string[]) => {
    const { story } = explained(page(...top, HEADLINE, "Jun 20, 2024", OPENING, SECOND));
    expect(story.headline).toBe(HEADLINE);
    return story.section;
  };

  it("takes the last of a run of two labels, not of three (a menu), unless desks use it", () => {
    expect(sectionUnder("Ports", "Harbours")).toBe("Harbours");
    expect(sectionUnder("Ships", "Ports", "Harbours")).toBeNull();
    expect(sectionUnder("Ships", "Ports", "World")).toBe("World");
  });

  it.each([
    ["a call to action", "Subscribe now"],
    ["a promotion", "Sponsored"],
    ["a link's arrow", "Harbours ›"],
  ])("never takes %s", (_what, line) => {
    expect(sectionUnder(line)).toBeNull();
  });
});

describe("what parts a head block from the titles above it", () => {
  const HEADLINE = "Lighthouse keepers return to remote island";
  const OPENING =
    "ABERDEEN, Scotland (Reuters) - Two keepers moved back into the lighthouse on the northern island on Monday, the first to live there since the light was automated more than thirty years ago.";
  const TEASER = "Ferry fares to rise in the spring";

  it.each([
    ["a menu of three labels", ["World", "Sport", "Business"]],
    ["a line of running text", ["The ferry operator said on Tuesday that fares on all routes would rise by about five percent from the first of April, the first rise in three years, and blamed the cost of fuel"]],
    ["a time stamp", ["Updated 10:42 GMT"]],
  ])("a title under %s opens its head block: the title above is no rival", (_, between) => {
    const { line } = explained(page(TEASER, ...between, HEADLINE, OPENING));
    expectRule(line(HEADLINE), "headline:opens-head");
  });

  it("a menu of two labels parts nothing: the title above it is a rival", () => {
    const { line } = explained(page(TEASER, "World", "Sport", HEADLINE, OPENING));
    expectNoRule(line(HEADLINE), "headline:opens-head");
  });
});

describe("a prompt over its buttons above a story with no headline", () => {
  const STORY = "KUWAIT, Dec 2 (KUNA) -- The ministry said on Monday that the new terminal would open to passengers next month, after two years of building work at the airport.";

  it.each([
    ["an app's install prompt", ["Add The Daily Courier to your home screen", "Install", "Not now"]],
    ["a location prompt", ["Weather and traffic for your neighbourhood", "Use my location", "Not now"]],
    ["a content warning", ["Sensitive content: viewer discretion is advised.", "Show content", "Go back"]],
    ["a lost connection's notice, its button marked", ["Connection lost. Reconnecting…", "Try again ↻"]],
    ["a consent prompt in Italian", ["Rispettiamo la tua privacy", "Accetta", "Rifiuta"]],
  ])("reads no headline over %s", (_what, prompt) => {
    const { story, line } = explained(page(...prompt, STORY));
    expect(story.headline).toBeNull();
    expectRule(line(prompt[0]!), "headline:over-a-prompt");
  });

  it("still reads the title over a share button as the headline", () => {
    const { story } = explained(page("New terminal to open at Kuwait airport next month", "Share", STORY));
    expect(story.headline).toBe("New terminal to open at Kuwait airport next month");
  });
});

describe("a widget's row of values above a story", () => {
  const STORY = "NEW YORK (AP) -- The number of children taking the drugs has dropped sharply since regulators warned of their risks two years ago, according to a study released on Tuesday.";
  const TITLE = "Fewer children are prescribed the drugs after warning";

  it.each([
    ["a price board", "Petrol Rs 278.99 | High-speed diesel Rs 269.40 per litre"],
    ["a tally", "Senate: Dem 49 · Rep 49"],
    ["a counter", "Votes counted: 33%"],
  ])("takes the title under %s as the headline, never the row", (_what, row) => {
    const { story, line } = explained(page(row, TITLE, STORY));
    expect(story.headline).toBe(TITLE);
    expectRule(line(row), "headline:data-row");
  });

  it("keeps a page title with its site's name after a bar as a title", () => {
    const { line } = explained(page("Budget 2024: what changes for savers | Example News", TITLE, STORY));
    expectNoRule(line("Budget 2024: what changes for savers | Example News"), "headline:data-row");
  });
});
