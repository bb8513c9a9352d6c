/**
 * Stage 5, where the story stands (src/stages/05-locate.ts): the best run of
 * story lines on a page of menu, story and footer, and the weights that put
 * it there (LOCATE_WEIGHTS, noted per line); the listing rule (the page's
 * first story wins over a heavier later one), the split of a run at a
 * sign-off (a short box before the story), the pull of the run's end to the
 * sign-off (a table set as a paragraph), and the damping of what follows a
 * comment thread's heading or a long teaser area. Lines are indexed from 0, as
 * the stage sees them.
 */
import { describe, expect, it } from "vitest";
import { LOCATE_WEIGHTS } from "../src/stages/05-locate.js";
import { htmlToPage } from "../src/html/page.js";
import { noting, page, stage, type Note } from "./support/stages.js";

/** Locates the story on a page, with the notes the stage made. */
function locate(text: string) {
  const { ctx, notes } = noting();
  const staged = stage(text, ctx);
  const on = (line: number): Note[] => notes.filter((n) => n.line === line);
  const rule = (line: number, name: string): Note | undefined => on(line).find((n) => n.rule === name);
  return { ...staged, notes, on, rule };
}

const PARIS_1 =
  "PARIS, March 14 (AFP) - Farmers drove tractors onto main roads around the capital on Thursday in protest at a planned rise in the tax on farm fuel, causing long queues during the morning rush hour.";
const PARIS_2 = "The farm minister said she would meet union leaders on Friday to discuss the tax, which is due to rise by a fifth from the first of July under the budget.";
const PARIS_3 = "Union leaders said the protests would go on until the rise was dropped, and called on farmers in other regions to join them on the roads early next week.";

describe("the run of story lines", () => {
  const text = page(
    "Home", // 0
    "World", // 1
    "Politics", // 2
    "Business", // 3
    "Farmers block roads in protest over fuel tax", // 4
    "Published: March 14, 2024", // 5
    PARIS_1, // 6
    "Advertisement", // 7
    PARIS_2, // 8
    PARIS_3, // 9
    "Most read", // 10
    "About us", // 11
    "© 2024 Example Media. All rights reserved.", // 12
  );

  it("runs from the dateline paragraph to the last paragraph on a page of menu, story and footer", () => {
    const { location } = locate(text);
    expect(location).toMatchObject({ start: 6, end: 9 });
  });

  it("opens the run with the dateline bonus and the date line above it", () => {
    const { rule } = locate(text);
    expect(rule(6, "run-start")?.score).toBe(LOCATE_WEIGHTS.datelineStart + LOCATE_WEIGHTS.headAbove);
  });

  it("weighs each line by its own name and value", () => {
    const { rule } = locate(text);
    expect(rule(2, "list")?.score).toBe(LOCATE_WEIGHTS.list);
    expect(rule(5, "meta")?.score).toBe(LOCATE_WEIGHTS.meta);
    expect(rule(6, "running-text")?.score).toBe(PARIS_1.length);
    expect(rule(7, "aside")?.score).toBe(LOCATE_WEIGHTS.aside);
    expect(rule(12, "footer")?.score).toBe(LOCATE_WEIGHTS.footer);
  });

  it("gives the score of the run: its lines' weights and its opening bonus", () => {
    const { location } = locate(text);
    const expected = LOCATE_WEIGHTS.datelineStart + LOCATE_WEIGHTS.headAbove + PARIS_1.length + LOCATE_WEIGHTS.aside + PARIS_2.length + PARIS_3.length;
    expect(location.score).toBe(expected);
  });

  it("finds no run on a page without running text", () => {
    expect(locate(page("Home", "World", "Sport", "Harbour bridge reopens after repairs")).location).toEqual({ start: -1, end: -1, score: 0 });
  });
});

describe("the listing rule", () => {
  // A listing page: a one-paragraph story, its links, then a longer story with its own date line and byline.
  const PUNE = "PUNE, June 3 (PTI) - The city's weekly farmers' market will move to the old railway yard from next month to make room for more stalls, the municipal corporation said on Monday.";
  const text = page(
    "Farmers' market moves to the old railway yard", // 0
    "Jun 3, 2024", // 1
    PUNE, // 2
    "Read more", // 3
    "Share", // 4
    "Tweet", // 5
    "Email", // 6
    "Monsoon expected in Kerala by the weekend", // 7
    "Jun 3, 2024", // 8
    "By Anil Menon", // 9
    "THIRUVANANTHAPURAM, June 3 (PTI) - The monsoon is expected to reach the Kerala coast by the weekend, a few days later than usual, the weather office said on Monday, as pre-monsoon showers continued across the south.", // 10
    "Fishermen have been told not to venture into the sea from Friday, and schools in coastal districts may open a week late if the rain is heavy, officials said.", // 11
    "The weather office said rainfall over the season was likely to be normal across most of the country, which would help the sowing of rice, cotton and pulses.", // 12
  );

  it("takes the page's first story, opening with its dateline, over a heavier story after it", () => {
    const { location, rule } = locate(text);
    expect(location).toMatchObject({ start: 2, end: 2 });
    const note = rule(2, "listing-first-story");
    expect(note).toBeDefined();
    expect(note!.score).toBe(location.score);
    // No sign-off stands on the page: the run moved by the listing rule alone.
    expect(rule(2, "run-split-at-sign-off")).toBeUndefined();
  });

  it("takes the first story only when it weighs a third of the best run or more", () => {
    // The later story alone weighs its bonus and its three paragraphs; the first weighs at least a third of that.
    const { location, lines } = locate(text);
    const later = LOCATE_WEIGHTS.datelineStart + LOCATE_WEIGHTS.headAbove + lines[10]!.text.length + lines[11]!.text.length + lines[12]!.text.length;
    expect(location.score * 3).toBeGreaterThanOrEqual(later);
  });
});

describe("sign-offs inside and after the run", () => {
  it.each(["(AFP)", "Source: AFP"])("splits a run at a sign-off or Source line ('%s') and keeps the first segment that weighs a third of the heaviest", (closer) => {
    const text = page(
      "Ferry fact check: bridge closure claim is false", // 0
      "Claim: The harbour bridge will be closed to all traffic for a whole year from next month, according to a post shared thousands of times on social media.", // 1
      "Verdict: The city council says no closure is planned and that only one lane will shut for two weekends in the autumn for repainting work on the steel arches.", // 2
      closer, // 3
      "LISBON (AFP) - A post shared thousands of times on social media in recent days claims that the city's harbour bridge will close to all traffic for a year from next month.", // 4
      "The city council told AFP that no such closure was planned and that the only work scheduled on the bridge was a repainting of the steel arches over two weekends in October.", // 5
      "Engineers said one lane in each direction would close on those weekends, with traffic controlled by lights at both ends of the bridge and buses given priority.", // 6
      "The claim appears to have started with a post that misread a council notice about the repainting work and was then shared by several accounts with large followings.", // 7
    );
    const { location, rule } = locate(text);
    expect(location).toMatchObject({ start: 4, end: 7 });
    expect(rule(4, "run-split-at-sign-off")).toBeDefined();
    expect(rule(4, "run-start")?.score).toBe(LOCATE_WEIGHTS.datelineStart);
  });

  it.each([
    ["an ad slot's label", ["Advertisement"]],
    ["a share bar", ["Share on Facebook", "Share on X"]],
    ["a label", ["Fact check"]],
  ])("opens the story after the split at its first line that counts, past %s", (_, between) => {
    const story = [
      "LISBON (AFP) - A post shared thousands of times on social media in recent days claims that the city's harbour bridge will close to all traffic for a year from next month.",
      "The city council told AFP that no such closure was planned and that the only work scheduled on the bridge was a repainting of the steel arches over two weekends in October.",
      "Engineers said one lane in each direction would close on those weekends, with traffic controlled by lights at both ends of the bridge and buses given priority.",
      "The claim appears to have started with a post that misread a council notice about the repainting work and was then shared by several accounts with large followings.",
    ];
    const text = page(
      "Ferry fact check: bridge closure claim is false",
      "Claim: The harbour bridge will be closed to all traffic for a whole year from next month, according to a post shared thousands of times on social media.",
      "Verdict: The city council says no closure is planned and that only one lane will shut for two weekends in the autumn for repainting work on the steel arches.",
      "(AFP)",
      ...between,
      ...story,
    );
    const { location, rule } = locate(text);
    const first = 4 + between.length;
    expect(location).toMatchObject({ start: first, end: first + 3 });
    expect(rule(first, "run-split-at-sign-off")).toBeDefined();
  });

  it("pulls the run's end over a table set as a paragraph to the sign-off after it", () => {
    const table = "Norland 2,410 (2,380), Eastmark 1,920 (1,915), Valdia 870 (860), Sorea 655 (650), Kestra 1,200 (1,190), Ormen 410 (405), Lusa 390 (380), Tarvik 150 (150).";
    const text = page(
      "Oil output quotas held for the quarter", // 0
      "LONDON, March 9 - The group's members agreed on Monday to keep their output quotas unchanged for the next quarter, the group's secretariat said in a statement issued after a meeting lasting two days.", // 1
      table, // 2
      "Reuter", // 3
    );
    const { location, rule } = locate(text);
    expect(location).toMatchObject({ start: 1, end: 2 });
    expect(rule(2, "list")?.score).toBe(LOCATE_WEIGHTS.list);
    expect(rule(2, "run-pulled-to-sign-off")).toBeDefined();
  });

  it("does not pull the run over a line that does not end like a sentence", () => {
    const text = page(
      "Oil output quotas held for the quarter",
      "LONDON, March 9 - The group's members agreed on Monday to keep their output quotas unchanged for the next quarter, the group's secretariat said in a statement issued after a meeting lasting two days.",
      "Quotas by member country",
      "Reuter",
    );
    const { location, notes } = locate(text);
    expect(location).toMatchObject({ start: 1, end: 1 });
    expect(notes.some((n) => n.rule === "run-pulled-to-sign-off")).toBe(false);
  });
});

describe("the head above the run's first line", () => {
  const FIRST = "Farmers drove tractors onto main roads around the capital on Thursday in protest at a planned rise in the tax on farm fuel, causing long queues during the morning rush hour.";
  /** The run-start bonus of a paragraph with no dateline under a date line and the lines given. */
  const headBonus = (...between: string[]) => {
    const lines = ["Published: March 14, 2024", ...between, FIRST, PARIS_2];
    const { rule, location } = locate(page(...lines));
    expect(location.start).toBe(lines.indexOf(FIRST));
    return rule(lines.indexOf(FIRST), "run-start")?.score;
  };

  it("counts a date line up to four lines above it, not five", () => {
    expect(headBonus("Farmers block roads", "Farm", "Tax")).toBe(LOCATE_WEIGHTS.headAbove);
    expect(headBonus("Farmers block roads", "Farm", "Tax", "Roads")).toBeUndefined();
  });

  it("does not count asides among those lines", () => {
    expect(headBonus("Farmers block roads", "Advertisement", "Farm", "Share", "Tax")).toBe(LOCATE_WEIGHTS.headAbove);
  });

  it("does not look past a teaser heading", () => {
    expect(headBonus("Farmers block roads", "More news", "Tax")).toBeUndefined();
  });
});

describe("lines of prose that weigh against the story", () => {
  const NEWSLETTER = "Readers who want to follow the protests can sign up for our daily newsletter on farming and rural affairs, which goes out every weekday morning at seven.";

  it("weighs a time stamp as the story's edge, and a long line printed twice as a repeat", () => {
    const { rule, location } = locate(page("Farmers block roads", PARIS_1, "2 hours ago", PARIS_2, NEWSLETTER, NEWSLETTER));
    expect(rule(2, "meta")?.score).toBe(LOCATE_WEIGHTS.meta);
    expect(rule(4, "repeated")?.score).toBe(LOCATE_WEIGHTS.repeated);
    expect(rule(5, "repeated")?.score).toBe(LOCATE_WEIGHTS.repeated);
    expect(location).toMatchObject({ start: 1, end: 3 });
  });

  it("weighs a paragraph inside the page's navigation as chrome, and one that is all link as link text (HTML)", () => {
    const html = `<body><h1>Farmers block roads</h1><p>${PARIS_1}</p><p>${PARIS_2}</p><nav><p>${NEWSLETTER}</p></nav><p><a href="/newsletter">Subscribers ${NEWSLETTER.slice("Readers ".length)}</a></p></body>`;
    const read = htmlToPage(html);
    const { ctx, notes } = noting();
    const { location } = stage(read.text, { ...ctx, page: read.page });
    const rule = (line: number, name: string) => notes.find((n) => n.line === line && n.rule === name)?.score;
    expect(rule(3, "page-chrome")).toBe(LOCATE_WEIGHTS.pageChrome);
    expect(rule(4, "link-text")).toBe(LOCATE_WEIGHTS.linkText);
    expect(location).toMatchObject({ start: 1, end: 2 });
  });
});

describe("a teaser's summary cut short inside the page's content block (HTML)", () => {
  it("weighs the cut summary as a line of the block, not as a title of the story's", () => {
    const html = `<body><article><h1>Farmers block roads</h1><h3>See also</h3><p><a href="/other">Harvest falls short after the dry spring</a></p><p>Two regions have reported their lowest yields in a decade,...</p><p>${PARIS_1}</p><p>${PARIS_2}</p><p>${PARIS_3}</p></article></body>`;
    const read = htmlToPage(html);
    const { ctx, notes } = noting();
    const { lines, location } = stage(read.text, { ...ctx, page: read.page });
    const cut = lines.findIndex((l) => l.text.endsWith(",..."));
    expect(notes.find((n) => n.line === cut && n.rule === "content-title")).toBeUndefined();
    expect(location.start).toBe(cut + 1);
  });
});

describe("how far the run's end is pulled to the sign-off", () => {
  const OPENING =
    "LONDON, March 9 - The group's members agreed on Monday to keep their output quotas unchanged for the next quarter, the group's secretariat said in a statement issued after a meeting lasting two days.";
  // Tables set as paragraphs: lists of names and figures that end like sentences.
  const TABLES = [
    "Norland 2,410 (2,380), Eastmark 1,920 (1,915), Valdia 870 (860), Sorea 655 (650), Kestra 1,200 (1,190), Ormen 410 (405), Lusa 390 (380), Tarvik 150 (150).",
    "Brenmark 1,410 (1,380), Ostvald 920 (915), Rilda 770 (760), Tamsa 555 (550), Kovra 1,100 (1,090), Urmen 310 (305), Lesa 290 (280), Varvik 50 (50).",
    "Carmel 3,410 (3,380), Dunmark 2,920 (2,915), Elda 970 (960), Fensa 755 (750), Gavra 2,100 (2,090), Holm 510 (505), Irsa 490 (480), Jarvik 250 (250).",
    "Kell 4,410 (4,380), Lunmark 3,920 (3,915), Melda 1,970 (1,960), Nensa 855 (850), Ovra 3,100 (3,090), Prolm 610 (605), Quisa 590 (580), Rarvik 350 (350).",
  ];
  const pulled = (...after: string[]) => {
    const { location, notes } = locate(page("Oil output quotas held for the quarter", OPENING, ...after));
    return { end: location.end, pulled: notes.filter((n) => n.rule === "run-pulled-to-sign-off").map((n) => n.line) };
  };

  it("pulls it over three such paragraphs, and not over four", () => {
    expect(pulled(...TABLES.slice(0, 3), "Reuter")).toEqual({ end: 4, pulled: [2] });
    expect(pulled(...TABLES, "Reuter")).toEqual({ end: 1, pulled: [] });
  });

  it("does not count an aside among them", () => {
    expect(pulled(TABLES[0]!, "Advertisement", TABLES[1]!, TABLES[2]!, "Reuter")).toEqual({ end: 5, pulled: [2] });
  });

  it("pulls it to a Source line as to a sign-off", () => {
    expect(pulled(TABLES[0]!, "Source: Reuters")).toEqual({ end: 2, pulled: [2] });
  });

  it("has nothing to pull when the sign-off stands right under the run's last line", () => {
    expect(pulled("Reuter")).toEqual({ end: 1, pulled: [] });
  });
});

describe("a comment thread", () => {
  const comment1 = "I have driven on that road every morning for twenty years and never seen queues like the ones this week, and the farmers are right to be angry about the tax.";
  const comment2 = "The tax has to rise at some point, and the minister is right to hold firm, though she should have talked to the unions much earlier than she did this spring.";
  const text = page(
    "Farmers block roads in protest over fuel tax", // 0
    PARIS_1, // 1
    PARIS_2, // 2
    "3 comments", // 3
    comment1, // 4
    comment2, // 5
  );

  it("weighs the prose after a comment thread's heading at a fifth", () => {
    const { rule } = locate(text);
    expect(rule(3, "comments-heading")?.score).toBe(LOCATE_WEIGHTS.commentsHeading);
    expect(rule(4, "running-text")?.score).toBeCloseTo(comment1.length * 0.2, 10);
    expect(rule(5, "running-text")?.score).toBeCloseTo(comment2.length * 0.2, 10);
  });

  it("ends the run before the comment thread", () => {
    expect(locate(text).location).toMatchObject({ start: 1, end: 2 });
  });

  it("does not damp the story under a Comments item of the menu above it", () => {
    const { rule } = locate(page("12 comments", "Farmers block roads in protest over fuel tax", PARIS_1, PARIS_2));
    expect(rule(0, "comments-heading")).toBeDefined();
    expect(rule(2, "running-text")?.score).toBe(PARIS_1.length);
    expect(rule(3, "running-text")?.score).toBe(PARIS_2.length);
  });

  it("does not under a Comments item after a prompt's lone sentence: only prose that weighs for a story makes what follows a thread", () => {
    const { rule } = locate(page("Sensitive content: viewer discretion is advised.", "Show content", "479 comments", "Farmers block roads in protest over fuel tax", PARIS_1, PARIS_2));
    expect(rule(0, "isolated-sentence")).toBeDefined();
    expect(rule(4, "running-text")?.score).toBe(PARIS_1.length);
    expect(rule(5, "running-text")?.score).toBe(PARIS_2.length);
  });

  it("does not under a Comments item after other menu items: only prose makes what follows a thread", () => {
    const { rule } = locate(page("World", "12 comments", "Farmers block roads in protest over fuel tax", PARIS_1, PARIS_2));
    expect(rule(1, "comments-heading")).toBeDefined();
    expect(rule(3, "running-text")?.score).toBe(PARIS_1.length);
  });
});

describe("a long teaser area after the story", () => {
  /** Eight other stories' titles, each with its summary: the page's list of top stories. */
  const area = Array.from({ length: 8 }, (_, n) => [`Harbour ${n + 1} reopens after repairs to its sea wall`, `Boats returned to harbour ${n + 1} on Monday after the repairs.`]).flat();
  const glued = [
    "Vineyards report early harvest after dry summer Growers in the south said picking began two weeks earlier than usual this year, with yields down by a tenth.",
    "City council votes to extend tram line The extension will add four stops to the east of the city and is due to open in the spring of next year.",
  ];
  const text = page("Farmers block roads in protest over fuel tax", PARIS_1, PARIS_2, PARIS_3, "Top stories", ...area, "Latest news", ...glued);

  it("weighs the prose after a teaser area of sixteen lines or more at a fifth, and ends the run before the area", () => {
    const { rule, location } = locate(text);
    const first = 4 + 1 + area.length + 1;
    expect(rule(first, "running-text")?.score).toBeCloseTo(glued[0]!.length * 0.2, 10);
    expect(location).toMatchObject({ start: 1, end: 3 });
  });

  it("damps from sixteen lines of teaser area on, the heading's own line counted", () => {
    // The heading and fifteen lines, or fourteen: then two paragraphs in a row.
    const weightAfter = (areaLines: number) => {
      const { rule } = locate(page("Farmers block roads in protest over fuel tax", PARIS_1, PARIS_2, PARIS_3, "Top stories", ...area.slice(0, areaLines), ...glued));
      return rule(4 + 1 + areaLines, "running-text")?.score;
    };
    expect(weightAfter(15)).toBeCloseTo(glued[0]!.length * 0.2, 10);
    expect(weightAfter(14)).toBe(glued[0]!.length);
  });

  it("does not damp the story after a short Related box inside it", () => {
    const { rule, location } = locate(page("Farmers block roads in protest over fuel tax", PARIS_1, "Related", ...area.slice(0, 4), PARIS_2, PARIS_3));
    expect(rule(7, "running-text")?.score).toBe(PARIS_2.length);
    expect(location).toMatchObject({ start: 1, end: 8 });
  });
});

describe("the head above the run", () => {
  it("gives the run its head bonus across a share bar between the byline and the first paragraph", () => {
    const PARAGRAPH = "The harbour bridge reopened to traffic on Monday after two months of repairs to its deck and cables, the city council said.";
    const bar = ["Share this story", "Facebook", "Twitter", "LinkedIn", "Reddit", "Pocket", "Flipboard", "Email"];
    const { location, rule } = locate(page("Harbour bridge reopens after repairs", "By Jane Doe", ...bar, PARAGRAPH));
    expect(location.start).toBe(2 + bar.length);
    expect(rule(2 + bar.length, "run-start")?.score).toBe(LOCATE_WEIGHTS.headAbove);
  });

  // A shopping guide: under its head, a promo box (its title, a one-sentence lede, "Read More"), then the story,
  // with an in-story link line between its first two paragraphs.
  const guide = (lede: string): string =>
    page(
      "The year's best kitchen gadgets", // 0
      "By Jane Doe", // 1
      "Nov 18, 2024", // 2
      "Holiday deals", // 3
      "Our editors' top picks", // 4
      lede, // 5
      "Read More", // 6
      PARIS_2, // 7
      "Also: See our guide to the best coffee grinders", // 8
      PARIS_3, // 9
      "Home", // 10
      "About us", // 11
    );

  it("gives no head bonus to a promo's one-sentence lede over a teaser heading: the story opens after the box", () => {
    const { location, rule } = locate(guide("The very best deals of the week."));
    expect(location.start).toBe(7);
    expect(rule(5, "run-start")).toBeUndefined();
  });

  it("keeps the head bonus of a paragraph of running text over a teaser heading: a one-paragraph story and its links", () => {
    const { location, rule } = locate(guide(PARIS_1.slice("PARIS, March 14 (AFP) - ".length)));
    expect(location.start).toBe(5);
    expect(rule(5, "run-start")?.score).toBe(LOCATE_WEIGHTS.headAbove);
  });

  it("gives a teaser's summary under its own date line no head bonus: a one-sentence story under its byline stays the story", () => {
    // A brief under its head, its Source line, then "More news": one teaser with its date line, then two whose
    // summaries open with datelines (found by a round-trip property: the teasers' run outweighed the brief).
    const summary = (day: number): string =>
      `Kochi [India], June ${day}: Ferry crossings were cut for the day. The port said the wind was too strong for the boats. Crews stayed ashore until the evening. Passengers were offered seats on the morning crossing instead.`;
    const { location, rule } = locate(
      page(
        "Ferry crossings cut as gale hits coast", // 0
        "Jun 01, 2024", // 1
        "By Jane Doe", // 2
        "Ferry crossings were cut on Saturday.", // 3
        "Source: Harbour Courier", // 4
        "More news", // 5
        "Ferry crossings cut as gale hits coast", // 6
        "Jun 01, 2024", // 7
        "Ferry crossings cut as gale hits coast", // 8
        summary(1), // 9
        "Ferry crossings cut as gale hits coast", // 10
        `${summary(17)} The operator said it would add a crossing on Sunday evening if the wind dropped as forecast by the afternoon.`, // 11
      ),
    );
    expect(location.start).toBe(3);
    expect(rule(9, "run-start")).toBeUndefined();
  });

  it("reads two paragraphs parted by an in-story link line as running text again after a teaser heading", () => {
    const { lines, location } = locate(guide("The very best deals of the week."));
    expect(lines[8]!.kind).toBe("also-read");
    // No teaser-summary penalty: the run opening after the box weighs its paragraphs alone.
    expect(location.score).toBe(PARIS_2.length + LOCATE_WEIGHTS.aside + PARIS_3.length);
  });
});

describe("a teaser under a teaser heading after the story", () => {
  const STORY = "The harbour bridge reopened to traffic on Monday after two months of repairs.";
  const TEASER =
    "Ferry operators said on Tuesday that they would raise fares on all routes to the islands from the first of April, blaming higher fuel costs and the wages agreed with crews last year, and that season tickets would rise by less than single fares.";

  it("does not take the teaser's summary for the story, though it weighs more and has its own date line above it", () => {
    const { location, rule } = locate(page("Harbour bridge reopens", "Jun 20, 2024", STORY, "More news", "Ferry fares to rise", "Jun 19, 2024", TEASER, "Home"));
    expect(location).toMatchObject({ start: 2, end: 2 });
    expect(rule(6, "isolated-running-text")!.score).toBeGreaterThan(rule(2, "isolated-sentence")!.score);
  });

  it("takes it when no teaser heading stands between (it is then a story of its own)", () => {
    const { location } = locate(page("Harbour bridge reopens", "Jun 20, 2024", STORY, "Ferry fares to rise", "Jun 19, 2024", TEASER, "Home"));
    expect(location).toMatchObject({ start: 5, end: 5 });
  });
});

describe("teasers with long summaries under a short story", () => {
  const BRIEF = "The harbour bridge reopened to traffic on Monday after two months of repairs.";
  const SUMMARY_1 =
    "Ferry operators said on Tuesday that they would raise fares on all routes to the islands from the first of April, blaming higher fuel costs and the wages agreed with crews last year.";
  const SUMMARY_2 =
    "The port authority said work on a second cruise terminal would start in the autumn and take three years, and that the old customs hall would become a market for local growers and fishermen.";

  it("does not open the run at the teaser heading itself: a run that opens there opens among teasers", () => {
    // Without a byline or date line above, the brief weighs little (less than the print button under it); from the
    // heading down, the summaries weigh more than the heading and their titles.
    const { location, rule } = locate(page("Harbour bridge reopens", BRIEF, "Print", "More news", "Ferry fares to rise", SUMMARY_1, "New cruise terminal", SUMMARY_2));
    expect(location.start).toBe(1);
    expect(rule(1, "isolated-sentence")!.score).toBeLessThan(-LOCATE_WEIGHTS.aside);
    expect(rule(5, "running-text")!.score + rule(7, "running-text")!.score).toBeGreaterThan(-LOCATE_WEIGHTS.teaserHeading - 2 * LOCATE_WEIGHTS.list);
  });

  it("keeps the story's segment when a Source line splits the run, however much more the teasers weigh", () => {
    // Five teasers: even with the penalty of a run among teasers, their segment weighs over three times the story's.
    const teasers = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].flatMap((day, n) => [`Port news ${n + 1}`, SUMMARY_1.replace("Tuesday", day)]);
    const { location, rule } = locate(page("Harbour bridge reopens", "By Ana Costa", BRIEF, "Source: City Desk", "More news", ...teasers));
    expect(location).toMatchObject({ start: 2, end: 3 });
    expect(rule(2, "run-split-at-sign-off")).toBeUndefined();
  });

  it("still splits after a Source line and takes the long story when no teaser heading stands between", () => {
    const { location } = locate(page("Harbour bridge reopens", "By Ana Costa", BRIEF, "Source: City Desk", "Ferry fares to rise", SUMMARY_1, SUMMARY_2, SUMMARY_1.replace("Tuesday", "Monday")));
    expect(location).toMatchObject({ start: 5, end: 7 });
  });
});

describe("the dateline bonus: which opening lines are read as a story's dateline", () => {
  const REST = "farmers drove tractors onto main roads around the capital on Thursday in protest at a planned rise in the tax on farm fuel, causing long queues.";
  const SECOND = "The farm minister said she would meet union leaders on Friday to discuss the tax, which is due to rise by a fifth from the first of July under the budget.";
  /** The run-start bonus of a paragraph opening with `open`, under a headline and a date line. */
  const bonus = (open: string) => {
    const { rule, lines } = locate(page("Farmers block roads in protest over fuel tax", "Published: March 14, 2024", `${open} ${REST}`, SECOND));
    return { score: rule(2, "run-start")?.score, dateline: lines[2]!.dateline?.text ?? null };
  };
  const WITH = LOCATE_WEIGHTS.datelineStart + LOCATE_WEIGHTS.headAbove;
  const WITHOUT = LOCATE_WEIGHTS.headAbove;

  it.each([
    ["a colon", "MUMBAI:"],
    ["a credit in brackets and no separator", "MUMBAI (PTI)"],
    ["an underscore", "NEW YORK _"],
    ["an en dash", "LONDON –"],
    ["an em dash", "LONDON —"],
    ["a spaced hyphen", "LONDON -"],
    ["a hyphen with a space after it only", "LONDON-"],
    ["particles in the place", "Rio de Janeiro, June 20 –"],
    ["a particle of three letters", "Rio das Ostras, June 20 –"],
    ["a Z first", "ZURICH –"],
    ["an asterisk first", "*LONDON –"],
    ["a credit first (read as the dateline's whole text)", "(AFP) LONDON –", "(AFP)"],
    ["a capital outside ASCII first", "ÅLESUND –"],
    ["its separator at character 59", "SAN JOSE DEL MONTE, Bulacan, Philippines, November 2, 2024 –"],
  ])("gives it to a dateline with %s", (_what, open, text?: string) => {
    expect(bonus(open)).toEqual({ score: WITH, dateline: text ?? open });
  });

  it("gives none to a dateline whose separator stands at character 60 or later (the grammar still reads it)", () => {
    const open = "SAN JOSE DEL MONTE, Bulacan, Philippines, November 20, 2024 –";
    expect(open.indexOf("–")).toBe(60);
    expect(bonus(open)).toEqual({ score: WITHOUT, dateline: open });
  });

  it("gives none to a dateline with a lower-case word of four letters before its separator, as in a sentence (the grammar still reads it)", () => {
    const open = "Castelnuovo della Daunia, June 20 –";
    expect(bonus(open)).toEqual({ score: WITHOUT, dateline: open });
  });

  it("gives none to a paragraph that opens in lower case, even with a dateline's shape", () => {
    expect(bonus("lONDON –")).toEqual({ score: WITHOUT, dateline: "lONDON –" });
  });
});

describe("a line of prose supported by its neighbours", () => {
  /** `n` lines of a share bar and ad slots. */
  const asides = (n: number): string[] => Array.from({ length: n }, (_, k) => (k % 2 === 0 ? "Share on Facebook" : "Advertisement"));
  const OTHER = "The farm minister said she would meet union leaders on Friday to discuss the tax, which is due to rise by a fifth from the first of July under the budget.";
  const SHORT = "Union leaders said the protests would go on.";
  const DATELINED = "LONDON (Reuters) - Union leaders said the protests would go on.";
  /** The name of the weight the line `text` got on the page. */
  const weightOf = (text: string, ...lines: string[]) => {
    const { notes } = locate(page(...lines));
    const i = lines.indexOf(text);
    return notes.find((n) => n.line === i && n.rule !== "run-start")?.rule;
  };

  it.each([
    ["right under a paragraph", [PARIS_1, SHORT, "Home"], "short-sentence"],
    ["two lines under one, a label between", [PARIS_1, "Harbour figures", SHORT, "Home"], "short-sentence"],
    ["three lines under one", [PARIS_1, "Harbour figures", "Port figures", SHORT, "Home"], "isolated-sentence"],
    ["two lines over one, a label between", ["Home", SHORT, "Harbour figures", OTHER], "short-sentence"],
    ["three lines over one", ["Home", SHORT, "Harbour figures", "Port figures", OTHER], "isolated-sentence"],
    ["over a paragraph that opens its own story with a dateline", ["Home", SHORT, PARIS_1], "isolated-sentence"],
    // Each neighbour is looked for over at most six asides, the one beyond it over six more: 13 asides, and not 14.
    ["under a paragraph, 13 asides between", [PARIS_1, ...asides(13), SHORT, "Home"], "short-sentence"],
    ["under a paragraph, 14 asides between", [PARIS_1, ...asides(14), SHORT, "Home"], "isolated-sentence"],
  ])("weighs a short sentence %s as %s", (_where, lines, weight) => {
    expect(weightOf(SHORT, ...lines)).toBe(weight);
  });

  it.each([
    ["right under a paragraph", [PARIS_1, DATELINED, "Home"]],
    ["two lines under one", [PARIS_1, "Harbour figures", DATELINED, "Home"]],
  ])("does not count the paragraph above for a line that opens its own story with a dateline, %s", (_where, lines) => {
    expect(weightOf(DATELINED, ...lines)).toBe("isolated-sentence");
  });
});

describe("a page that stops inside the story's dateline paragraph", () => {
  // Few function words: no sentence by its shape, only by its dateline.
  const CUT = "DALLAS, March 2 - Harbour Authority chief Maria Lopez said its Bridge Works Unit starte";
  const MENU = ["Home", "Sign in", "Stay informed with instant alerts", "Yes, notify me", "Harbour bridge reopens after repairs"];

  it("opens the story at the cut paragraph, whose sure dateline earns the run its bonus", () => {
    const { location, rule } = locate(page(...MENU, CUT));
    expect(location.start).toBe(MENU.length);
    expect(rule(MENU.length, "run-start")?.score).toBe(LOCATE_WEIGHTS.datelineStart);
    expect(rule(MENU.length, "cut-paragraph")).toBeDefined();
  });

  it("gives no bonus to the same line when another line follows it (the page did not stop inside it)", () => {
    const { rule } = locate(page(...MENU, CUT, "Contact us"));
    expect(rule(MENU.length, "run-start")).toBeUndefined();
    expect(rule(MENU.length, "cut-paragraph")).toBeUndefined();
  });

  it("notes no cut paragraph where the run opens at a whole paragraph that is the page's last line", () => {
    const { location, rule } = locate(page(...MENU, "DALLAS, March 2 - Harbour Authority chief Maria Lopez said its Bridge Works Unit started work."));
    expect(location.start).toBe(MENU.length);
    expect(rule(MENU.length, "cut-paragraph")).toBeUndefined();
  });

  it("gives none to a last line whose dateline is not sure (no agency, date or known place)", () => {
    const { rule } = locate(page(...MENU, "HARBOURTOWN - Harbour Authority chief Maria Lopez said its Bridge Works Unit starte"));
    expect(rule(MENU.length, "run-start")).toBeUndefined();
  });
});

describe("a headline in a sentence's shape and a paragraph cut short under it", () => {
  const MENU = ["Home", "World", "Business", "Sport", "Opinion"];
  const TITLE = 'Rescuers free girl trapped in a flooded cellar: "We got her!"';
  const CUT = "Police released dramatic video showing the rescue of";

  it("weighs the title over the date line as a title, and the cut line under the head as the story's first", () => {
    const { location, rule } = locate(page(...MENU, TITLE, "June 20, 2024", CUT));
    expect(rule(MENU.length, "head-title")?.score).toBe(LOCATE_WEIGHTS.list);
    expect(rule(MENU.length + 2, "cut-under-head")?.score).toBe(CUT.length * LOCATE_WEIGHTS.sentence);
    expect(location).toMatchObject({ start: MENU.length + 2, end: MENU.length + 2 });
    expect(rule(MENU.length + 2, "run-start")?.score).toBe(LOCATE_WEIGHTS.headAbove);
  });

  it("weighs a paragraph's last sentence over a stamp as a sentence: prose stands above it", () => {
    const { rule } = locate(page(...MENU, PARIS_1, "The talks will go on next week.", "June 20, 2024", "About us"));
    expect(rule(MENU.length + 1, "head-title")).toBeUndefined();
    expect(rule(MENU.length + 1, "short-sentence")).toBeDefined();
  });

  it.each([
    ["opens in lower case", "police released dramatic video showing the rescue of"],
    ["has too few words", "Police released the video of"],
    ["ends a sentence", "Police released dramatic video showing the rescue."],
  ])("reads no cut paragraph in a last line that %s", (_why, last) => {
    const { rule } = locate(page(...MENU, TITLE, "June 20, 2024", last));
    expect(rule(MENU.length + 2, "cut-under-head")).toBeUndefined();
  });

  it("weighs a title in a sentence's shape over a byline as a title too", () => {
    const { rule } = locate(page(...MENU, TITLE, "By Jane Doe", CUT));
    expect(rule(MENU.length, "head-title")).toBeDefined();
  });

  it("reads none when no date line or byline stands above it", () => {
    const { rule } = locate(page(...MENU, TITLE, CUT));
    expect(rule(MENU.length + 1, "cut-under-head")).toBeUndefined();
  });

  it("reads none when a label, not a title, stands over the date line", () => {
    const { rule } = locate(page(...MENU, "Sport", "June 20, 2024", CUT));
    expect(rule(MENU.length + 2, "cut-under-head")).toBeUndefined();
  });
});

describe("paragraphs of running text a few short lines apart", () => {
  const LONG = (topic: string) =>
    `The ${topic} was the one the panel argued about least: it did what it promised from the first day, it was easy to clean, and after a month of daily use it still looked and worked like new, which is rare at its price.`;
  const A = LONG("kettle");
  const B = LONG("toaster");

  it("counts a paragraph as supported by another within four short lines (titles and labels between)", () => {
    const { rule } = locate(page("Home", "Kettle for $40", "See it now", A, "Toaster", "Toaster for $60", "See it now", B, "About us"));
    expect(rule(3, "running-text")).toBeDefined();
    expect(rule(7, "running-text")).toBeDefined();
  });

  it("counts no paragraph that opens its own story with a dateline as a neighbour", () => {
    const DATED = `BERLIN, June 3 (Reuters) - ${A}`;
    const { rule } = locate(page("Home", "Kettle for $40", A, "Toaster", "Toaster for $60", DATED, "About us"));
    expect(rule(2, "isolated-running-text")).toBeDefined();
  });

  it.each([
    ["five short lines between", ["Toaster", "Toaster for $60", "Free delivery", "In stock", "See it now"]],
    ["a date line between", ["Toaster for $60", "June 20, 2024"]],
    ["a teaser heading between", ["More news", "Toaster for $60"]],
  ])("counts none with %s", (_between, between) => {
    const { rule } = locate(page("Home", "Kettle for $40", A, ...between, B, "About us"));
    expect(rule(2, "isolated-running-text")).toBeDefined();
  });
});
