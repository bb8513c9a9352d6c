/**
 * The cheap looks that run before a costly pattern (src/patterns/lines.ts):
 * a gate may let a line through that the pattern then refuses, but it must
 * never stop a line the pattern would take. Checked on lines built from the
 * words each pattern reads, in every case, with other words around them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLUTTER_PREFIXES, CREDIT_PREFIXES } from "../src/data/clutter.js";
import { hasCaptionMark, hasWebAddress, isCreditShaped, isNameOnly } from "../src/lib/shape.js";
import { clutterKey, clutterKeyEnd, clutterKeyStart, hasLinkMark, mayRepeat } from "../src/lib/text.js";
import { AUTHOR_NOTE, CAPTION_MARK, COMMENTS_GATE, COMMENTS_HEADING, CREDIT_SHAPE, GLUED_CREDIT_OPEN, LINK_MARK, NAME_ONLY, NOTICE_GATE, NOTICE_OR_PHOTO_GATE, NOTICE_OR_PHOTO_WORD, PHOTO_CREDIT, PHOTO_CREDIT_GATE, PHOTO_CREDIT_WORD, WEB_ADDRESS } from "../src/patterns/lines.js";
import { mayEndWithAgencyCredit, mayOpenWithName, mayOpenWithPrefix } from "../src/stages/03-classify.js";
import { endsSentence } from "../src/stages/04-measure.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

/** A line of filler words and the given fragments, each written as is, in capitals, or capitalised. */
const lineOf = (fragments: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...fragments),
        fc.constantFrom("the", "harbour", "on", "Monday", "(", ")", "|", ":", "/", "34", "Jane Doe", "AP", "AFP", "credit"),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .chain((words) => fc.constantFrom(words.join(" "), words.join(" ").toUpperCase(), words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ")));

describe("gates never stop a line their pattern takes", () => {
  const credits = ["photo:", "photos:", "image:", "picture:", "pic:", "photo credit:", "image credit:", "getty images", "ap photo", "afp photo", "pti photo", "ians photo", "reuters photo", "file photo", "/getty", "courtesy image", "handout picture", "supplied images", "contributed pictures", "(pic:", "|photo:", "Wong/getty", "(AP Photo)", "[image", "[picture", "[photo", "[file photo", "]", "photograph:", "/ ap", "/ afp", "/ reuters file", "/ epa file"];

  it("PHOTO_CREDIT_GATE (or a slash where an agency's credit puts it) before PHOTO_CREDIT", () => {
    fc.assert(
      fc.property(lineOf(credits), (line) => {
        if (PHOTO_CREDIT.test(line)) expect(PHOTO_CREDIT_GATE.test(line) || mayEndWithAgencyCredit(line)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("PHOTO_CREDIT_WORD (or a slash where an agency's credit puts it) before PHOTO_CREDIT on a line without a colon", () => {
    fc.assert(
      fc.property(lineOf(credits.map((c) => c.replace(":", ""))), (line) => {
        if (!line.includes(":") && PHOTO_CREDIT.test(line)) expect(PHOTO_CREDIT_WORD.test(line) || mayEndWithAgencyCredit(line)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("NOTICE_OR_PHOTO_GATE and NOTICE_OR_PHOTO_WORD before the notice and photo-credit gates they stand for", () => {
    const notices = ["you agree to", "cookie settings", "every contribution", "privacy policy", "subscribe now", "sign up for free", "in your inbox", "report an error", "video player is", "view gallery", "free articles"];
    fc.assert(
      fc.property(lineOf([...notices, ...credits]), (line) => {
        if (NOTICE_GATE.test(line) || PHOTO_CREDIT_GATE.test(line)) expect(NOTICE_OR_PHOTO_GATE.test(line)).toBe(true);
        if (NOTICE_GATE.test(line) || PHOTO_CREDIT_WORD.test(line)) expect(NOTICE_OR_PHOTO_WORD.test(line)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    // And they refuse a line with neither family's telltale.
    expect(NOTICE_OR_PHOTO_WORD.test("Oil prices fell on Tuesday as traders weighed the outlook")).toBe(false);
    expect(NOTICE_OR_PHOTO_GATE.test("Oil prices: traders weighed the outlook")).toBe(false);
    expect(NOTICE_OR_PHOTO_WORD.test("Jane Doe courtesy image")).toBe(true);
    expect(NOTICE_OR_PHOTO_GATE.test("Pic: Supplied")).toBe(true);
    expect(NOTICE_OR_PHOTO_WORD.test("Accept the cookie settings")).toBe(true);
    // The photo words count only at a word start, where PHOTO_CREDIT reads them.
    expect(NOTICE_OR_PHOTO_WORD.test("A telephoto lens on the stand")).toBe(false);
    expect(NOTICE_OR_PHOTO_GATE.test("Gear: a telephoto lens, a tripod")).toBe(false);
  });

  it("COMMENTS_GATE before COMMENTS_HEADING", () => {
    const headings = ["comments", "comment", "leave a reply", "responses to", "replies", "join the conversation", "discussion", "34 responses"];
    fc.assert(
      fc.property(lineOf(headings), (line) => {
        if (COMMENTS_HEADING.test(line)) expect(COMMENTS_GATE.test(line)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("hasLinkMark agrees with LINK_MARK", () => {
    const marks = ["›", "»", "→", "⟶", "▸", "▶", "▾", "▼", "◀ ", "‹ ", "« ", "📱", "©", "\u00a0", "\u2003", "’", "…"];
    fc.assert(
      fc.property(lineOf(marks), fc.constantFrom("", " ", "  ", "\u00a0", "\u2003\u2003"), (line, end) => {
        expect(hasLinkMark(line + end)).toBe(LINK_MARK.test(line + end));
      }),
      { numRuns: RUNS },
    );
  });

  it("lets the lines through that the patterns were written for", () => {
    for (const line of ["Fishermen queue at a fuel station. Photo: AP", "PTI PHOTO", "IMAGE CREDIT: REUTERS", "(Pic: Supplied)", "Getty Images"]) {
      expect(PHOTO_CREDIT.test(line)).toBe(true);
      expect(PHOTO_CREDIT_GATE.test(line)).toBe(true);
    }
    for (const line of ["Leave a Reply", "LEAVE A REPLY", "34 responses to “Lynn: ...”"]) {
      expect(COMMENTS_HEADING.test(line)).toBe(true);
      expect(COMMENTS_GATE.test(line)).toBe(true);
    }
    expect(PHOTO_CREDIT_GATE.test("Oil prices fell on Tuesday")).toBe(false);
    expect(PHOTO_CREDIT_WORD.test("PTI PHOTO")).toBe(true);
    expect(PHOTO_CREDIT_WORD.test("A pic of the port")).toBe(false);
    // The credit phrase at a line's end holds neither "photo" nor "getty"; nor does a bracketed image note.
    expect(PHOTO_CREDIT_WORD.test("Jane Doe courtesy image")).toBe(true);
    expect(PHOTO_CREDIT_WORD.test("Rescue teams at the bridge. [Image for representational purpose only]")).toBe(true);
    // A credit after a slash: only the slash's place is looked at.
    expect(mayEndWithAgencyCredit("The senator at the Capitol.Jane Doe / AP")).toBe(true);
    expect(mayEndWithAgencyCredit("The house on the square.Jane Doe / Reuters file")).toBe(true);
    expect(mayEndWithAgencyCredit("Oil prices fell on Tuesday")).toBe(false);
    // Short lines: each place is read only where the line holds it.
    expect(mayEndWithAgencyCredit("x / AP")).toBe(true);
    expect(mayEndWithAgencyCredit("Pier / AP file")).toBe(true);
    expect(mayEndWithAgencyCredit("Dock/ Reuters file")).toBe(true);
    expect(mayEndWithAgencyCredit("Oil")).toBe(false);
    expect(mayEndWithAgencyCredit("Oil falls")).toBe(false);
    expect(COMMENTS_GATE.test("Oil prices fell on Tuesday")).toBe(false);
  });
});

describe("the cheap look before the author's-note pattern, and the repeat look", () => {
  const nameWords = ["Lucas", "Okafor", "O'Neil", "J.", "Émile", "Zoë", "is a", "is an", "writes on", "writes about", "Mumbai-based", "journalist", "reporter", "editor", "for", "the", "Post", "Reuters", "Associated Press", "AFP", "Bloomberg", ",", "News", "Times", "Writer", "and", "&", "@handle", "by", "By", "BY", "-", "|", "Staff", "REPORTS", "AP", "said", "prices", "fell"];
  /** Lines of the words above, as they come and with every word capitalised (the patterns read capitals). */
  const nameLine = fc
    .array(fc.constantFrom(...nameWords), { minLength: 1, maxLength: 9 })
    .chain((words) => fc.constantFrom(words.join(" "), words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" "), words.join(" ").replace(" , ", ", ")));

  it("mayOpenWithName before AUTHOR_NOTE", () => {
    fc.assert(
      fc.property(nameLine, (line) => {
        if (AUTHOR_NOTE.test(line)) expect(mayOpenWithName(line, line.indexOf(" "))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("lets the lines through that the patterns were written for, and stops sentences", () => {
    for (const line of ["Lucas Okafor is a Mumbai-based journalist who covers energy.", "Olivia Nguyen writes on markets for Savanna Post.", "Émile Zola is a writer"]) {
      expect(AUTHOR_NOTE.test(line)).toBe(true);
      expect(mayOpenWithName(line, line.indexOf(" "))).toBe(true);
    }
    expect(mayOpenWithName("The minister is a journalist", 3)).toBe(false);
  });

  it("mayRepeat is true whenever two lines of up to the length are the same, and false on distinct short pages", () => {
    const texts = ["Home", "World", "Sport", "Oil prices fell on Tuesday.", "Share", "Home ", "Hone", "Emoh"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { minLength: 0, maxLength: 80 }), (page) => {
        const lines = page.map((text) => ({ text }));
        if (new Set(page).size < page.length) expect(mayRepeat(lines, 300)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(mayRepeat([{ text: "Home" }, { text: "World" }, { text: "Sport" }], 300)).toBe(false);
    expect(mayRepeat([{ text: "Home" }, { text: "World" }, { text: "Home" }], 300)).toBe(true);
    // Lines over the length are left out.
    expect(mayRepeat([{ text: "Home" }, { text: "Home" }], 3)).toBe(false);
    // Past the pairwise comparisons, a set decides.
    const many = Array.from({ length: 100 }, (_, i) => ({ text: `Item ${"x".repeat(i)}` }));
    expect(mayRepeat(many, 300)).toBe(false);
    expect(mayRepeat([...many, { text: "Item xxxxxxx" }], 300)).toBe(true);
  });
});

describe("gated readers answer as their pattern does (src/lib/shape.ts)", () => {
  /** Lines of credits, bylines, addresses and captions, and of headline words around them. */
  const pieces = [
    "By", "BY", "by", "Jane", "Doe", "O'Neil", "J.", "de", "Associated Press", "Reuters", "AFP", "Bloomberg", "Staff Writer", "Times",
    ",", ", ", "@janedoe", "-", "|", "www.example.com", "https://example.org", "example.com", "desk@example.com", ":", "(left)", "[Image for",
    "representational purpose]", "Getty Images", "AP Photo", "REUTERS/Jane", "/Getty", "File:", "Photo:", "oil", "slips", "as", "Supply", "Worries",
    "Émile", "Ørsted", "’s", "2024", "Press",
  ];
  const line = fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 7 })
    .chain((words) => fc.constantFrom(words.join(" "), words.join(""), words.join(" ").toUpperCase(), words.join(" ").toLowerCase(), words.join(" ").replace(" , ", ", ")));

  it("isCreditShaped as CREDIT_SHAPE, hasWebAddress as WEB_ADDRESS, hasCaptionMark as CAPTION_MARK, isNameOnly as NAME_ONLY", () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(isCreditShaped(text)).toBe(CREDIT_SHAPE.test(text));
        expect(hasWebAddress(text)).toBe(WEB_ADDRESS.test(text));
        expect(hasCaptionMark(text)).toBe(CAPTION_MARK.test(text));
        expect(isNameOnly(text)).toBe(NAME_ONLY.test(text));
      }),
      { numRuns: RUNS },
    );
  });

  it("takes the lines the patterns were written for, and refuses headlines", () => {
    for (const text of ["Jane Doe, Associated Press", "Jane Doe Reuters", "By Jane Doe", "BY", "Jane Doe @janedoe 2 days", "JANE DOE, REUTERS"]) expect(isCreditShaped(text), text).toBe(true);
    for (const text of ["Oil slips as supply worries ease", "Stock Is Falling After Its Earnings", "Gold, silver rise on a weaker dollar"]) expect(isCreditShaped(text), text).toBe(false);
    for (const text of ["Visit www.example.com", "example.com.br", "Write to desk@example.com"]) expect(hasWebAddress(text), text).toBe(true);
    expect(hasWebAddress("Amazon to cut 14,000 jobs")).toBe(false);
    for (const text of ["A protester outside parliament. Getty Images", "Kevin King (left) and Timothy Weeks", "REUTERS/Brendan McDermid"]) expect(hasCaptionMark(text), text).toBe(true);
    expect(hasCaptionMark("Getty Center reopens after the fires")).toBe(false);
  });
});

describe("the cheap look before the clutter and credit prefix tables", () => {
  const prefixes = [...CLUTTER_PREFIXES, ...CREDIT_PREFIXES];
  /** A line that opens with a prefix (behind what a clutter key trims off its start), in any case, with more text or none after it. */
  const prefixLine = fc
    .tuple(fc.constantFrom("", " ", "| ", "» ", "• ", "- ", "— "), fc.constantFrom(...prefixes), fc.constantFrom("", "X", "the latest news »", " 2024 Example Media"))
    .chain(([lead, prefix, rest]) => fc.constantFrom(lead + prefix + rest, (lead + prefix + rest).toUpperCase(), lead + prefix.charAt(0).toUpperCase() + prefix.slice(1) + rest));
  const opens = (line: string): boolean => {
    const start = clutterKeyStart(line);
    return mayOpenWithPrefix(line, start, clutterKeyEnd(line, start));
  };

  it("mayOpenWithPrefix lets through every line whose clutter key opens with a prefix", () => {
    fc.assert(
      fc.property(prefixLine, (line) => {
        if (prefixes.some((p) => clutterKey(line).startsWith(p))) expect(opens(line)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    for (const prefix of prefixes) expect(opens(prefix + "x")).toBe(true);
  });

  it("stops the openings of sentences", () => {
    expect(opens("Follow us on X for the latest")).toBe(true);
    expect(opens("© 2024 Example Media")).toBe(true);
    // The Kelvin sign's lower case is "k": a key from it may open with "keywords:".
    expect(opens("\u212aeywords: oil")).toBe(true);
    expect(opens("The minister said on Monday that prices would fall.")).toBe(false);
    expect(opens("Oil prices fell on Tuesday as supply worries eased.")).toBe(false);
  });
});

describe("the cheap look before the glued-credit walk (endsSentence)", () => {
  /** GLUED_CREDIT_OPEN as endsSentence sets it: at 48 characters before the end. */
  const gate = (line: string): boolean => {
    GLUED_CREDIT_OPEN.lastIndex = Math.max(0, line.length - 48);
    return GLUED_CREDIT_OPEN.test(line);
  };
  /** What the walk looks for: a space at one of the last 48 positions (not the last two, not the first), then "(" or a dash. */
  const hasOpening = (line: string): boolean => {
    for (let j = line.length - 3; j > 0 && line.length - j <= 48; j--) if (line[j] === " " && "(–—-".includes(line[j + 1]!)) return true;
    return false;
  };

  it("lets every line through that holds a credit's opening where the walk looks", () => {
    const words = fc.constantFrom("said", "the", "birthday.", "(ANI)", "–", "—", "-", "Emirates", "News", "(", "x", "WAM", "entourage.", "a");
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 30 }), (parts) => {
        const line = parts.join(" ");
        if (hasOpening(line)) expect(gate(line)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("takes the glued credits and stops a title without one", () => {
    const long = "The ministry announced the new scheme to members of the press on Monday morning in the capital.";
    expect(endsSentence(`${long} (ANI)`)).toBe(true);
    expect(endsSentence(`${long} – Emirates News Agency, WAM`)).toBe(true);
    expect(gate(`${long} (ANI)`)).toBe(true);
    expect(gate("Oil slips as supply worries ease")).toBe(false);
    // The opening 50 characters before the end is out of the walk's reach.
    expect(gate(`Talks (in Doha) ${"x".repeat(50)}`)).toBe(false);
  });
});
