/**
 * The body of the story (src/stages/07-body.ts; SPEC.md Behaviour 3, 7, 9):
 * where the body ends (its running text ends, a sign-off, a short line with
 * no prose after it, the next story of a listing page), what inside it is
 * furniture (a "Related" box, ad, share and newsletter lines) and what stays
 * (a subheading over prose, a table-like last paragraph before "Reuter").
 * Each test is an invented page, and asserts the outcome and the rule
 * `explain` notes for it.
 */
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";
import { expectNoRule, expectRule, explained, page } from "./support/stages.js";

const HEADLINE = "Lighthouse keepers return to remote island";
const OPENING =
  "ABERDEEN, Scotland (Reuters) - Two keepers moved back into the lighthouse on the northern island on Monday, the first to live there since the light was automated more than thirty years ago, as part of a project to restore the buildings.";
const SECOND = "The trust that owns the island said the pair would run a small visitor centre during the summer and record the weather for the national forecasting service.";
const THIRD = "Visitors can reach the island by boat from the harbour twice a week when the sea allows, the trust said, and places are limited to forty people on each crossing.";

/** The body paragraphs of the story above: the opening without its dateline, then the others. */
const FOURTH_AFTER_AD = "The keepers will stay until the end of October, when the last boat of the season leaves the island, the visitor centre closes and the weather station goes back to running on its own.";
const FIRST_PARAGRAPH = OPENING.slice("ABERDEEN, Scotland (Reuters) - ".length);

describe("where the body ends", () => {
  it("ends the body where the running text ends, and notes it on the first line after", () => {
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, THIRD, "Photo gallery: life on the island", "Weekend weather outlook"));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    expect(story.furniture).toEqual(["Photo gallery: life on the island", "Weekend weather outlook"]);
    expectRule(line("Photo gallery: life on the island"), "body:running-text-ended");
    expectNoRule(line(THIRD), "body:running-text-ended");
  });

  it("ends the story at a sign-off: it is the trailer, and nothing after it is body", () => {
    const after = "The trust's work on three lighthouses in the north was praised by the judges for its care and for opening the buildings to visitors.";
    const { story, line } = explained(page(HEADLINE, OPENING, THIRD, "(AFP)", "Lighthouse trust wins heritage award", after));
    expect(story.trailer).toBe("(AFP)");
    expect(story.body).toEqual([FIRST_PARAGRAPH, THIRD]);
    expect(story.body).not.toContain(after);
    expect(line("(AFP)").role).toBe("trailer");
    expect(line(after).role).not.toBe("body");
  });

  it("ends the story at a short line with no prose after it, and notes body:no-prose-after", () => {
    const next = "KOLKATA, June 4 (PTI) - Tea prices rose at the weekly auction on Tuesday as buyers from the Middle East stepped up purchases ahead of the festival season, brokers said.";
    const { story, line } = explained(
      page(HEADLINE, OPENING, SECOND, "Keepers' log", "Tea prices climb", next, "Brokers expect prices to stay firm for the rest of the month as rain has cut the second flush in several districts of the hills, the traders' association said."),
    );
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND]);
    expect(line("Keepers' log").role).toBe("furniture");
    expectRule(line("Keepers' log"), "body:no-prose-after");
  });

  it("ends the story where a listing page's next story starts: its headline and dateline paragraph go to moreNews", () => {
    const next = "KOLKATA, June 4 (PTI) - Tea prices rose at the weekly auction on Tuesday as buyers from the Middle East stepped up purchases ahead of the festival season, brokers said, with the best leaf fetching record prices.";
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, "Tea prices climb at auction", next));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND]);
    expect(story.moreNews).toHaveLength(1);
    expect(story.moreNews[0]).toMatchObject({
      headline: "Tea prices climb at auction",
      summary: next.slice("KOLKATA, June 4 (PTI) - ".length),
      dateline: { text: "KOLKATA, June 4 (PTI) -", city: "KOLKATA", agency: "PTI" },
    });
    expect(line("Tea prices climb at auction").role).toBe("teaser-headline");
    expect(line(next).parts?.map((p) => p.role)).toEqual(["teaser-dateline", "teaser-summary"]);
  });
});

describe("an author box under the story", () => {
  const BIO = "Jane Doe has covered the islands for the paper since 2009, and before that reported on fishing and the ferries for a weekly in the north.";
  const TEASERS = ["Related stories", "Island ferry service cut to twice a week", "Trust appeals for volunteers to paint lighthouse"];

  it("ends the story at a heading that names an author box, in any of several languages, and the bio under it", () => {
    for (const heading of ["About the author", "Über den Autor", "Sobre o autor"]) {
      const { story, line } = explained(page(HEADLINE, OPENING, SECOND, heading, BIO, ...TEASERS));
      expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND]);
      expect(story.furniture).toEqual([heading, BIO, "Related stories"]);
      expect(line(BIO).role).toBe("furniture");
      expectRule(line(heading), "body:author-box");
    }
  });

  it("ends the story at an author's note, and reads one under 'About' and the name as the box's bio", () => {
    const note = "Jane Doe is a freelance writer based in Aberdeen who covers the islands.";
    const promo = ["Want more stories like this?", "Every week we send the best of the islands to your inbox, with photos from our readers."];
    const alone = explained(page(HEADLINE, OPENING, SECOND, note, ...promo, ...TEASERS));
    expect(alone.story.body).toEqual([FIRST_PARAGRAPH, SECOND]);
    expect(alone.story.furniture.slice(0, 2)).toEqual([note, promo[0]]);
    expect(alone.line(SECOND).role).toBe("body");
    expectRule(alone.line(note), "body:author-note");
    // Above the story's first paragraph, a note ends nothing.
    const above = explained(page(HEADLINE, note, OPENING, SECOND, THIRD));
    expect(above.story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    const boxed = explained(page(HEADLINE, OPENING, SECOND, "About Jane Doe", note, ...TEASERS));
    expect(boxed.story.body).toEqual([FIRST_PARAGRAPH, SECOND]);
    expectRule(boxed.line("About Jane Doe"), "body:author-box");
  });

  it("keeps a sentence about a journalist that the story's running text follows: it ends nothing", () => {
    const journalist = "Jane Doe is a reporter for the Island Courier who was held for a night on the mainland.";
    const after = "The trust said the keepers would take turns to cross to the mainland each month, weather permitting, and that the lighthouse would never be left empty for more than a day.";
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, journalist, after, THIRD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, journalist, after, THIRD]);
    expectRule(line(journalist), "body:journalist-in-story");
    expectNoRule(line(journalist), "body:author-note");
  });

  it("reads a box's heading on the page's last line as clutter, no box", () => {
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, THIRD, "About the author"));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    expectNoRule(line("About the author"), "body:author-box");
  });

  it("reads a box's heading as one only over a bio: a share line or a title under it ends nothing", () => {
    for (const under of ["Share on WhatsApp", "Ferry timetable for the winter"]) {
      const { story, line } = explained(page(HEADLINE, OPENING, SECOND, "About the author", under, THIRD, FOURTH_AFTER_AD));
      expect(story.body).toContain(THIRD);
      expectNoRule(line("About the author"), "body:author-box");
    }
  });

  it("reads 'About' and a name as a box's heading up to 60 characters", () => {
    // Four capitalised words, the last one grown to the length wanted.
    const heading = (n: number) => "About Annabel Fitzwilliam-Howard Montgomery W" + "o".repeat(n - 45);
    const at60 = heading(60);
    const at61 = heading(61);
    expect(at60).toHaveLength(60);
    expect(at61).toHaveLength(61);
    const bio = (heading: string) => heading.slice("About ".length) + " has covered the islands for the paper since 2009, and before that reported on the ferries for a weekly in the north.";
    expectRule(explained(page(HEADLINE, OPENING, SECOND, at60, bio(at60), ...TEASERS)).line(at60), "body:author-box");
    expectNoRule(explained(page(HEADLINE, OPENING, SECOND, at61, bio(at61), ...TEASERS)).line(at61), "body:author-box");
  });

  it("reads 'About' and a name as an author box only when the paragraph under it names that person", () => {
    const named = explained(page(HEADLINE, OPENING, SECOND, "About Jane Doe", BIO, ...TEASERS));
    expect(named.story.body).toEqual([FIRST_PARAGRAPH, SECOND]);
    expectRule(named.line("About Jane Doe"), "body:author-box");
    // A subheading over the story's own prose stays: no name, or a name its paragraph does not hold.
    for (const heading of ["About the island", "About Tom Smith"]) {
      const kept = explained(page(HEADLINE, OPENING, SECOND, heading, THIRD, ...TEASERS));
      expect(kept.story.body).toEqual([FIRST_PARAGRAPH, SECOND, heading, THIRD]);
      expectNoRule(kept.line(heading), "body:author-box");
    }
  });
});

describe("what inside the story is furniture", () => {
  it("keeps a paragraph of the story about a notice's subject: it addresses no reader", () => {
    const privacy = "The trust changed its privacy policy last year after visitors complained that the booking site shared their details with tour firms, its chairman said.";
    const { story, line } = explained(page(HEADLINE, OPENING, privacy, THIRD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, privacy, THIRD]);
    expect(line(privacy).role).toBe("body");
  });

  it("starts the story at its dateline paragraph under a photo gallery and a teaser box: the captions are no paragraphs", () => {
    const captions = [1, 2, 3].map((n) => `Keepers carry supplies number ${n} up the steps from the jetty to the lighthouse on the northern island on Monday morning. (Jane Doe/The Island Courier via AP)`);
    const box = ["Most Popular", "Island ferry service cut to twice a week", "Trust appeals for volunteers to paint lighthouse"];
    const { story, line } = explained(page(HEADLINE, ...captions, ...box, OPENING, SECOND, THIRD));
    expect(story.headline).toBe(HEADLINE);
    expect(story.dateline?.text).toBe("ABERDEEN, Scotland (Reuters) -");
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    expect(line(captions[0]!).role).toBe("furniture");
  });

  it("reads a caption printed twice over its photo credit as furniture, and a line printed twice with no credit under it by no such rule", () => {
    const caption = "Keepers carry supplies up the steps from the jetty to the lighthouse on the northern island on Monday morning.";
    const credited = explained(page(HEADLINE, OPENING, SECOND, caption, caption, "Photo: Jane Doe, Example Wire", THIRD, FOURTH_AFTER_AD));
    expect(credited.story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD, FOURTH_AFTER_AD]);
    expectRule(credited.line(caption), "body:caption-printed-twice");
    // Its copy up to three lines away (a credit and a counter between), and no copy: a paragraph over a credit stays.
    const apart = explained(page(HEADLINE, OPENING, SECOND, caption, "Photo: Jane Doe, Example Wire", "Image 1 of 4", caption, "Photo: Jane Doe, Example Wire", THIRD, FOURTH_AFTER_AD));
    expectRule(apart.line(caption), "body:caption-printed-twice");
    const single = explained(page(HEADLINE, OPENING, SECOND, "Photo: Jane Doe, Example Wire", THIRD, FOURTH_AFTER_AD));
    expect(single.story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD, FOURTH_AFTER_AD]);
    // Without a credit under it, the line printed twice is no caption by this rule (locate weighs repeats).
    const uncredited = explained(page(HEADLINE, OPENING, SECOND, caption, caption, THIRD, FOURTH_AFTER_AD));
    expectNoRule(uncredited.line(caption), "body:caption-printed-twice");
  });

  it("starts a story with no dateline after the photo captions above it: a bracketed image note marks a caption", () => {
    const caption = "Keepers unload supplies at the island's jetty. [Image for representational purpose only]";
    const { story, line } = explained(page(HEADLINE, caption, caption + " File: Example Wire", SECOND, THIRD));
    expect(story.body).toEqual([SECOND, THIRD]);
    expect(line(caption).role).toBe("furniture");
    expectRule(line(caption), "aside");
  });

  it("reads a Related box between paragraphs as furniture, and goes on with the story after it", () => {
    const box = ["Related", "Island ferry service cut to twice a week", "Trust appeals for volunteers to paint lighthouse"];
    const { story, line } = explained(page(HEADLINE, OPENING, ...box, SECOND, THIRD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    expect(story.furniture).toEqual(box);
    expect(story.moreNews).toEqual([]);
    expectRule(line("Related"), "body:box-inside-story");
  });

  it("keeps a list the story introduces with a lead-in and a colon; a short heading over titles is a box", () => {
    const items = ["Record the weather four times a day", "Run the visitor centre in the summer months"];
    const listed = explained(page(HEADLINE, OPENING, "Here is what to know:", ...items, SECOND, THIRD));
    expect(listed.story.body).toEqual([FIRST_PARAGRAPH, "Here is what to know:", ...items, SECOND, THIRD]);
    const boxed = explained(page(HEADLINE, OPENING, "Island Life", ...items, SECOND, THIRD));
    expect(boxed.story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    expectRule(boxed.line("Island Life"), "body:box-inside-story");
  });

  it.each([
    ["of three words with no colon", "More island news"],
    ["of two words with a colon", "Island life:"],
  ])("reads a heading %s over titles as a box, no lead-in", (_, heading) => {
    const items = ["Record the weather four times a day", "Run the visitor centre in the summer months"];
    const { story, line } = explained(page(HEADLINE, OPENING, heading, ...items, SECOND, THIRD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    expectRule(line(heading), "body:box-inside-story");
  });

  it("ends the story at a comment thread's heading, and notes body:comments-ends-story", () => {
    const comment = "I have taken the boat to the island every summer for twenty years and I am glad to hear there will be keepers on it again.";
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, "3 comments", comment));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND]);
    expectRule(line("3 comments"), "body:comments-ends-story");
  });

  it("reads ad, share and newsletter lines between paragraphs as furniture, and goes on with the story", () => {
    const clutter = ["Advertisement", "Share on WhatsApp", "Sign up for our morning newsletter"];
    const { story, line } = explained(page(HEADLINE, OPENING, ...clutter, SECOND, THIRD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    expect(story.furniture).toEqual(clutter);
    // Why: the locate stage weighs them as asides (the third in a row as part of a block), not as story lines.
    expectRule(line("Advertisement"), "aside");
    expectRule(line("Share on WhatsApp"), "aside");
    expectRule(line("Sign up for our morning newsletter"), "aside-in-block");
  });

  it("keeps a subheading followed by prose in the body", () => {
    const { story, line } = explained(page(HEADLINE, OPENING, "A new life for an old light", SECOND, THIRD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, "A new life for an old light", SECOND, THIRD]);
    expect(line("A new life for an old light").role).toBe("body");
    expectNoRule(line("A new life for an old light"), "body:no-prose-after");
  });
});

describe("the end of a wire story", () => {
  it("reads a (ANI) glued to the last paragraph as the trailer, and the paragraph without it as body", () => {
    const last = "The section took four years to build because of landslides during two monsoon seasons, the minister told reporters at the opening.";
    const { story, line } = explained(
      page(
        "Minister opens new highway section in the hills",
        "Shimla [India], June 4 (ANI): The state's public works minister on Tuesday opened a new section of the highway that cuts travel time between the two hill towns by almost an hour, officials said.",
        `${last} (ANI)`,
        "Read more: Hill towns prepare for tourist season",
      ),
    );
    expect(story.trailer).toBe("(ANI)");
    expect(story.body.at(-1)).toBe(last);
    expect(story.dateline).toMatchObject({ city: "Shimla", country: "India", agency: "ANI" });
    expect(line(`${last} (ANI)`).parts).toEqual([
      { role: "body", text: last },
      { role: "trailer", text: "(ANI)" },
    ]);
    expect(story.furniture).toContain("Read more: Hill towns prepare for tourist season");
  });

  it("keeps a table-like last paragraph right before Reuter in the body: the run is pulled to the sign-off", () => {
    const table = "Norland 2,410 (2,380), Eastmark 1,920 (1,915), Valdia 870 (860), Sorea 655 (650), Kestra 1,200 (1,190), Ormen 410 (405), Lusa 390 (380), Tarvik 150 (150).";
    const { story, line } = explained(
      page(
        "Oil output quotas held for the quarter",
        "LONDON, March 9 - The group's members agreed on Monday to keep their output quotas unchanged for the next quarter, the group's secretariat said in a statement issued after a meeting lasting two days.",
        table,
        "Reuter",
      ),
    );
    expect(story.body.at(-1)).toBe(table);
    expect(story.trailer).toBe("Reuter");
    expect(line(table).role).toBe("body");
    // Why: by its own weight the table is no story line (a list), but the sign-off right after it pulls the run to it.
    expectRule(line(table), "list");
    expectRule(line(table), "run-pulled-to-sign-off");
  });
});

describe("a credit and a link glued to a paragraph inside the story", () => {
  it("keeps the credit in the paragraph, and reads the link after it as furniture, when the story goes on", () => {
    const glued = `${SECOND} (PTI) Read more`;
    const { story, line } = explained(page(HEADLINE, OPENING, glued, THIRD, FOURTH_AFTER_AD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, `${SECOND} (PTI)`, THIRD, FOURTH_AFTER_AD]);
    expect(story.furniture).toEqual(["Read more"]);
    expect(story.trailer).toBeNull();
    expect(line(glued).parts).toEqual([
      { role: "body", text: `${SECOND} (PTI)` },
      { role: "furniture", text: "Read more" },
    ]);
  });
});

describe("a box after a subheading", () => {
  const FOURTH = "The keepers will stay until the end of October, when the last boat of the season leaves the island and the visitor centre closes for the winter months.";
  it("goes on with the story after a subheading and a Related box between its paragraphs", () => {
    const { story, line } = explained(
      page(HEADLINE, OPENING, SECOND, "A new life for an old light", "Related", "Island ferry service cut to twice a week", "Trust appeals for volunteers to paint lighthouse", THIRD, FOURTH),
    );
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, "A new life for an old light", THIRD, FOURTH]);
    expect(story.moreNews).toEqual([]);
    expectNoRule(line("A new life for an old light"), "body:no-prose-after");
    expectRule(line("Related"), "body:box-inside-story");
    expect(line("Island ferry service cut to twice a week").role).toBe("furniture");
  });
});

describe("a box with an ad slot after it", () => {
  it("goes on with the story when an ad slot stands between the two paragraphs after a Related box", () => {
    const { story, line } = explained(
      page(HEADLINE, OPENING, SECOND, "Related", "Island ferry service cut to twice a week", "Trust appeals for volunteers to paint lighthouse", THIRD, "Advertisement", FOURTH_AFTER_AD),
    );
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD, FOURTH_AFTER_AD]);
    expect(line("Advertisement").role).toBe("furniture");
    expect(story.moreNews).toEqual([]);
  });
});

describe("a reader poll between paragraphs", () => {
  /** A question of exactly `length` characters. */
  const question = (length: number): string => {
    const words = "Should the island keep its ferry running all year round, even when the winter gales close the harbour for weeks on end and the crossing costs the trust more than it earns from its visitors".split(" ");
    let text = words[0]!;
    for (const w of words.slice(1)) if (text.length + 1 + w.length < length) text += ` ${w}`;
    return text.padEnd(length - 1, "s") + "?";
  };

  it.each([
    [40, "furniture"],
    [160, "furniture"],
    [161, "body"],
  ])("reads a question of %i characters over Yes / No / Not sure as the poll's (%s)", (length, role) => {
    const q = question(length);
    expect(q).toHaveLength(length);
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, q, "Yes", "No", "Not sure", THIRD, FOURTH_AFTER_AD));
    expect(line(q).role).toBe(role);
    expect(story.body).toEqual(role === "body" ? [FIRST_PARAGRAPH, SECOND, q, THIRD, FOURTH_AFTER_AD] : [FIRST_PARAGRAPH, SECOND, THIRD, FOURTH_AFTER_AD]);
    expect(story.furniture).toEqual(role === "body" ? ["Yes", "No", "Not sure"] : [q, "Yes", "No", "Not sure"]);
  });

  it("keeps a line that asks nothing over the options: only a question is a poll's", () => {
    const said = "Readers were asked whether the island should keep its ferry all year round.";
    const { story } = explained(page(HEADLINE, OPENING, SECOND, said, "Yes", "No", "Not sure", THIRD, FOURTH_AFTER_AD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, said, THIRD, FOURTH_AFTER_AD]);
  });

  it("keeps a question the story asks: no poll's options under it, or none at all at the page's end", () => {
    const asked = "Should the island keep its ferry?";
    expect(explained(page(HEADLINE, OPENING, SECOND, asked, THIRD)).story.body).toEqual([FIRST_PARAGRAPH, SECOND, asked, THIRD]);
    const last = "What will the keepers do when the winter comes?";
    expect(explained(page(HEADLINE, OPENING, SECOND, THIRD, last)).story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD, last]);
  });
});

describe("a short line the page prints again elsewhere", () => {
  /** The line between the second and third paragraphs, and its copy under the story. */
  const withCopy = (between: string, copy: string) => explained(page(HEADLINE, OPENING, SECOND, between, THIRD, FOURTH_AFTER_AD, copy));

  it.each([
    ["four words, printed twice", "Keepers of the light", "Keepers of the light"],
    ["in capitals and spaced apart the second time", "Keepers of the light", "KEEPERS  OF THE LIGHT"],
    ["eight words", "Keepers of the light on the northern island", "Keepers of the light on the northern island"],
    ["80 characters", "Lighthouse keepers’ remarkable correspondence photographed across northern isles", "Lighthouse keepers’ remarkable correspondence photographed across northern isles"],
  ])("is a slot of the page, not a subheading: %s", (_, between, copy) => {
    const { story, line } = withCopy(between, copy);
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD, FOURTH_AFTER_AD]);
    expect(line(between).role).toBe("furniture");
  });

  it.each([
    ["nine words", "Keepers of the light on the far northern island"],
    ["81 characters", "Lighthouse keepers’ remarkable correspondences photographed across northern isles"],
  ])("stays a subheading when it is longer: %s", (_, between) => {
    const { story, line } = withCopy(between, between);
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, between, THIRD, FOURTH_AFTER_AD]);
    expect(line(between, 1).role).toBe("furniture");
  });

  it("stays a subheading when no other line repeats it", () => {
    const { story } = withCopy("Keepers of the light", "Weather for the islands");
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, "Keepers of the light", THIRD, FOURTH_AFTER_AD]);
  });
});

describe("a brief with no running text, and its reporter's name", () => {
  const BRIEF = "The keepers arrived on the island on Monday.";

  it("reads a name alone under the brief's one sentence as its byline", () => {
    const { story, line } = explained(page(HEADLINE, BRIEF, "Fiona Grant"));
    expect(story.body).toEqual([BRIEF]);
    expect(story.byline).toBe("Fiona Grant");
    expect(line("Fiona Grant").role).toBe("byline");
  });

  it("reads the name as the byline when a menu item follows it, which is not the story's", () => {
    const { story, line } = explained(page(HEADLINE, BRIEF, "Fiona Grant", "Weather"));
    expect(story.body).toEqual([BRIEF]);
    expect(story.byline).toBe("Fiona Grant");
    expect(line("Weather").role).toBe("furniture");
  });

  it("reads the name as the byline when only an ad slot follows it", () => {
    const { story, line } = explained(page(HEADLINE, BRIEF, "Fiona Grant", "Advertisement"));
    expect(story.body).toEqual([BRIEF]);
    expect(story.byline).toBe("Fiona Grant");
    expect(line("Advertisement").role).toBe("furniture");
  });

  it("keeps the name as a line of the brief when a byline stands above it", () => {
    const { story, line } = explained(page(HEADLINE, BRIEF, "By Ewan Grant", "Fiona Grant"));
    expect(story.byline).toBe("Ewan Grant");
    expect(line("By Ewan Grant").role).toBe("byline");
    expect(story.body).toEqual([BRIEF, "Fiona Grant"]);
  });
});

describe("a page with no running text, and a box on it", () => {
  const BRIEF = "The keepers arrived on the island on Monday.";

  it("reads a heading the body opens with as a box, and the sentences under it as the story", () => {
    const title = "Ferry timetable for the winter months";
    const { story, line } = explained(page(title, "Related", "The ferry runs twice a week.", "Book early."));
    expect(story.headline).toBe(title);
    expect(story.body).toEqual(["The ferry runs twice a week.", "Book early."]);
    expect(story.furniture).toEqual(["Related"]);
    expectRule(line("Related"), "body:box-inside-story");
  });

  it("ends the story at a short heading over a headline and its date line, even when the headline is no title", () => {
    const { story, line } = explained(page(HEADLINE, BRIEF, "Island Life", "Ferry fares rise", "Jun 12, 2024"));
    expect(story.body).toEqual([BRIEF]);
    expect(line("Island Life").role).toBe("furniture");
    expect(story.moreNews.map((t) => t.headline)).toEqual(["Ferry fares rise"]);
  });
});

describe("the next story right after the dateline paragraph", () => {
  const TEA = "KOLKATA, June 4 (PTI) - Tea prices rose at the weekly auction on Tuesday as buyers from the Middle East stepped up purchases ahead of the festival season, brokers said.";
  const TEA_MORE = "Brokers expect prices to stay firm for the rest of the month, the traders said in a note to clients.";

  it("ends the story after its dateline paragraph, across an ad slot, when the next paragraph opens with a dateline of its own", () => {
    const { story, line } = explained(page(HEADLINE, OPENING, "Advertisement", TEA, TEA_MORE));
    expect(story.body).toEqual([FIRST_PARAGRAPH]);
    expect(story.dateline?.city).toBe("ABERDEEN");
    expect(line("Advertisement").role).toBe("furniture");
    expect(line(TEA).role).not.toBe("body");
    expect(story.body).not.toContain(TEA_MORE);
  });

  it("goes on when the paragraph after it opens with no dateline", () => {
    const { story } = explained(page(HEADLINE, OPENING, "Advertisement", SECOND, THIRD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
  });
});

describe("a syndication credit glued before the dateline", () => {
  it("is furniture, and the paragraph after the dateline is the story's first", () => {
    const opening = "( MENAFN - Island Times) ABERDEEN, June 3 (Reuters) - Two keepers moved back into the lighthouse on the northern island on Monday, the first to live there since the light was automated.";
    const { story, line } = explained(page(HEADLINE, opening, SECOND, THIRD));
    expect(story.furniture).toEqual(["( MENAFN - Island Times)"]);
    expect(story.dateline).toMatchObject({ text: "ABERDEEN, June 3 (Reuters) -", city: "ABERDEEN", agency: "Reuters" });
    expect(story.body).toEqual([opening.slice(opening.indexOf("Two keepers")), SECOND, THIRD]);
    expect(line(opening).parts?.map((p) => p.role)).toEqual(["furniture", "dateline", "body"]);
  });
});

describe("short lines the story's prose or its closing line follows", () => {
  it("keeps a subheading and the label under it when prose follows both", () => {
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, "A keeper's diary", "Spring", THIRD, FOURTH_AFTER_AD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, "A keeper's diary", "Spring", THIRD, FOURTH_AFTER_AD]);
    expectNoRule(line("Spring"), "body:no-prose-after");
  });

  it("keeps a subheading right over the story's last paragraph", () => {
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, "A new life for an old light", THIRD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, "A new life for an old light", THIRD]);
    expectNoRule(line("A new life for an old light"), "body:no-prose-after");
  });

  it.each([
    ["a Source line", "Source: Island Trust", { source: "Island Trust", trailer: null }],
    ["a sign-off", "(AFP)", { source: null, trailer: "(AFP)" }],
  ])("keeps a short last line of the story right before %s", (_, closing, expected) => {
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, "Island Trust, Aberdeen.", closing));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, "Island Trust, Aberdeen."]);
    expect(story).toMatchObject(expected);
    expectNoRule(line("Island Trust, Aberdeen."), "body:no-prose-after");
  });
});

describe("a story parsed without explain", () => {
  const NEXT = "KOLKATA, June 4 (PTI) - Tea prices rose at the weekly auction on Tuesday as buyers from the Middle East stepped up purchases ahead of the festival season, brokers said, with the best leaf fetching record prices.";
  it.each([
    ["a box inside the story", page(HEADLINE, OPENING, "Related", "Island ferry service cut to twice a week", "Trust appeals for volunteers to paint lighthouse", SECOND, THIRD)],
    ["a short line with no prose after it", page(HEADLINE, OPENING, SECOND, "Keepers' log", "Tea prices climb", NEXT, "Brokers expect prices to stay firm for the rest of the month as rain has cut the second flush in several districts of the hills, the traders' association said.")],
    ["the first story of a listing page, over a heavier one after it", page("Tea prices climb at auction", "Jun 4, 2024", NEXT, "Read more", "Share", "Tweet", "Email", HEADLINE, "Jun 4, 2024", "By Fiona Grant", OPENING, SECOND, THIRD)],
    ["a footer and a comment thread", page(HEADLINE, OPENING, SECOND, "3 comments", "© 2024 Northern Isles Media. All rights reserved.", "More news", "Ferry operator adds winter sailings")],
  ])("is the story parsed with it, less its explain: %s", (_, text) => {
    const { explain, ...withNotes } = parseWireStory(text, { explain: true });
    expect(explain?.length).toBeGreaterThan(0);
    expect(parseWireStory(text)).toEqual(withNotes);
  });
});

describe("a widget set inside the story", () => {
  const body = (...inside: string[]) => explained(page(HEADLINE, OPENING, SECOND, ...inside, THIRD));

  it.each([
    ["a toast over its control word", ["Saved to your list", "Undo"], ["Saved to your list"]],
    ["a quiz's title and its question count over a link", ["Quiz: How well do you know the islands?", "8 questions", "Start ›"], ["Quiz: How well do you know the islands?", "8 questions"]],
    ["a map's note over its control", ["Use two fingers to move the map", "Zoom in"], ["Use two fingers to move the map"]],
  ])("puts %s into furniture, and the story goes on after it", (_what, inside, titles) => {
    const { story, line } = body(...inside);
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    for (const t of titles) expect(story.furniture).toContain(t);
    expectRule(line(titles[0]!), "body:widget-inside-story");
  });

  it("keeps a subheading over the story's prose, and over an ad slot before it", () => {
    expect(body("Life on the rock", FOURTH_AFTER_AD).story.body).toContain("Life on the rock");
    const { story, line } = body("Life on the rock", "Advertisement");
    expect(story.body).toContain("Life on the rock");
    expectNoRule(line("Life on the rock"), "body:widget-inside-story");
  });

  it("never takes a paragraph into the widget", () => {
    expect(body(FOURTH_AFTER_AD, "Undo").story.body).toContain(FOURTH_AFTER_AD);
  });
});

describe("a list of items inside the story (a listicle, a product list)", () => {
  const INTRO_1 =
    "As the year comes to an end, our reviewers picked the kitchen tools they used most, from the cheap to the lavish, and the ones they would buy again without a second thought.";
  const INTRO_2 = "Prices were checked this week and may change; each item links to a shop that had it in stock when we looked.";
  const item = (name: string, what: string) => [
    `${name} for $${what.length}`,
    "See it now: Example Shop",
    `The ${name.toLowerCase()} ${what} It earned its place on the counter within a week, and nobody on the team has put it back in the cupboard since, which says more than any test could.`,
  ];
  const ITEMS = [
    item("Cast-iron pan", "heats evenly, goes from the hob into the oven and will outlive its owner if it is dried after washing."),
    item("Chef's knife", "holds its edge through a month of onions and is light enough for a long evening of chopping."),
    item("Stand mixer", "kneads bread dough without walking across the worktop and whips cream in under a minute."),
  ];
  const LISTICLE = page("Kitchen tools our reviewers loved this year", "By Jane Doe", INTRO_1, INTRO_2, ...ITEMS.flat(), "Related Stories", "Ten gadgets for the camping season");

  it("keeps every item, its name and its paragraph, in the body, the last item too; the shop's line printed for every item is furniture", () => {
    const { story } = explained(LISTICLE);
    expect(story.body).toEqual([INTRO_1, INTRO_2, ...ITEMS.flatMap(([name, , paragraph]) => [name, paragraph])]);
    expect(story.furniture.filter((f) => f.startsWith("See it now"))).toHaveLength(3);
    expect(story.moreNews.map((t) => t.headline)).toEqual(["Ten gadgets for the camping season"]);
  });

  it("weighs each item's paragraph as running text beside the next item's, not as an isolated paragraph", () => {
    const { line } = explained(LISTICLE);
    expectRule(line(ITEMS[1]![2]!), "running-text");
    expectNoRule(line(ITEMS[1]![2]!), "isolated-running-text");
  });

  it("reads a box between a paragraph that follows another and a lone paragraph as furniture: the paragraph before it is no item's", () => {
    const FIFTH = "The trust hopes to open a second lighthouse on a neighbouring island next year if the first season pays for itself, its director said.";
    const { story } = explained(
      page(HEADLINE, OPENING, SECOND, "More from the islands", "Keepers share their first week on the rock in photos", THIRD, "Island radio", "Episode 12: a winter on the rock", "Play ›", FOURTH_AFTER_AD, FIFTH),
    );
    expect(story.body).not.toContain("More from the islands");
    expect(story.furniture).toContain("Keepers share their first week on the rock in photos");
  });

  it("reads a box as furniture when the paragraph under it has another right after it, whatever stands before the box", () => {
    const ITEM_1 = ITEMS[0]!;
    const { story } = explained(page(HEADLINE, OPENING, ...ITEM_1, "More from the islands", "Keepers share their first week on the rock in photos", THIRD, FOURTH_AFTER_AD));
    expect(story.furniture).toContain("Keepers share their first week on the rock in photos");
  });

  it("still reads a box inside the story as furniture when the story's prose resumes after it in two paragraphs in a row", () => {
    const { story } = explained(page(HEADLINE, OPENING, SECOND, "View this post on Instagram", "A post shared by Jane Doe (@janedoe)", THIRD, FOURTH_AFTER_AD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD, FOURTH_AFTER_AD]);
    expect(story.furniture).toContain("View this post on Instagram");
  });
});

describe("a map embedded in the story", () => {
  it("keeps the story going past the map's credit, its © no page footer; the credit and its links are furniture", () => {
    const { story } = explained(page(HEADLINE, OPENING, SECOND, "Map data ©2024 Google", "Terms", "Report a map error", THIRD, FOURTH_AFTER_AD));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD, FOURTH_AFTER_AD]);
    expect(story.furniture).toEqual(expect.arrayContaining(["Map data ©2024 Google", "Report a map error"]));
  });
});

describe("death notices under the story", () => {
  it("ends the story at their heading: the notices are no paragraphs of it", () => {
    const notice = "Dearly loved mother and grandmother, passed away peacefully at home on Saturday, aged 91. Funeral at St Mary's on Friday at 11am.";
    const { story } = explained(page(HEADLINE, OPENING, SECOND, THIRD, "Death notices", notice));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
    expect(story.body).not.toContain(notice);
  });
});

describe("a chart's box between the story's last paragraphs and its sign-off", () => {
  const CHART = ["Interactive chart", "Tap the lines to see the values", "Download the data ›"];
  const LAST = "The trust said the figures for the summer would be published in the autumn, once the last boat of the season had left the island.";

  it("pulls the run over the box to the sign-off, and reads the box as a widget inside the story", () => {
    const { story, line } = explained(page(HEADLINE, OPENING, SECOND, THIRD, ...CHART, LAST, "Reuter"));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD, LAST]);
    expect(story.trailer).toBe("Reuter");
    expect(story.furniture).toEqual(CHART);
    expectRule(line(CHART[0]!), "body:widget-inside-story");
    expectRule(line(CHART[0]!), "run-pulled-to-sign-off");
  });

  it("ends the story at a box with no prose and no sign-off after it", () => {
    const { story } = explained(page(HEADLINE, OPENING, SECOND, THIRD, ...CHART));
    expect(story.body).toEqual([FIRST_PARAGRAPH, SECOND, THIRD]);
  });
});
