/**
 * The content block (src/html/blocks.ts) and what the stages make of it
 * (src/stages/05-locate.ts, 07-body.ts): the element whose paragraphs hold
 * the most text, as Readability finds an article's container; its lines of
 * list and table text count for the story's run, where elsewhere they would
 * weigh as a menu.
 */
import { describe, expect, it } from "vitest";
import { parseWireStoryHtml } from "../src/html.js";
import { classWeight } from "../src/html/blocks.js";
import { htmlToPage } from "../src/html/page.js";

const SIDEBAR = '<aside><h3>Popular</h3><ul><li><a href="/a">Ferry fares to rise in spring</a></li><li><a href="/b">Cycle lane opens on the quay</a></li></ul></aside>';
const MENU = '<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li><a href="/racing">Racing</a></li></ul></nav>';

describe("the content block", () => {
  it("is the element whose paragraphs hold the most text, with everything inside it", () => {
    const html =
      MENU +
      '<div class="wrap"><div class="story"><h1>Harbour reopens after dredging</h1>' +
      "<p>The harbour reopened to large ships on Thursday after a month of dredging, its operator said, ending weeks of delays.</p>" +
      "<ul><li>Depth: 16 metres at the northern quay</li><li>Cost: 40 million, shared with the port's users</li></ul>" +
      "<p>Shipping lines had diverted several calls to other ports during the works, the operator added, and expect to return next month.</p></div>" +
      SIDEBAR +
      "</div>";
    const { text, page } = htmlToPage(html);
    const inContent = text.split("\n\n").filter((_, k) => page.lines[k]!.inContent);
    expect(inContent).toEqual([
      "Harbour reopens after dredging",
      "The harbour reopened to large ships on Thursday after a month of dredging, its operator said, ending weeks of delays.",
      "Depth: 16 metres at the northern quay",
      "Cost: 40 million, shared with the port's users",
      "Shipping lines had diverted several calls to other ports during the works, the operator added, and expect to return next month.",
    ]);
  });

  it("is no block at all on a page without a paragraph of 25 characters", () => {
    const { page } = htmlToPage(MENU + "<div><p>Short line.</p><p>Another.</p></div>");
    expect(page.lines.every((l) => !l.inContent)).toBe(true);
  });
});

describe("a story that is a list", () => {
  // A racing site's calendar page: its story is a list of rounds under the page's title, no prose.
  const ROUNDS = ["Round 1 at Northfield Park (10 March)", "Round 2 at Harbour Circuit (8 April)", "Round 3 at Valley Raceway (22 April)", "Round 4 at Lakeside (6 May)", "Round 5 at Old Airfield (20 May)", "Round 6 at Northfield Park (5 August)", "Round 7 at a circuit to be announced (19 August)", "Round 8 at Hill Circuit (9 September)"];
  const html =
    '<html><head><title>Touring Car calendar 2025 | Racing Weekly</title><meta property="og:title" content="Touring Car calendar 2025"></head><body>' +
    MENU +
    '<div class="post"><h1>Touring Car calendar 2025</h1><div class="meta">Monday, 20 January 2025, 10:13</div>' +
    "<h3>The Touring Car calendar for 2025</h3>" +
    ROUNDS.map((r) => `<p>${r}</p>`).join("") +
    "<p>* The calendar may change, as the organiser often changes it during the season.</p></div>" +
    SIDEBAR +
    '<div class="comments"><p>NOTICE: Comments that insult other readers, or that cannot be read, will not be published.</p></div>' +
    "</body></html>";

  it("gives the list as the body, under the headline", () => {
    const story = parseWireStoryHtml(html);
    expect(story.headline).toBe("Touring Car calendar 2025");
    expect(story.body).toEqual(expect.arrayContaining(ROUNDS));
    expect(story.body).not.toContain("NOTICE: Comments that insult other readers, or that cannot be read, will not be published.");
  });

  it("keeps a plain title over an article out of the article's run", () => {
    const plain =
      MENU +
      '<div class="post"><div class="title">Ambulance service reports break-ins at its depot</div>' +
      "<p>The ambulance service said on Friday that two of its vehicles had been broken into at the depot overnight, and that medical supplies were taken from both of them.</p></div>";
    const story = parseWireStoryHtml(plain);
    expect(story.headline).toBe("Ambulance service reports break-ins at its depot");
    expect(story.body).toEqual(["The ambulance service said on Friday that two of its vehicles had been broken into at the depot overnight, and that medical supplies were taken from both of them."]);
  });
});

describe("what a block's class and id say", () => {
  const CONSENT =
    '<div class="privacy-consent"><p>We use cookies and other tracking tools to improve your visit, show content, measure traffic, and understand where readers come from.</p>' +
    "<p>By choosing Accept, you agree to our use of cookies, pixels and similar tools.</p></div>";
  // A rugby blog's notes: the paragraphs are bullet points, which say nothing of their container by themselves.
  const NOTES = [
    "The forwards won every lineout on their own throw and stole three more.",
    "The back row made most of the tackles, and the flanker was the best of them again.",
    "The scrum-half kicked well from the base, though two kicks went out on the full.",
  ];
  const INTRO = "Notes from Saturday's win at the Harbour ground.";
  const html = `${CONSENT}<div class="entry-content"><h1>Harbour Town beat Ridgeway by 12 points</h1><p>${INTRO}</p><ul>${NOTES.map((n) => `<li>${n}</li>`).join("")}</ul></div>`;

  it("weighs a story's container ('entry-content') over a cookie notice whose paragraphs hold more commas", () => {
    const { text, page } = htmlToPage(html);
    const inContent = text.split("\n\n").filter((_, k) => page.lines[k]!.inContent);
    expect(inContent).toEqual(["Harbour Town beat Ridgeway by 12 points", INTRO, ...NOTES]);
  });

  it("reads class and id, each once, in any case", () => {
    expect(classWeight({ class: "c-entry-content" })).toBe(25);
    expect(classWeight({ id: "Article-Body" })).toBe(25);
    expect(classWeight({ class: "m-privacy-consent" })).toBe(-25);
    expect(classWeight({ class: "comment-body" })).toBe(0); // a comment's body: furniture and content cancel out
    expect(classWeight({ class: "post", id: "sidebar" })).toBe(0);
    expect(classWeight({ class: "post", id: "main" })).toBe(50);
    expect(classWeight({})).toBe(0);
  });
});

describe("a story set with lists between its paragraphs", () => {
  // A stats page: the writer's notes, then a unit's list of players (short items, one line each), then more notes.
  const PARA = (n: number): string => `Note ${n}: the defence held the visitors to three points in the second half, and the linebackers made most of the stops on the day.`;
  const NAMES = ["Leo Marsh", "Sam Cole", "Tom Reid", "Ana Silva", "Mara Holt", "Ben Ames", "Ola Berg", "Kim Dale", "Raj Iyer", "Eva Lund", "Noa Pike", "Ivo Rask"];
  const page = (after: string[]): string =>
    `<html><body>${MENU}<div class="article-body"><h1>Harbour Town defensive snap counts: Week 9</h1>` +
    `<p>${PARA(1)}</p><p>${PARA(2)}</p><h3>Linebackers</h3><ul>${NAMES.map((n) => `<li>LB ${n}</li>`).join("")}</ul>` +
    `${after.map((p) => `<p>${p}</p>`).join("")}</div>${SIDEBAR}</body></html>`;

  it("keeps the list and the notes after it in the body: the content block holds the story", () => {
    const story = parseWireStoryHtml(page([PARA(3), PARA(4)]), { explain: true });
    expect(story.body).toEqual(expect.arrayContaining([PARA(1), PARA(2), "LB Leo Marsh", PARA(3), PARA(4)]));
    expect(story.explain!.some((e) => e.rules.some((r) => r.name === "run-pulled-through-content"))).toBe(true);
  });

  it("weighs a list's short items in the content block lightly (content-line), and a menu's links as a list", () => {
    const story = parseWireStoryHtml(page([PARA(3), PARA(4)]), { explain: true });
    const rules = (text: string): string[] => story.explain!.find((e) => e.text === text)!.rules.map((r) => r.name);
    expect(rules("LB Leo Marsh")).toContain("content-line");
    expect(rules("Sport")).not.toContain("content-line");
  });

  it("leaves one paragraph past the list to the run's own evidence", () => {
    const story = parseWireStoryHtml(page([PARA(3)]), { explain: true });
    expect(story.explain!.some((e) => e.rules.some((r) => r.name === "run-pulled-through-content"))).toBe(false);
  });
});

describe("a listicle", () => {
  // A gift guide: each item is its maker's name over its title, a shop's line and its blurb, between the guide's own
  // paragraphs (a name over a title reads as a teaser block's heading in plain text).
  const ITEMS = [
    ["Harbour Light desk lamp for $45", "Buy it now: Lamp Shop", "A lamp that dims with a twist of its base and charges a phone through its foot, which is more than most lamps at twice the price manage. We left one on a desk by the harbour window for a month, and it never once needed a new bulb."],
    ["Quayside rain jacket for $120", "Buy it now: Coast Outfitters", "It packs into its own pocket, keeps out a storm on the pier and still looks smart enough for the office on the way back. The hood stays up in a gale, and the zips work with cold fingers, which is rarer than it should be."],
    ["Tide clock for $30", "Buy it now: Harbour Gifts", "For the sailor who has everything, a clock that tells the tide rather than the time, set once and then left alone on the wall. Ours has kept to the harbour master's tables within a few minutes since the spring."],
  ];
  const OPENING = "As the year comes to an end, it is time to look back at the small things that made the days at the harbour a little easier, and to give them to the people we like.";
  const SECOND = "Every pick below was bought with our own money and used for at least a month, on the quay, on the water and at the desk, before it made the list.";
  const CLOSING = "Choosing a dozen gifts from a year of trying things out is never easy, but these are the ones we kept using long after the review was done.";
  const html =
    `<html><body>${MENU}<div class="article-body"><h1>The best gifts for a harbour town</h1><p>${OPENING}</p><p>${SECOND}</p>` +
    `<div class="credit">Photo: Mara Holt</div>` +
    ITEMS.map(([title, shop, blurb]) => `<div class="maker">${title!.split(" ")[0]}</div><div class="item">${title}</div><p><span>${shop}</span></p><p>${blurb}</p>`).join("") +
    `<p>${CLOSING}</p></div>${SIDEBAR}</body></html>`;

  it("keeps every item in the body: titles that stand in the content block and link nowhere are the story's", () => {
    const story = parseWireStoryHtml(html);
    expect(story.body[0]).toBe(OPENING);
    expect(story.body.at(-1)).toBe(CLOSING);
    for (const [title, , blurb] of ITEMS) expect(story.body).toEqual(expect.arrayContaining([title, blurb]));
  });
});

describe("a story that is a table", () => {
  // A motor-racing site's standings page: two lines of intro, then the table (positions, names, points as cells), then notes.
  const ROWS = [["1", "Leo Marsh", "5040", "5"], ["2", "Sam Cole", "5035", "7"], ["3", "Tom Reid", "5033", "4"], ["4", "Ana Silva", "5027", "6"], ["5", "Mara Holt", "2380", "2"]];
  const INTRO = ["On this page you will always find the championship standings, updated after every race of the season.", "Save it to your favourites and come back after each round to see who leads the title race."];
  const NOTES = ["* Only the top twelve drivers fight for the title in the last ten races of the season.", "* The calendar of the championship has thirty-six races this year."];
  const html =
    `<html><head><title>Championship standings | Racing Weekly</title></head><body>${MENU}<div class="post"><h1>Championship standings</h1>` +
    INTRO.map((p) => `<p>${p}</p>`).join("") +
    `<table><tr><th>Pos.</th><th>Driver</th><th>Points</th><th>Wins</th></tr>${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>` +
    NOTES.map((p) => `<p>${p}</p>`).join("") +
    `</div>${SIDEBAR}<div class="comments"><p>ATENÇÃO: Comments that insult other readers, or that cannot be read, will not be published.</p></div></body></html>`;

  it("gives the table's cells in order, numbers included, between the intro and the notes", () => {
    const story = parseWireStoryHtml(html, { explain: true });
    expect(story.headline).toBe("Championship standings");
    expect(story.body).toEqual([...INTRO, "Pos.", "Driver", "Points", "Wins", ...ROWS.flat(), ...NOTES]);
    const rules = (text: string): string[] => story.explain!.find((e) => e.text === text)!.rules.map((r) => r.name);
    expect(rules("5040")).toContain("content-cell");
  });
});
