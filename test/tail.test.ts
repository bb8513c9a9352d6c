/**
 * What follows the story (src/stages/08-tail.ts; SPEC.md Behaviour 7 and 9):
 * teaser blocks under a known or an unknown heading, headline-only teasers,
 * the lines that are never teasers (promotions, calls to action, menus,
 * footer links, tag lists, account links), the footer and comment thread
 * that close the page to teasers, a reporter's name printed alone after the
 * story, and a summary that must stand right under its teaser. Invented
 * pages; each test asserts the outcome and, where a rule decides it, the
 * rule `explain` notes.
 */
import { describe, expect, it } from "vitest";
import { expectRule, explained, page } from "./support/stages.js";

/** A short story: headline, dateline paragraph, one more paragraph. */
const STORY = [
  "Lighthouse keepers return to remote island",
  "ABERDEEN, Scotland (Reuters) - Two keepers moved back into the lighthouse on the northern island on Monday, the first to live there since the light was automated more than thirty years ago, as part of a project to restore the buildings.",
  "The trust that owns the island said the pair would run a small visitor centre during the summer and record the weather for the national forecasting service.",
];

const FERRY = "Ferry operator adds winter sailings to the islands";
const SEALS = "Seal colony numbers recover on the east coast";
const HARBOUR = "Harbour master retires after forty years";
const FERRY_SUMMARY = "The operator will run two extra sailings a week from November, it said on Wednesday.";
const SEALS_SUMMARY = "Counts by volunteers found the largest number of pups in a decade.";

const withTail = (...tail: string[]): string => page(...STORY, ...tail);

describe("teaser blocks", () => {
  it("reads headline groups under a known heading as teasers: headline, date line and summary", () => {
    const { story, line } = explained(withTail("More news", FERRY, "Jun 12, 2024", FERRY_SUMMARY, SEALS, "Jun 11, 2024", SEALS_SUMMARY));
    expect(story.moreNews).toEqual([
      { headline: FERRY, summary: FERRY_SUMMARY, dateline: null, published: { text: "Jun 12, 2024", date: "2024-06-12", time: null, utcOffset: null } },
      { headline: SEALS, summary: SEALS_SUMMARY, dateline: null, published: { text: "Jun 11, 2024", date: "2024-06-11", time: null, utcOffset: null } },
    ]);
    expect(story.furniture).toEqual(["More news"]);
    expect(line("More news").role).toBe("furniture");
    expectRule(line("More news"), "teaser-heading");
    expect(line(FERRY).role).toBe("teaser-headline");
    expect(line("Jun 12, 2024").role).toBe("teaser-date");
    expect(line(FERRY_SUMMARY).role).toBe("teaser-summary");
  });

  it("reads headline groups under a heading it does not know, found by its structure, as teasers", () => {
    const { story, line } = explained(withTail("From the coastal desk", FERRY, "Jun 12, 2024", SEALS, "Jun 11, 2024"));
    expect(story.moreNews.map((t) => [t.headline, t.published?.date])).toEqual([
      [FERRY, "2024-06-12"],
      [SEALS, "2024-06-11"],
    ]);
    expect(story.furniture).toEqual(["From the coastal desk"]);
    // The heading is where the story's running text ended.
    expectRule(line("From the coastal desk"), "body:running-text-ended");
  });

  it("reads a three-word headline under a heading it does not know as a teaser when its date line follows", () => {
    // Under four words a headline needs its group around it (a date, a summary, a link or a second headline).
    const { story } = explained(withTail("From the coastal desk", "Ferry fares rise", "Jun 12, 2024", "Seal numbers recover", "Jun 11, 2024"));
    expect(story.moreNews.map((t) => [t.headline, t.published?.date])).toEqual([
      ["Ferry fares rise", "2024-06-12"],
      ["Seal numbers recover", "2024-06-11"],
    ]);
    expect(story.furniture).toEqual(["From the coastal desk"]);
  });

  it("reads summaries under an unknown heading as their teasers' summaries", () => {
    const { story } = explained(withTail("Elsewhere on the site", FERRY, FERRY_SUMMARY, SEALS, SEALS_SUMMARY));
    expect(story.moreNews.map((t) => [t.headline, t.summary])).toEqual([
      [FERRY, FERRY_SUMMARY],
      [SEALS, SEALS_SUMMARY],
    ]);
  });

  it.each([["Related"], ["Trending"]])("reads a list of headlines alone under %s as headline-only teasers", (heading) => {
    const { story } = explained(withTail(heading, FERRY, SEALS, HARBOUR));
    expect(story.moreNews).toEqual([FERRY, SEALS, HARBOUR].map((headline) => ({ headline, summary: null, dateline: null, published: null })));
    expect(story.furniture).toEqual([heading]);
  });

  it("reads a headline repeated right under itself as one teaser", () => {
    const { story } = explained(withTail("Related", FERRY, FERRY, SEALS));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY, SEALS]);
    expect(story.furniture).toEqual(["Related", FERRY]);
  });
});

describe("lines that are never teasers", () => {
  it("does not read promotions, calls to action, menus, tag lists, footer links or account links under a heading as teasers", () => {
    const tail = [
      "More news",
      "Win a weekend for two on the northern islands",
      "Enter the draw ›",
      "Subscribe to our newsletter for the latest island news",
      "Sign up for breaking news alerts on your phone",
      "Home",
      "Sport",
      "Weather",
      "Travel",
      "lighthouses",
      "islands",
      "heritage",
      "Privacy Policy",
      "Terms and Conditions",
      "Manage my account",
      "Log in to your account",
    ];
    const { story } = explained(withTail(...tail));
    expect(story.moreNews).toEqual([]);
    expect(story.furniture).toEqual(tail);
  });

  it("reads no entry of a TV guide or a programme, a clock time first, as a teaser", () => {
    const guide = ["18:30 · World Report", "19:00 · Island Weather Special", "21:00 Late news from the harbour"];
    const { story } = explained(withTail("More news", FERRY, "Jun 12, 2024", "Tonight on Isles TV", ...guide));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(story.furniture).toEqual(expect.arrayContaining(guide));
  });

  it.each([
    ["a time later in the title", "Ferry leaves at 18:30 as winter timetable starts"],
    ["a year first", "2024 storms cost the islands a record sum"],
    ["a score first", "3-1 win sends islanders into the cup final"],
  ])("still reads a title with %s as a teaser", (_what, title) => {
    const { story } = explained(withTail("More news", title, "Jun 12, 2024", SEALS, "Jun 11, 2024"));
    expect(story.moreNews.map((t) => t.headline)).toEqual([title, SEALS]);
  });

  it("ends a teaser block at a menu and footer links: only the real teaser counts", () => {
    const menu = ["Home", "Sport", "Weather", "Travel", "Privacy Policy", "Terms and Conditions"];
    const { story } = explained(withTail("More news", FERRY, "Jun 12, 2024", ...menu));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(story.furniture).toEqual(["More news", ...menu]);
  });

  it("reads nothing after a copyright footer as a teaser, and notes tail:footer-closes-teasers", () => {
    const footer = "© 2024 Northern Isles Media. All rights reserved.";
    const { story, line } = explained(withTail("More news", FERRY, "Jun 12, 2024", footer, SEALS, "Jun 11, 2024", HARBOUR, "Jun 10, 2024"));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(story.furniture).toEqual(["More news", footer, SEALS, "Jun 11, 2024", HARBOUR, "Jun 10, 2024"]);
    expectRule(line(footer), "tail:footer-closes-teasers");
    expectRule(line(footer), "footer");
  });

  it("reads nothing after a comment thread's heading as a teaser, and notes tail:comments-closes-teasers", () => {
    const { story, line } = explained(withTail("More news", FERRY, "Jun 12, 2024", "Leave a Reply", SEALS, "Jun 11, 2024"));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(story.furniture).toEqual(["More news", "Leave a Reply", SEALS, "Jun 11, 2024"]);
    expectRule(line("Leave a Reply"), "tail:comments-closes-teasers");
  });

  it("reads a comment thread right after the story as furniture, not teasers", () => {
    const heading = '12 comments on "Lighthouse keepers return to remote island"';
    const comments = ["Great news for the island, long may it last", "Jun 12, 2024", "I visited last summer and loved every minute of the trip", "Jun 12, 2024"];
    const { story, line } = explained(withTail(heading, ...comments));
    expect(story.moreNews).toEqual([]);
    expect(story.furniture).toEqual([heading, ...comments]);
    expectRule(line(heading), "comments-heading");
    expectRule(line(heading), "tail:comments-closes-teasers");
  });
});

describe("a name alone after the story", () => {
  it("reads a reporter's name printed alone right after the story as the byline", () => {
    const { story, line } = explained(withTail("Fiona Baird", "More news", FERRY, "Jun 12, 2024"));
    expect(story.byline).toBe("Fiona Baird");
    expect(line("Fiona Baird").role).toBe("byline");
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
  });

  it("does not read a navigation line shaped like a name as the byline", () => {
    const { story, line } = explained(withTail("Complaints Policy", "More news", FERRY, "Jun 12, 2024"));
    expect(story.byline).toBeNull();
    expect(line("Complaints Policy").role).toBe("furniture");
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
  });
});

describe("a teaser's summary", () => {
  it("reads a paragraph right under its teaser's date line as its summary", () => {
    const { story } = explained(withTail("More news", FERRY, "Jun 12, 2024", FERRY_SUMMARY));
    expect(story.moreNews[0]).toMatchObject({ headline: FERRY, summary: FERRY_SUMMARY });
  });

  it("does not read a paragraph parted from its teaser by a share line as its summary", () => {
    const { story, line } = explained(withTail("More news", FERRY, "Jun 12, 2024", "Share this article", FERRY_SUMMARY));
    expect(story.moreNews).toEqual([{ headline: FERRY, summary: null, dateline: null, published: { text: "Jun 12, 2024", date: "2024-06-12", time: null, utcOffset: null } }]);
    expect(line(FERRY_SUMMARY).role).toBe("furniture");
    expect(story.furniture).toEqual(["More news", "Share this article", FERRY_SUMMARY]);
  });
});

describe("a title parted from a paragraph by a share line", () => {
  it("is no teaser on that paragraph's evidence, as a paragraph parted from a date line is no summary", () => {
    // The round trip of the property tests found the two readings disagreeing: the title was taken as a
    // teaser because of the paragraph beyond the share line, and the paragraph was then not its summary.
    const { story, line } = explained(withTail("More news", FERRY, "Jun 12, 2024", SEALS, "Share this article", SEALS_SUMMARY));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(line(SEALS).role).toBe("furniture");
    expect(line(SEALS_SUMMARY).role).toBe("furniture");
  });

  it("is a teaser when its summary stands right under it", () => {
    const { story } = explained(withTail("More news", FERRY, "Jun 12, 2024", SEALS, SEALS_SUMMARY));
    expect(story.moreNews.map((t) => [t.headline, t.summary])).toEqual([[FERRY, null], [SEALS, SEALS_SUMMARY]]);
  });
});

describe("labels and landmarks between the story and its teasers", () => {
  it("keeps a teaser that stands right over an ad slot's label: the label belongs to the slot below it", () => {
    const { story, line } = explained(withTail("More news", FERRY, "Advertisement", SEALS, HARBOUR));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY, SEALS, HARBOUR]);
    expect(line("Advertisement").role).toBe("furniture");
  });

  it("still reads a title over a sponsor's credit as a promotion, not a teaser", () => {
    const { story, line } = explained(withTail("More news", FERRY, "Jun 12, 2024", "Five ways to cut your energy bill this winter", "HomeSaver Energy | Sponsored", SEALS, "Jun 11, 2024"));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY, SEALS]);
    expect(line("Five ways to cut your energy bill this winter").role).toBe("furniture");
  });

  it("closes the page to teasers at a copyright footer right under the story", () => {
    const { story, line } = explained(withTail("© 2024 Northern Isles Media. All rights reserved.", "More news", FERRY, "Jun 12, 2024"));
    expect(story.moreNews).toEqual([]);
    expect(story.body).toHaveLength(2);
    expectRule(line("© 2024 Northern Isles Media. All rights reserved."), "body:footer-ends-story");
    expectRule(line("© 2024 Northern Isles Media. All rights reserved."), "tail:footer-closes-teasers");
    expect(line(FERRY).role).toBe("furniture");
  });
});

describe("what a teaser block holds is the block's, never the story's", () => {
  // A news site's "More news" box that repeats another story's sign-off and byline under its
  // teaser: they belong to that teaser, not to the story above.
  it("reads a sign-off inside a teaser block as furniture, not the story's trailer", () => {
    const { story, line } = explained(withTail("More news", FERRY, FERRY_SUMMARY, "(ANI)", SEALS, SEALS_SUMMARY));
    expect(story.trailer).toBeNull();
    expect(line("(ANI)").role).toBe("furniture");
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY, SEALS]);
  });

  it("keeps the story's own sign-off, before the block, as the trailer", () => {
    const { story } = explained(withTail("(ANI)", "More news", FERRY, FERRY_SUMMARY, "(PTI)"));
    expect(story.trailer).toBe("(ANI)");
    expect(story.furniture).toContain("(PTI)");
  });

  it("reads a byline inside a teaser block as furniture, not the story's byline", () => {
    const { story, line } = explained(withTail("More news", FERRY, "By Fiona Baird", FERRY_SUMMARY, SEALS, SEALS_SUMMARY));
    expect(story.byline).toBeNull();
    expect(line("By Fiona Baird").role).toBe("furniture");
  });

  it("reads the story's byline before the block as the byline", () => {
    const { story } = explained(withTail("By Fiona Baird", "More news", FERRY, FERRY_SUMMARY));
    expect(story.byline).toBe("Fiona Baird");
  });

  it.each([
    ["a menu ended", ["More news", FERRY, "Jun 12, 2024", "Home", "Sport", "Weather"]],
    ["a placeholder emptied", ["Related", "No stories found."]],
  ])("does not read a sign-off or a byline after a block %s as the story's", (_how, block) => {
    const signOff = explained(withTail(...block, "(ANI)"));
    expect(signOff.story.trailer).toBeNull();
    expect(signOff.line("(ANI)").role).toBe("furniture");
    const byline = explained(withTail(...block, "By Fiona Baird"));
    expect(byline.story.byline).toBeNull();
    expect(byline.line("By Fiona Baird").role).toBe("furniture");
  });

  it("does not read a name after an emptied block ('No stories found.') as the reporter's byline", () => {
    const { story, line } = explained(withTail("Related", "No stories found.", "Fiona Baird"));
    expect(story.byline).toBeNull();
    expect(line("Fiona Baird").role).toBe("furniture");
    expect(story.moreNews).toEqual([]);
    expect(story.furniture).toEqual(["Related", "No stories found.", "Fiona Baird"]);
  });

  it("reads a second date line under a teaser as furniture: a teaser has one date", () => {
    const { story, line } = explained(withTail("More news", FERRY, "Jun 12, 2024", "Jun 13, 2024", FERRY_SUMMARY));
    expect(story.moreNews[0]!.published?.date).toBe("2024-06-12");
    expect(line("Jun 13, 2024").role).toBe("furniture");
  });

  it("reads a date line with no teaser above it as furniture", () => {
    const { story, line } = explained(withTail("More news", "Jun 12, 2024", FERRY, FERRY_SUMMARY));
    expect(line("Jun 12, 2024").role).toBe("furniture");
    expect(story.moreNews).toEqual([{ headline: FERRY, summary: FERRY_SUMMARY, dateline: null, published: null }]);
  });

  it("reads the Source line after the story as the source, even after a block", () => {
    const { story } = explained(withTail("More news", FERRY, FERRY_SUMMARY, "Source: Island Times"));
    expect(story.source).toBe("Island Times");
  });
});

describe("teaser headings sites print", () => {
  // Headings of teaser lists seen on news pages; each opens a block of headline-only teasers.
  it.each(["More news", "Related", "Related news", "Related stories", "Related articles", "Read more", "Trending", "More stories", "You may also like", "Latest news", "Also read", "MORE STORIES LIKE THIS ONE", "More like this"])(
    "reads the headlines under %s as teasers",
    (heading) => {
      const { story, line } = explained(withTail(heading, FERRY, SEALS, HARBOUR));
      expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY, SEALS, HARBOUR]);
      expect(line(heading).role).toBe("furniture");
    },
  );

  // The same headings in other languages: what follows them is teasers, even when their summaries read like
  // the story's paragraphs (a site of quotations prints one long paragraph under each title).
  const QUOTE_1 = "Every morning is a new beginning, and the people who love us most are those who remind us of it on the days we forget, with a word, a look or a small kindness that asks for nothing back.";
  const QUOTE_2 = "Patience is not waiting in silence; it is keeping faith while the work goes on, trusting that what is planted with care will grow in its own season, whatever the weather of the year.";
  it.each(["Related links:", "Você pode gostar...", "Leia também", "Te puede interesar", "À lire aussi", "Mehr zum Thema", "Leggi anche", "Lees ook", "Baca juga"])(
    "ends the story at %s and reads the titles and summaries under it as teasers",
    (heading) => {
      const { story, line } = explained(withTail(heading, FERRY, QUOTE_1, SEALS, QUOTE_2));
      expect(line(heading).role).toBe("furniture");
      expect(story.body).not.toContain(QUOTE_1);
      expect(story.moreNews.map((t) => [t.headline, t.summary])).toEqual([[FERRY, QUOTE_1], [SEALS, QUOTE_2]]);
    },
  );
});

describe("a promotion inside a list of headlines", () => {
  const PRIZE = "Island school wins national science prize";
  /** An 80-character sponsor's credit: the longest line read as a button or a credit under a promotion. */
  const CREDIT_80 = "Northern Households Energy and Insulation Services, Aberdeen offices | Sponsored";

  it.each([
    ["a button with an arrow", "Get a quote ›"],
    ["a sponsor's credit of 80 characters", CREDIT_80],
  ])("reads a title over %s as a promotion, and ends the block there", (_, under) => {
    expect(CREDIT_80).toHaveLength(80);
    const { story, line } = explained(withTail("Related", FERRY, PRIZE, under, SEALS, HARBOUR));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(line(PRIZE).role).toBe("furniture");
    expect(line(SEALS).role).toBe("furniture");
  });

  it.each([
    ["a button's words with no arrow", "Get a quote"],
    ["an ad slot's label", "Advertisement"],
  ])("keeps a title over %s as a teaser", (_, under) => {
    const { story, line } = explained(withTail("Related", FERRY, PRIZE, under, SEALS, HARBOUR));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY, PRIZE, SEALS, HARBOUR]);
    expect(line(under).role).toBe("furniture");
  });
});

describe("a quote's values", () => {
  it("are no teaser's title: a title has two words that open with a letter", () => {
    const { story, line } = explained(withTail("Shares of Island Ferries Plc", "£28.96 ▲ 2.29%", "Prices delayed by 15 minutes", "More news", FERRY, FERRY_SUMMARY));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(line("£28.96 ▲ 2.29%").role).toBe("furniture");
    const lettered = explained(withTail("Shares of Island Ferries Plc", "ISFP ▲ 0.8%", "Prices delayed by 15 minutes", "More news", FERRY, FERRY_SUMMARY));
    expect(lettered.story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
  });
});

describe("a promotion with a line of pitch over its button", () => {
  const APPEAL = "Island membership for the new season";
  const PITCH = "Members sail free twice a year and meet the keepers.";

  it("reads a title, one sentence of pitch and a button with an arrow as a promotion, not a teaser", () => {
    const { story, line } = explained(withTail("More news", FERRY, FERRY_SUMMARY, APPEAL, PITCH, "Find out how ›"));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(line(APPEAL).role).toBe("furniture");
    expect(line(PITCH).role).toBe("furniture");
  });

  it("reads a pitch of a sentence's length as a pitch too", () => {
    const long = "Members sail free twice a year, meet the keepers and help to paint the tower.";
    expect(long.length).toBeGreaterThanOrEqual(60);
    const { story } = explained(withTail("More news", FERRY, FERRY_SUMMARY, APPEAL, long, "Find out how ›"));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
  });

  it("keeps a title over its own link line, over two lines of pitch, or over a long line with an arrow", () => {
    const link = explained(withTail("More news", APPEAL, "Continue reading →", FERRY, FERRY_SUMMARY));
    expect(link.story.moreNews.map((t) => t.headline)).toEqual([APPEAL, FERRY]);
    const pitches = explained(withTail("More news", FERRY, FERRY_SUMMARY, APPEAL, PITCH, PITCH.replace("keepers", "crews"), "Find out how ›"));
    expect(pitches.story.moreNews.map((t) => t.headline)).toEqual([FERRY, APPEAL]);
    const long = "Find out how the island trust spends every pound it raises, year by year, since 2009 ›";
    expect(long.length).toBeGreaterThan(80);
    const longer = explained(withTail("More news", FERRY, FERRY_SUMMARY, APPEAL, PITCH, long));
    expect(longer.story.moreNews.map((t) => t.headline)).toEqual([FERRY, APPEAL]);
  });

  it("keeps a teaser whose summary another widget's button follows, and a title over the copyright line", () => {
    const wire = "HARBOUR TOWN (Reuters) - The operator will run two extra sailings a week from November, it said on Wednesday, after a summer of record crossings.";
    const after = explained(withTail("More news", FERRY, wire, "📱 Get the Island News app ›"));
    expect(after.story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    const footer = explained(withTail("More news", FERRY, SEALS, HARBOUR, "© 2024 Island News. All rights reserved."));
    expect(footer.story.moreNews.map((t) => t.headline)).toEqual([FERRY, SEALS, HARBOUR]);
  });
});

describe("the page's last title", () => {
  it("is a teaser right under its known heading", () => {
    const { story, line } = explained(withTail("Related", FERRY));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(line(FERRY).role).toBe("teaser-headline");
  });

  it("is no teaser further down the block, after a teaser with its date line", () => {
    const { story, line } = explained(withTail("More news", FERRY, "Jun 12, 2024", SEALS));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY]);
    expect(line(SEALS).role).toBe("furniture");
  });
});

describe("what a teaser holds, and what closes or empties a block", () => {
  it("gives a teaser one summary: a paragraph under its date line, after its summary, is furniture", () => {
    const { story, line } = explained(withTail("More news", FERRY, FERRY_SUMMARY, "Jun 12, 2024", SEALS_SUMMARY, SEALS, "Jun 11, 2024"));
    expect(story.moreNews.map((t) => [t.headline, t.summary, t.published?.date])).toEqual([
      [FERRY, FERRY_SUMMARY, "2024-06-12"],
      [SEALS, null, "2024-06-11"],
    ]);
    expect(line(SEALS_SUMMARY).role).toBe("furniture");
  });

  it("reads no headline group after an emptied block as a teaser: the block ended at 'No stories found.'", () => {
    const { story, line } = explained(withTail("Related", "No stories found.", FERRY, "Jun 12, 2024", SEALS, "Jun 11, 2024"));
    expect(story.moreNews).toEqual([]);
    expect(line(FERRY).role).toBe("furniture");
    expect(line("Jun 12, 2024").role).toBe("furniture");
  });

  it("reads a name as the byline only on the first text line after the story, not after a link line", () => {
    const { story, line } = explained(withTail("Photo gallery: life on the island", "Fiona Grant"));
    expect(story.byline).toBeNull();
    expect(line("Fiona Grant").role).toBe("furniture");
  });

  it("notes only the first line that closes the page to teasers", () => {
    const footer = "© 2024 Northern Isles Media. All rights reserved.";
    const { line } = explained(withTail("Comments", footer, "Privacy policy"));
    expectRule(line("Comments"), "tail:comments-closes-teasers");
    expect(line(footer).rules.map((r) => r.name)).not.toContain("tail:footer-closes-teasers");
    expect(line(footer).role).toBe("furniture");
  });
});

describe("a menu under a teaser heading", () => {
  it("of three labels of three words or more is no list of teasers, nor is the title over it a teaser", () => {
    const { story, line } = explained(withTail("Related", FERRY, "Weather and Tides", "Ferry Timetable Today", "Island Events Calendar"));
    expect(story.moreNews).toEqual([]);
    expect(line("Ferry Timetable Today").role).toBe("furniture");
  });

  it("of two such labels is read as headlines", () => {
    const { story } = explained(withTail("Related", FERRY, "Weather and Tides", "Ferry Timetable Today"));
    expect(story.moreNews.map((t) => t.headline)).toEqual([FERRY, "Weather and Tides", "Ferry Timetable Today"]);
  });
});

describe("a time stamp among teasers", () => {
  it("is never a teaser's headline, whatever its words", () => {
    const { story, line } = explained(withTail("Related", FERRY, "Last updated at 10:42 GMT", SEALS));
    expect(line("Last updated at 10:42 GMT").role).toBe("furniture");
    expect(story.moreNews.map((t) => t.headline)).not.toContain("Last updated at 10:42 GMT");
  });
});

describe("a sign-off or a byline after the story's last line", () => {
  it.each([
    ["a sign-off, the story's trailer", "(AFP)", { trailer: "(AFP)", byline: null }],
    ["a byline, the story's byline", "By Fiona Grant", { trailer: null, byline: "Fiona Grant" }],
  ])("under a link line that ended the story is %s", (_, closing, expected) => {
    const { story, line } = explained(withTail("Photo gallery: life on the island", closing));
    expect(story).toMatchObject(expected);
    expect(line("Photo gallery: life on the island").role).toBe("furniture");
    expect(line(closing).role).toBe(expected.trailer !== null ? "trailer" : "byline");
  });
});
