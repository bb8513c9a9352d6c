/**
 * Stage 4, what each line looks like (src/stages/04-measure.ts): the shape
 * of typical lines (running, sentence, short-sentence, title, label,
 * fragment; CJK running text; ALL-CAPS prose), the runs and repeats read off
 * a page (labelRun, titleRun, repeats, hard-wrapped paragraphs), the
 * landmarks (footer, comments, stamp), and boundary tables for the
 * thresholds: RUNNING_TEXT_CHARS, SENTENCE_CHARS, LABEL_WORDS (and the label's
 * 40 characters) and PROSE_FUNCTION_SHARE, each at, under and over.
 */
import { describe, expect, it } from "vitest";
import { endsSentence, LABEL_WORDS, PROSE_FUNCTION_SHARE, RUNNING_TEXT_CHARS, SENTENCE_CHARS } from "../src/stages/04-measure.js";
import { htmlToPage } from "../src/html/page.js";
import { CTX, measureOne, page, stage } from "./support/stages.js";

describe("the shape of a line", () => {
  it.each([
    ["running", "a paragraph of prose", "Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high."],
    ["sentence", "a sentence of sixty characters or more", "The council said the new bridge would open to traffic in the late summer."],
    ["short-sentence", "a short sentence", "He declined to comment on the report."],
    ["short-sentence", "a four-word sentence", "Officials gave no details."],
    ["title", "a headline", "Russia, N Korea agree on mutual support if attacked"],
    ["title", "a headline without a verb", "Record heat across the southern plains"],
    ["label", "a section name", "World"],
    ["label", "a two-word button", "Sign in"],
    ["fragment", "a row of numbers", "1,234 | 5.6% | 7:30"],
    ["title", "a ranked list glued on one line", "1 120-year-old photo sparks theories about the activist 2 Aides left notes for the new staff, officials said 3 Two guards to be charged over the death in custody 4 Video shows the stolen signs"],
    ["running", "a paragraph that opens with a count", "1 person died and 2 were hurt when the bus overturned on the coast road on Tuesday, and 3 Others were treated at the scene for cuts and bruises, police said in a statement."],
    ["running", "Chinese running text", "城市议会周二批准了一项新的交通计划，将在五年内关闭历史中心区的私家车通行，居民和送货车辆除外，反对派议员表示这将伤害小商店。"],
    ["running", "Japanese running text", "東京都は月曜日、住宅地での民泊を週末に限る新しい規則を決めた。住民から騒音やごみの苦情が相次いでいたためで、規則は十月に施行される。"],
    ["title", "a headline with an acronym's dots before a dash and a lower-case word", "Keep C.A.L.M. - harbour festival opens on Friday 2024"],
    ["short-sentence", "a sentence with a credit glued on after a dash", "Talks went on late. – Gulf News Agency"],
    ["running", "ALL-CAPS prose", "THE PRESIDENT SAID ON MONDAY THAT THE GOVERNMENT WOULD RAISE THE MINIMUM WAGE BY TEN PERCENT FROM JANUARY AND CUT TAXES FOR SMALL FIRMS IN THE POOREST REGIONS."],
  ])("reads %s: %s", (shape, _what, text) => {
    expect(measureOne(text).shape).toBe(shape);
  });

  it("counts the function words of ALL-CAPS prose, which are capitals too", () => {
    const f = measureOne("THE PRESIDENT SAID ON MONDAY THAT THE GOVERNMENT WOULD RAISE THE MINIMUM WAGE BY TEN PERCENT FROM JANUARY AND CUT TAXES FOR SMALL FIRMS IN THE POOREST REGIONS.");
    expect(f.words).toBe(28);
    expect(f.functionShare).toBeCloseTo(11 / 28, 10);
  });

  it("does not read a short Chinese title as running text", () => {
    expect(measureOne("城市议会批准新交通计划").shape).not.toBe("running");
  });

  it("reads every line of a hard-wrapped paragraph as running text", () => {
    const { features } = stage(
      page(
        "The regional court on Monday directed the authorities to",
        "consider a plea by fishermen for compensation after the oil spill, and to",
        "report back within six weeks with a plan for cleaning the beaches.",
      ),
    );
    expect(features.map((f) => f.shape)).toEqual(["running", "running", "running"]);
  });
});

describe("boundary tables", () => {
  /** A prose sentence whose length is set by the island at its end. */
  const prose = (island: string): string => `The ferry company said on Monday that it would add two winter sailings a week to the islands from November, after a campaign by the residents of ${island}.`;

  it.each([
    ["under", prose("Hoy"), RUNNING_TEXT_CHARS - 1, "sentence"],
    ["at", prose("Yell"), RUNNING_TEXT_CHARS, "running"],
    ["over", prose("Foula"), RUNNING_TEXT_CHARS + 1, "running"],
  ])("RUNNING_TEXT_CHARS (150): prose %s the limit", (_where, text, length, shape) => {
    expect(RUNNING_TEXT_CHARS).toBe(150);
    expect(text).toHaveLength(length);
    expect(measureOne(text).shape).toBe(shape);
  });

  it.each([
    ["under", "The council said the new bridge can open to traffic in May.", SENTENCE_CHARS - 1, "short-sentence"],
    ["at", "The council said the new bridge will open to traffic in May.", SENTENCE_CHARS, "sentence"],
    ["over", "The council said the new bridge would open to traffic in May.", SENTENCE_CHARS + 1, "sentence"],
  ])("SENTENCE_CHARS (60): a sentence %s the limit", (_where, text, length, shape) => {
    expect(SENTENCE_CHARS).toBe(60);
    expect(text).toHaveLength(length);
    expect(measureOne(text).shape).toBe(shape);
  });

  it.each([
    ["under", "Sign in", LABEL_WORDS - 1, "label"],
    ["at", "Delhi and Goa", LABEL_WORDS, "label"],
    ["over", "Delhi and Goa Today", LABEL_WORDS + 1, "title"],
  ])("LABEL_WORDS (3): a short line %s the limit", (_where, text, words, shape) => {
    expect(LABEL_WORDS).toBe(3);
    const f = measureOne(text);
    expect(f.words).toBe(words);
    expect(f.shape).toBe(shape);
  });

  it.each([
    ["under", "Wolverhampton Middlesbrough Bournemouth", 39, "label"],
    ["at", "Wolverhampton Middlesbrough Peterborough", 40, "label"],
    ["over", "Wolverhampton Middlesbrough Kidderminster", 41, "title"],
  ])("the label's 40 characters: three words %s the limit", (_where, text, length, shape) => {
    expect(text).toHaveLength(length);
    expect(measureOne(text).shape).toBe(shape);
  });

  // Twenty-five capitalised words, of which two, three or four are short lower-case function words.
  it.each([
    ["under", "Rail Fares Rise Again as Port City Buses Cut Night Routes and Ferry Crews Plan Strike Over Pay Deal Talks With Town Hall Chiefs Today.", 2 / 25, "short-sentence"],
    ["at", "Rail Fares Rise Again as Port City Buses Cut Night Routes and Ferry Crews Plan Strike on Pay Deal Talks With Town Hall Chiefs Today.", 3 / 25, "sentence"],
    ["over", "Rail Fares Rise Again as Port City Buses Cut Night Routes and Ferry Crews Plan Strike on Pay Deal Talks at Town Hall Chiefs Today.", 4 / 25, "sentence"],
  ])("PROSE_FUNCTION_SHARE (0.12): a sentence %s the share", (_where, text, share, shape) => {
    expect(PROSE_FUNCTION_SHARE).toBe(0.12);
    const f = measureOne(text);
    expect(f.words).toBe(25);
    expect(f.functionShare).toBe(share);
    expect(f.shape).toBe(shape);
  });
});

describe("runs and repeats", () => {
  const text = page(
    "World",
    "Business",
    "Sport",
    "Ferry fares to rise in the spring",
    "Council approves budget for new library",
    "New bus lanes open on the ring road",
    "World",
    "Storm damage closes coastal road for a week",
    "WELLINGTON, June 11 (RNZ) - Heavy rain and strong winds closed the coastal road north of the city on Tuesday, and engineers said repairs would take at least a week.",
  );
  const { features } = stage(text);

  it("gives every label of a menu the length of its run", () => {
    expect(features.slice(0, 3).map((f) => [f.shape, f.labelRun])).toEqual([
      ["label", 3],
      ["label", 3],
      ["label", 3],
    ]);
  });

  it("gives a label on its own a run of one, and no label run to other shapes", () => {
    expect(features[6]).toMatchObject({ shape: "label", labelRun: 1 });
    expect(features[3]!.labelRun).toBe(0);
    expect(features[8]!.labelRun).toBe(0);
  });

  it("counts a run of titles, and the title after a label on its own as a run of one", () => {
    expect(features.slice(3, 6).map((f) => f.titleRun)).toEqual([3, 3, 3]);
    expect(features[7]!.titleRun).toBe(1);
    expect(features[0]!.titleRun).toBe(0);
  });

  it("counts how often the same text stands on the page", () => {
    expect(features[0]!.repeats).toBe(2);
    expect(features[6]!.repeats).toBe(2);
    expect(features[1]!.repeats).toBe(1);
  });

  it("counts repeats of lines up to 300 characters, and reads longer ones as printed once", () => {
    const long = "Readers who want to follow the protests can sign up for our daily newsletter on farming and rural affairs, which goes out every weekday morning at seven, and for alerts when the ministry publishes new figures on fuel prices, farm incomes and the harvest, or when unions call new protests on the roads around the capital";
    for (const [length, repeats] of [[300, 2], [301, 1]] as const) {
      const line = long.slice(0, length - 1) + ".";
      expect(line).toHaveLength(length);
      expect(stage(page(line, "Middle line of the page", line)).features.map((f) => f.repeats)).toEqual([repeats, 1, repeats]);
    }
  });

  it("lets a teaser heading's label stand in a run of section labels", () => {
    const staged = stage(page("World", "More news", "Sport"));
    expect(staged.lines[1]!.kind).toBe("heading");
    expect(staged.features.map((f) => f.labelRun)).toEqual([3, 3, 3]);
  });

  it("does not let an account link break into a run of section labels", () => {
    // "Sign in" is clutter, not text: the menu's run stops at it.
    const f = stage(page("World", "Business", "Sign in", "Sport", "Culture")).features;
    expect(f.map((x) => x.labelRun)).toEqual([2, 2, 0, 2, 2]);
  });
});

describe("landmarks", () => {
  it.each([
    ["footer", "© 2024 Northern Isles Media. All rights reserved."],
    ["footer", "Copyright 2024 Example Media"],
    ["footer", "Todos los derechos reservados"],
    ["footer", "Printed and published by Jane Doe on behalf of Example Media Ltd at Example Press, Mumbai."],
    ["footer", "Impressum"],
    ["footer", "Aviso legal"],
    ["footer", "Impressum: Example Media GmbH, Berlin"],
    ["footer", "Aviso legal: Example Media S.L., Madrid"],
    ["comments", "Leave a Reply"],
    ["comments", "12 comments"],
    ["comments", "34 responses to “Keepers return to the island”"],
    ["stamp", "2 hours ago"],
    ["stamp", "Posted Jun 3, 8:19 PM"],
    ["stamp", "marta says:"],
    ["stamp", "Updated"],
  ])("reads a %s landmark: %s", (landmark, text) => {
    expect(measureOne(text).landmark).toBe(landmark);
  });

  it.each([
    ["a headline", "Harbour bridge reopens after repairs"],
    ["a sentence about comments", "The minister's comments drew criticism from the opposition benches on Tuesday."],
    ["a sentence about rights", "Campaigners said the reform would protect the rights of tenants in the capital."],
    ["a map's credit, its © the map data's", "Map data ©2024 Google"],
  ])("does not read %s as a landmark", (_what, text) => {
    expect(measureOne(text).landmark).toBeNull();
  });
});

describe("the end of a sentence", () => {
  it.each([
    ["a full stop", "Prices rose."],
    ["an exclamation mark", "Prices rose!"],
    ["a question mark", "Prices rose?"],
    ["an ellipsis", "Prices rose…"],
    ["an ideographic full stop", "价格上涨。"],
    ["a full-width exclamation mark", "价格上涨！"],
    ["a full-width question mark", "价格上涨？"],
    ["a straight double quote", 'He said "we will stay."'],
    ["a straight single quote", "He said 'we will stay.'"],
    ["a typographic double quote", "He said “we will stay.”"],
    ["a typographic single quote", "He said ‘we will stay.’"],
    ["a closing bracket", "Prices rose (as expected.)"],
    ["a closing square bracket", "Prices rose [as expected.]"],
    ["a closing guillemet", "Il a dit «nous restons.»"],
    ["three closers", "[(He said “we will stay.”)]"],
    ["a credit in brackets glued after it", "Prices rose. (ANI)"],
    ["a credit after an en dash", "Prices rose. – Emirates News Agency, WAM"],
    ["a credit after an em dash", "Prices rose. — WAM"],
    ["a credit after a hyphen", "Prices rose. - WAM"],
    ["a quote closed before a glued credit", "He said “we will stay.” (AFP)"],
  ])("is read after %s", (_what, text) => {
    expect(endsSentence(text)).toBe(true);
  });

  it.each([
    ["no mark", "Prices rose"],
    ["a closed quote with no mark inside", 'He said "we will stay"'],
    ["four closers (only three are looked through)", "[(He said ‘“we will stay.”’)]"],
    ["a credit in brackets with no mark before it", "Prices rose (ANI)"],
    ["a credit after a slash", "Prices rose. / WAM"],
    ["a credit glued with no space", "He said “we will stay.”(AFP)"],
    ["a dash and nothing after it", "Prices rose. –"],
  ])("is not read with %s", (_what, text) => {
    expect(endsSentence(text)).toBe(false);
  });

  it("looks for a glued credit in the last 48 characters: from the space before it to the line's end", () => {
    const at = "Prices rose. (Reporting by Jane Doe; editing by Tom Hale/AP)";
    const over = "Prices rose. (Reporting by Jane Doe; editing by Tom Hale, AP)";
    expect(at.length - at.indexOf(" (")).toBe(48);
    expect(endsSentence(at)).toBe(true);
    expect(over.length - over.indexOf(" (")).toBe(49);
    expect(endsSentence(over)).toBe(false);
  });
});

describe("function words", () => {
  it("counts words of one to three lower-case letters, one mark after them allowed, and nothing longer or mixed", () => {
    // up, the, and: yes; down (four letters), e.g. (a mark inside), 5 (no letter), kW (a capital): no.
    const f = measureOne("Rates: up, the, down and e.g. 5 kW");
    expect(f.words).toBe(8);
    expect(f.functionShare).toBe(3 / 8);
  });

  it("counts no function word in a Title Case line: its short words are capitalised, it is no ALL-CAPS line", () => {
    expect(measureOne("Oil Rises As Port Buses Cut Routes").functionShare).toBe(0);
    expect(measureOne("OIL RISES AS PORT BUSES CUT ROUTES").functionShare).toBe(3 / 7);
  });

  it("skips tabs as well as spaces before a word (a table cell's text)", () => {
    const f = measureOne("Rates \tup the flat");
    expect(f.words).toBe(4);
    expect(f.functionShare).toBe(2 / 4);
  });

  it("counts the short words of an ALL-CAPS line in any case, with an apostrophe inside them, not with a bracket", () => {
    expect(measureOne("IT'S THE VIEW").functionShare).toBe(2 / 3);
    expect(measureOne("IT’S THE VIEW").functionShare).toBe(2 / 3);
    expect(measureOne("VOTE UN NOW").functionShare).toBe(2 / 3);
    expect(measureOne("VOTE (UN) NOW").functionShare).toBe(1 / 3);
  });

  it("reads only the first 160 characters of an ALL-CAPS line, as of any line", () => {
    const text = "HURRICANE ".repeat(16) + "OF THE AND";
    const f = measureOne(text);
    expect(f.words).toBe(16);
    expect(f.functionShare).toBe(0);
  });
});

describe("more boundary tables of the line's shape", () => {
  it.each([
    ["a sentence with a comma and the islands (12 words, 3 function words: a share of 0.25)", "the international shipping consortium can introduce additional winter sailings to northernmost islands", "sentence"],
    ["11 words, under the 12", "the internationally recognised consortium can introduce extraordinary wintertime sailings to archipelagos", "title"],
    ["13 words, 3 function words: a share under 0.25", "the international shipping consortium can introduce additional seasonal winter sailings to northernmost islands", "title"],
    ["two words in three in lower case (10 of 15), exactly", "The International Shipping Consortium Today can add more winter sailings to the far northern islands", "sentence"],
    ["one word in lower case fewer (9 of 15)", "The International Shipping Consortium Today can add more Winter sailings to the far northern islands", "title"],
  ])("a line of prose that lost its full stop: %s", (_what, text, shape) => {
    expect(text.length).toBeGreaterThanOrEqual(100);
    expect(measureOne(text).shape).toBe(shape);
  });

  it.each([
    ["99 characters, no comma", "The ferry company said on Monday that it would add two more winter sailings to the islands from May", "title"],
    ["100 characters, no comma", "The ferry company said on Monday that it would add two more winter sailings to the islands from Mayo", "sentence"],
    ["79 characters, a comma", "The ferry firm said on May 3, that it would add two sailings to the isle of Man", "title"],
    ["80 characters, a comma", "The ferry firm said on May 30, that it would add two sailings to the isle of Man", "sentence"],
  ])("a line of prose that lost its full stop is a sentence from 100 characters, or 80 with a comma inside: %s", (what, text, shape) => {
    expect(text).toHaveLength(Number(what.split(" ")[0]));
    expect(measureOne(text).shape).toBe(shape);
  });

  it("reads a summary cut short with ',...' as a teaser's title up to 300 characters, and longer ones as prose", () => {
    const cut = (last: string) =>
      `The harbour authority said on Monday that container ships would be allowed to use the deepened channel from next month, after a year of dredging work that cost far more than planned and delayed dozens of sailings, and that the work on the northern quay would go on well into the following ${last},...`;
    expect(cut("springs")).toHaveLength(300);
    expect(measureOne(cut("springs")).shape).toBe("title");
    expect(cut("quarters")).toHaveLength(301);
    expect(measureOne(cut("quarters")).shape).toBe("running");
  });

  it("reads a title cut short with a space and an ellipsis as a title; an ellipsis that ends a word ends a sentence", () => {
    expect(measureOne("Jury rules for half of the plaintiffs in the harbour dredging suit …").shape).toBe("title");
    expect(measureOne("Jury rules for half of the plaintiffs in the harbour dredging suit ...").shape).toBe("title");
    expect(measureOne("The harbour master said he had waited for the ships all night and then…").shape).toBe("sentence");
  });

  it.each([
    ["two words", "Prices rose.", "label"],
    ["three words", "Prices rose sharply.", "short-sentence"],
    ["a glued pointer ending with a colon", "Markets closed higher. – Full story:", "title"],
  ])("a short sentence has three words or more and does not end with a colon: %s", (_what, text, shape) => {
    expect(measureOne(text).shape).toBe(shape);
  });

  it("reads a short line with no letter as a fragment, and a long one with letters and no sentence as one too", () => {
    expect(measureOne("12 | 34").shape).toBe("fragment");
    const tags = "Harbour Ferry Port Quay Dredging ".repeat(8).trim();
    expect(tags.length).toBeGreaterThan(250);
    expect(measureOne(tags).shape).toBe("fragment");
    expect(measureOne(tags.slice(0, 250).trim()).shape).toBe("title");
  });

  describe("lines in scripts written without spaces", () => {
    const COMMA = "城市议会周二批准了一项新的交通计划，将在五年内关闭历史中心区的私家车通行，居民和送货车辆除外，反对派";
    it("reads running text from 50 characters with a clause mark in it", () => {
      expect(COMMA).toHaveLength(50);
      expect(measureOne(COMMA).shape).toBe("running");
      expect(measureOne(COMMA.slice(0, 49)).shape).toBe("title");
      // With a sentence's end and no comma.
      expect(measureOne("城市议会周二批准了一项新的交通计划将在五年内关闭历史中心区的私家车通行居民和送货车辆除外反对派议员表示这将伤害小商店。").shape).toBe("running");
      // Neither.
      expect(measureOne("城市议会周二批准了一项新的交通计划将在五年内关闭历史中心区的私家车通行居民和送货车辆除外反对派议员表示这将伤害小商店").shape).toBe("title");
      // A comma at the very end is no clause mark inside the line; one character after it, it is.
      expect(measureOne("城市议会周二批准了一项新的交通计划将在五年内关闭历史中心区的私家车通行居民和送货车辆除外反对派议员表示这将伤害小商店，").shape).toBe("title");
      expect(measureOne("城市议会周二批准了一项新的交通计划将在五年内关闭历史中心区的私家车通行居民和送货车辆除外反对派议员表示这将伤害小商店，和").shape).toBe("running");
    });

    it.each([
      ["城市议会周二批准了新交通计划。", 15, "sentence"],
      ["城市议会周二批准新交通计划。", 14, "title"],
      ["城市议会批准了新的交通计划", 13, "title"],
      ["城市议会批准了新交通计划", 12, "label"],
    ])("reads '%s' (%i characters) as a %s", (text, length, shape) => {
      expect(text).toHaveLength(length);
      expect(measureOne(text).shape).toBe(shape);
    });

    it("reads a line as unspaced when half its letters or more are (a brand name in Latin beside it)", () => {
      // Six Chinese letters and six Latin: unspaced, and 13 characters is a title.
      expect(measureOne("发布了新手机 iPhone").shape).toBe("title");
      // Six and six, one of them a capital ("Huawei"): unspaced too.
      expect(measureOne("发布了新手机 Huawei").shape).toBe("title");
      // Six and nine: read as Latin words, three of them, a label.
      expect(measureOne("发布了新手机 iPhone Pro").shape).toBe("label");
    });
  });
});

describe("more landmarks, and their limits", () => {
  it.each([
    ["footer", "(c) 2024 Northern Isles Media"],
    ["footer", "copyright 2024 Northern Isles Media"],
    ["footer", "Alle Rechte vorbehalten"],
    ["footer", "ALL RIGHTS RESERVED"],
    ["footer", "Tous droits réservés"],
    ["footer", "TOUS DROITS RÉSERVÉS"],
    ["footer", "Tutti i diritti riservati"],
    ["footer", "Todos os direitos reservados"],
    ["comments", "Join the conversation"],
    ["comments", "Join the discussion"],
    ["comments", "Show replies"],
    ["stamp", "Modified Jun 3"],
    ["stamp", "Edited by Jane Doe"],
    ["stamp", "Last updated Jun 3"],
    ["stamp", "First published Jun 3"],
    ["stamp", "published Jun 3"],
    ["stamp", "Read 12 comments on this story"],
    ["stamp", "READ 12 COMMENTS ON THIS STORY"],
    ["stamp", "12 min ago"],
  ])("reads a %s landmark: %s", (landmark, text) => {
    expect(measureOne(text).landmark).toBe(landmark);
  });

  it.each([
    ["a service line", "Customer service"],
    ["a line about a reply", "No reply from the ministry"],
    ["a comment count far into a long line", "The ministry said it had received 12 comments from ferry users and harbour staff by Monday"],
  ])("does not read %s as one", (_what, text) => {
    expect(measureOne(text).landmark).toBeNull();
  });

  const padded = (head: string, tail: string, length: number): string => head + "x".repeat(length - head.length - tail.length) + tail;

  it.each([
    [160, "footer"],
    [161, null],
  ])("reads a footer without © of %i characters as %s (160 at most)", (length, landmark) => {
    const text = padded("Northern Isles Media Ltd, Harbour Road ", ". All rights reserved.", length);
    expect(text).toHaveLength(length);
    expect(measureOne(text).landmark).toBe(landmark);
  });

  it.each([
    [250, "footer"],
    [251, null],
  ])("reads a footer with © of %i characters as %s (250 at most)", (length, landmark) => {
    const text = padded("© 2024 Northern Isles Media ", ".", length);
    expect(text).toHaveLength(length);
    expect(measureOne(text).landmark).toBe(landmark);
  });

  it.each([
    [120, "comments"],
    [121, null],
  ])("reads a comment thread's heading of %i characters as %s (120 at most)", (length, landmark) => {
    const text = padded("Join the conversation about ", "", length);
    expect(measureOne(text).landmark).toBe(landmark);
  });

  it.each([
    [60, "stamp"],
    [61, null],
  ])("reads a stamp of %i characters as %s (60 at most)", (length, landmark) => {
    const text = padded("Read what readers said in 12 comments ", "", length);
    expect(text).toHaveLength(length);
    expect(measureOne(text).landmark).toBe(landmark);
  });
});

describe("hard-wrapped paragraphs", () => {
  const shapes = (...lines: string[]) => stage(lines.join("\n")).features.map((f) => f.shape);
  const FIRST = "The regional court on Monday said";

  it.each([
    ["an ASCII lower-case letter", "authorities to act within a month."],
    ["a 'z'", "zero tolerance applies to the spill."],
    ["an accented lower-case letter", "éleveurs to act within a month."],
    ["'ß'", "ßtraße closures to end soon."],
  ])("joins a line cut mid-sentence to the next when it opens with %s", (_what, next) => {
    expect(shapes(FIRST, next)).toEqual(["sentence", "sentence"]);
  });

  it.each([
    ["a capital", "Éleveurs will act within a month."],
    ["a bracket", "{it would rule on the plea soon."],
    ["a letter-like symbol", "ⓐ it would rule on the plea soon."],
  ])("does not when the next line opens with %s", (_what, next) => {
    expect(shapes(FIRST, next)).toEqual(["title", "short-sentence"]);
  });

  it("joins across one blank line, not two", () => {
    expect(shapes(FIRST, "", "it would rule on the plea soon.")).toEqual(["sentence", "sentence"]);
    expect(shapes(FIRST, "", "", "it would rule on the plea soon.")).toEqual(["title", "short-sentence"]);
  });

  it("needs a cut line of 30 characters or more", () => {
    expect(shapes("The court said on Tuesday that", "it would rule on the plea soon.")).toEqual(["sentence", "sentence"]);
    expect(shapes("The court said on Monday that", "it would rule on the plea soon.")).toEqual(["title", "short-sentence"]);
  });

  it("reads the joined paragraph as running text from 150 characters", () => {
    const first = "The regional court on Monday directed the authorities and the";
    const next = (last: string) => `ministry to report back within six weeks with a plan for cleaning up the polluted ${last}`;
    expect(first.length + next("beaches").length).toBe(150);
    expect(shapes(first, next("beaches"))).toEqual(["running", "running"]);
    expect(shapes(first, next("shores"))).toEqual(["sentence", "sentence"]);
  });
});

describe("clause marks", () => {
  it("counts a comma or colon inside a line as a clause, not one at its end", () => {
    // 85 characters without a sentence's end: a sentence with a clause mark inside (80 needed), a title without (100 needed).
    expect(measureOne("The ferry firm said on Monday, that it would add two more sailings to the isle of Man").shape).toBe("sentence");
    expect(measureOne("Ferry news: the firm said on Monday that it would add two more sailings to the isle of Man").shape).toBe("sentence");
    expect(measureOne("The ferry firm said on Monday that it would add two more sailings to the isle of Man,").shape).toBe("title");
  });
});

describe("what an HTML page's markup says of a line", () => {
  const measured = (body: string) => {
    const read = htmlToPage(`<body>${body}</body>`);
    return stage(read.text, { ...CTX, page: read.page }).features;
  };

  it("reads a heading as a title whatever its punctuation: a sentence, a short sentence, running text; a label stays a label", () => {
    const f = measured(
      "<h2>Prices rose sharply on Monday after the vote.</h2><h3>He declined to comment on the report.</h3>" +
        "<h2>Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves.</h2>" +
        "<h2>Storm nears coast</h2>",
    );
    expect(f.map((x) => [x.shape, x.heading])).toEqual([["title", 2], ["title", 3], ["title", 2], ["label", 2]]);
  });

  it("reads a line as page chrome by its innermost container: an article inside the navigation is not, an aside is", () => {
    const f = measured("<nav><article><p>Boats stayed in port on Thursday as the storm neared.</p></article></nav><aside><p>Boats stayed in harbour on Friday as the storm neared.</p></aside>");
    expect(f.map((x) => x.pageChrome)).toEqual([false, true]);
  });

  it("reads a line as a link from half its characters in links", () => {
    const f = measured(
      '<p><a href="/a">Boats stayed in port</a> on Thursday as well.</p>' + // 20 of 40 characters
        '<p><a href="/a">Boats stayed in port</a> on Thursday as well as on Friday.</p>',
    );
    expect(f.map((x) => x.linked)).toEqual([true, false]);
  });
});

describe("a page that stops inside its last line", () => {
  // 65 characters of prose (3 function words in 12) with no sentence end: what a length limit leaves of a paragraph.
  const CUT = "The ferry company said on Monday that it would add two more sailin";
  const shapeOn = (...lines: string[]) => stage(page(...lines)).features[lines.indexOf(CUT)]!.shape;

  it("reads the last line of a page of several lines as a sentence whose end was cut off", () => {
    expect(shapeOn("Home", "Ferry firm adds winter sailings", CUT)).toBe("sentence");
  });

  it("judges the same line as it stands anywhere else, and when it is the page's only line", () => {
    expect(shapeOn("Home", CUT, "Contact us")).toBe("title");
    expect(measureOne(CUT).shape).toBe("title");
  });

  it("needs a sentence's length and prose's function words", () => {
    expect(stage(page("Home", "The ferry company said on Monday that it wou")).features[1]!.shape).toBe("title");
    expect(stage(page("Home", "Ferry Company Adds Two Winter Sailings To Northern Island Routes Fro")).features[1]!.shape).toBe("title");
  });

  it.each([
    ["60 characters", "The ferry company said on Monday that it would add two saili", "sentence"],
    ["59 characters", "The ferry company said on Monday that it would add two sail", "title"],
  ])("reads a cut line as a sentence from 60 characters: %s", (what, text, shape) => {
    expect(text).toHaveLength(Number(what.split(" ")[0]));
    expect(stage(page("Home", text)).features[1]!.shape).toBe(shape);
  });

  it.each([
    ["3 function words in 25, a share of 0.12", "Harbour Bosses Said Ferry Plans Start Monday With Extra Boats For Summer Weekends Across Island Routes Near Karachi Port Next Year Under of the new", 0.12, "sentence"],
    ["2 in 25, under it", "Harbour Bosses Said Ferry Plans Start Monday With Extra Boats For Summer Weekends Across Island Routes Near Karachi Port Next Year Under Tight of the", 0.08, "title"],
  ])("reads a cut line as a sentence from prose's share of function words: %s", (_what, text, share, shape) => {
    const f = stage(page("Home", text)).features[1]!;
    expect(f.functionShare).toBe(share);
    expect(f.shape).toBe(shape);
  });
});
