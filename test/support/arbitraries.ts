/**
 * fast-check arbitraries for property tests: whole pages built from the parts
 * real pages have (section, headline, date lines, bylines, datelines of every
 * style, paragraphs, sign-offs, Source lines, teaser blocks, clutter), plus
 * mutations of real fixture text. All strings are invented here.
 */
import fc from "fast-check";

const WORDS = [
  "officials", "said", "on", "Monday", "the", "government", "would", "review", "plan", "after", "talks",
  "with", "farmers", "in", "northern", "districts", "prices", "rose", "percent", "week", "ministry", "added",
  "that", "new", "rules", "take", "effect", "next", "month", "police", "arrested", "two", "men", "a", "report",
  "showed", "exports", "fell", "for", "third", "quarter", "company", "shares", "closed", "higher", "council",
];

/** A sentence of invented words, capitalised, ending with a full stop. */
export const sentenceArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 22 })
  .map((ws) => {
    const s = ws.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  });

/** A paragraph of one to four sentences. */
export const paragraphArb: fc.Arbitrary<string> = fc.array(sentenceArb, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(" "));

/** A headline: capitalised words, no full stop. */
export const headlineArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 })
  .map((ws) => ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" "));

/** Datelines of every style SPEC.md section 6 lists, with a day of June. */
export const datelineArb: fc.Arbitrary<string> = fc.integer({ min: 1, max: 28 }).chain((d) =>
  fc.constantFrom(
    `Pyongyang [North Korea], June ${d}:`,
    `Kolkata (West Bengal) [India], June ${d} (ANI):`,
    `HOUSTON, June ${d} (Reuters) -`,
    "(Reuters) -",
    "DENVER (AP) --",
    "BOISE, Idaho (AP) _",
    `KIRUNA, Sweden, June ${d} (AFP) -`,
    "AFP -",
    `NAIROBI, June ${d} (Xinhua) --`,
    `BEIDAIHE (Hebei), June ${d} (Xinhua) --`,
    `TULSA, Okla., June ${d} -`,
    "PHOENIX _",
    `Pretoria June ${d} SAPA --`,
    `New Delhi, Jun ${d} (PTI)`,
    `New Delhi, ${d} Jun (PTI):`,
    `DHAKA, Jun ${d}, 2024 (BSS) -`,
    "DOHA:",
    "Kabul -",
    `****LONDON, June ${d} -`,
    `SEATTLE/WASHINGTON (Reuters) -`,
  ),
);

/** Date lines in the formats pages print. */
export const dateLineArb: fc.Arbitrary<string> = fc.integer({ min: 1, max: 28 }).chain((d) =>
  fc.constantFrom(
    `Jun ${String(d).padStart(2, "0")}, 2024`,
    `${d} June 2024`,
    `June ${d}, 2024 3:01 PM`,
    `2024-06-${String(d).padStart(2, "0")}`,
    `Thursday, June ${d}, 2024`,
    `Updated: Jun ${d}, 2024 15:01 IST`,
    `${String(d).padStart(2, "0")}.06.2024`,
  ),
);

/** Lines of page clutter. */
export const clutterArb: fc.Arbitrary<string> = fc.constantFrom(
  "Share on WhatsApp", "Tweet", "Advertisement", "Sponsored", "Print", "Text size", "Reading time 3 minutes",
  "Download our app", "Join our WhatsApp channel", "Home › News › World", "Copyright © 2024 Example Media. All rights reserved.",
  "Also Read | Council approves new budget for schools", "Tags: budget, schools", "___", "* * *", "see more..",
);

/** Sign-offs that close a story. */
export const trailerArb: fc.Arbitrary<string> = fc.constantFrom("Reuter", "(ANI)", "(PTI)", "--IANS", "(lre/dw)", "rr/sof", "(end) hb");

/** Everything a generated page is made of, so tests know the expected answer. */
export interface PageSpec {
  section: string | null;
  headline: string;
  dateLine: string | null;
  byline: string | null;
  dateline: string | null;
  body: string[];
  trailer: string | null;
  source: string | null;
  teasers: { headline: string; summary: string | null; dateline: string | null; dateLine: string | null }[];
  clutter: string[];
  blankLines: boolean;
}

/** A whole page. */
export const pageSpecArb: fc.Arbitrary<PageSpec> = fc.record({
  section: fc.option(fc.constantFrom("World", "Business", "Sci/Tech", "U.S.", "States » East"), { nil: null }),
  headline: headlineArb,
  dateLine: fc.option(dateLineArb, { nil: null }),
  byline: fc.option(fc.constantFrom("By Jane Doe", "By KERNAN EXAMPLE", "By The Associated Press"), { nil: null }),
  dateline: fc.option(datelineArb, { nil: null }),
  body: fc.array(paragraphArb, { minLength: 1, maxLength: 8 }),
  trailer: fc.option(trailerArb, { nil: null }),
  source: fc.option(fc.constantFrom("Source: Qatar Tribune", "Source: Reuters", "Source: Example Daily"), { nil: null }),
  teasers: fc.array(
    fc.record({
      headline: headlineArb,
      summary: fc.option(paragraphArb, { nil: null }),
      dateline: fc.option(datelineArb, { nil: null }),
      dateLine: fc.option(dateLineArb, { nil: null }),
    }),
    { maxLength: 5 },
  ),
  clutter: fc.array(clutterArb, { maxLength: 4 }),
  blankLines: fc.boolean(),
});

/** Renders a page spec as a scraped page would show it, clutter spread through it. */
export function renderPage(p: PageSpec): string {
  const blocks: string[] = [];
  if (p.section) blocks.push(p.section);
  blocks.push(p.headline);
  if (p.dateLine) blocks.push(p.dateLine);
  if (p.byline) blocks.push(p.byline);
  const body = p.body.slice();
  if (p.dateline) body[0] = `${p.dateline} ${body[0]}`;
  const sep = p.blankLines ? "\n\n" : "\n";
  const story = [body.join(sep)];
  if (p.trailer) story.push(p.trailer);
  if (p.source) story.push(p.source);
  blocks.push(...story);
  if (p.teasers.length > 0) {
    blocks.push("More news");
    for (const t of p.teasers) {
      blocks.push(t.headline);
      if (t.summary) blocks.push(t.dateline ? `${t.dateline} ${t.summary}` : t.summary);
      if (t.dateLine) blocks.push(t.dateLine);
    }
  }
  // Spread clutter lines between blocks, deterministically from their count.
  p.clutter.forEach((c, i) => blocks.splice(Math.min(blocks.length, 1 + ((i * 3) % blocks.length)), 0, c));
  return blocks.join("\n\n");
}

/** A page as text. */
export const pageArb: fc.Arbitrary<string> = pageSpecArb.map(renderPage);

/** Mutations of a real text: lines dropped, duplicated, swapped; blank lines removed; truncated. */
export function mutatedArb(text: string): fc.Arbitrary<string> {
  const lines = text.split("\n");
  return fc
    .array(
      fc.tuple(fc.constantFrom("drop", "dup", "swap", "unblank", "cut"), fc.nat({ max: Math.max(0, lines.length - 1) }), fc.nat({ max: Math.max(0, lines.length - 1) })),
      { minLength: 1, maxLength: 6 },
    )
    .map((ops) => {
      let ls = lines.slice();
      for (const [op, a, b] of ops) {
        const i = a % Math.max(1, ls.length);
        const j = b % Math.max(1, ls.length);
        if (op === "drop") ls.splice(i, 1);
        else if (op === "dup") ls.splice(i, 0, ls[i] ?? "");
        else if (op === "swap") [ls[i], ls[j]] = [ls[j] ?? "", ls[i] ?? ""];
        else if (op === "unblank") ls = ls.filter((l) => l.trim() !== "");
        else ls = ls.slice(0, i + 1);
      }
      return ls.join("\n");
    });
}
