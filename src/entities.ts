/**
 * `wirecopy/entities`: the people, places and organisations a story names,
 * found with compromise (https://github.com/spencermountain/compromise).
 *
 * A separate entry point (dist/entities.js, dist/entities.cjs): importing this
 * module is what loads compromise, so `import "wirecopy"` never does. compromise
 * is a dependency of the package, not bundled into dist/.
 *
 * @example
 * ```ts
 * import { parseWireStory } from "wirecopy";
 * import { extractEntities } from "wirecopy/entities";
 *
 * extractEntities(parseWireStory(pageText)).people //=> ["Vladimir Putin", "Kim Jong Un", "Kim Il Sung"]
 * ```
 *
 * @packageDocumentation
 */
import nlp from "compromise";
import { LOWER_CASE_TAGS, NAME_PARTICLES, NOT_NAME_TAGS, PLACE_TAGS, TITLE_CASE_LOWER } from "./data/names.js";
import { CAPS_RUN, DOTTED_INITIALISM, INITIAL_END, LONG_WORD, NAME_BRACKETED, NAME_BRACKET_CHARS, NAME_KEY_SEPARATOR, NAME_LEAD_JUNK, NAME_POSSESSIVE, NAME_SPACES, NAME_TRAIL_JUNK } from "./patterns/names.js";
import type { Dateline, WireStory } from "./schema.js";

/**
 * The names {@link extractEntities} finds in a story, each list in the order
 * the names are first seen (headline, then dateline, then body).
 *
 * @example
 * ```ts
 * const e: WireEntities = {
 *   people: ["Vladimir Putin", "Kim Jong Un"],
 *   places: ["Pyongyang", "North Korea", "Russia", "Ukraine"],
 *   organizations: ["NATO"],
 * };
 * ```
 */
export interface WireEntities {
  /** People, without titles ("President Vladimir Putin" → "Vladimir Putin"). */
  people: string[];
  /** Places; the dateline's city, region and country are always among them. */
  places: string[];
  /** Companies, agencies, institutions, as compromise finds them ("NATO", "Prairie Star Energy Corp"). */
  organizations: string[];
}

/** compromise's built-in lexicon (word → tag or tags), read only: never extended here. */
const LEXICON: Readonly<Record<string, string | readonly string[]>> =
  (nlp.world() as { model?: { one?: { lexicon?: Record<string, string | string[]> } } }).model?.one?.lexicon ?? {};

/** The tags compromise's lexicon gives a lower-case word ([] when it has none). */
function lexiconTags(word: string): readonly string[] {
  const tags = Object.hasOwn(LEXICON, word) ? LEXICON[word] : undefined;
  return tags === undefined ? [] : typeof tags === "string" ? [tags] : tags;
}

/** The three kinds of name, which merge differently (see {@link NameList}). */
type Kind = "person" | "place" | "organization";

/** A term of compromise's `.json()` output (the fields used here). */
interface JsonTerm {
  readonly pre: string;
  readonly text: string;
  readonly post: string;
  readonly tags: readonly string[];
}

/**
 * Finds the people, places and organisations named in a story's headline and
 * body (never its teasers, furniture, trailer or byline), with compromise.
 *
 * - Names are cleaned: brackets and what they hold, edge punctuation and a
 *   possessive `'s` are dropped ("LONDON," → "London", "Pyongyang [North
 *   Korea]," → "Pyongyang", "Putin's" → "Putin"), as are titles ("President
 *   Vladimir Putin" → "Vladimir Putin", "Mayor Jane Baker" → "Jane Baker") and
 *   lower-case words at either end ("western Oklahoma" → "Oklahoma"; a place
 *   left as a lone demonym, "Russian territory" → "Russian", is dropped); a
 *   final period is kept only after a one-letter initial ("Washington, D.C.").
 * - ALL-CAPS text (Reuters 1987 and NYT headlines, "SAO PAULO" in a
 *   paragraph) is title-cased before tagging, so "SAO PAULO" gives "Sao
 *   Paulo"; an ALL-CAPS person or place name is title-cased in the result.
 * - Duplicates are listed once (case-insensitively, first spelling kept), and a
 *   shorter name is merged into a longer one that it begins: "Kim Jong" and
 *   "Kim" into "Kim Jong Un" (people and organisations). A person's last name
 *   alone is merged into the full name too ("Putin" into "Vladimir Putin").
 *   Places merge only duplicates ("Boise" is not "Boise River"). Each merged
 *   name stands where the first of its forms was seen.
 * - The dateline's place is always in `places`: its city (title-cased when
 *   ALL CAPS; "SEATTLE/WASHINGTON" gives both), region and country.
 *
 * The cost is compromise's tagger: about 20 ms per story of 1–2 KB on one
 * core of the 2-core CI machine (bench/entities.bench.mjs), some 150–200
 * times the parse itself, and importing this module (compromise) takes about
 * 0.6 s. compromise's shared lexicon is only read, never extended.
 *
 * @param story - a story from `parseWireStory` / `safeParseWireStory`
 * @returns the names found; empty lists when there are none
 * @throws {TypeError} when `story` is not an object with a `body` array
 * @example
 * ```ts
 * import { parseWireStory } from "wirecopy";
 * import { extractEntities } from "wirecopy/entities";
 *
 * const story = parseWireStory(
 *   "Putin and Kim sign pact\n\nPyongyang [North Korea], June 20: North Korean leader Kim Jong Un and " +
 *     "Russian President Vladimir Putin signed the pact in Pyongyang on Wednesday. NATO said Putin's visit worried Ukraine.",
 * );
 * extractEntities(story);
 * //=> { people: ["Vladimir Putin", "Kim Jong Un"],   // "Putin" and "Kim" in the headline, merged
 * //     places: ["Pyongyang", "North Korea", "Ukraine"],
 * //     organizations: ["NATO"] }
 * ```
 */
export function extractEntities(story: WireStory): WireEntities {
  if (story === null || typeof story !== "object" || !Array.isArray(story.body)) {
    throw new TypeError("extractEntities wants a WireStory (the result of parseWireStory), with a body array");
  }
  const people = new NameList("person");
  const places = new NameList("place");
  const organizations = new NameList("organization");
  /** Tags a text (already through {@link prepareText}) and adds what it names. */
  const collect = (text: string): void => {
    if (text.trim() === "") return;
    const doc = nlp(text);
    for (const name of doc.people().not("(#Honorific|#Actor)").out("array") as string[]) people.add(name);
    for (const name of doc.places().out("array") as string[]) places.add(name);
    for (const name of doc.organizations().out("array") as string[]) organizations.add(name);
  };
  if (typeof story.headline === "string") collect(prepareText(story.headline));
  if (story.dateline) for (const place of datelinePlaces(story.dateline)) places.add(place);
  collect(story.body.filter((p) => typeof p === "string").map(prepareText).join("\n\n"));
  return { people: people.names(), places: places.names(), organizations: organizations.names() };
}

/** The dateline's city (each of "A/B"), region and country, as place names. */
function datelinePlaces(d: Dateline): string[] {
  const out: string[] = [];
  if (d.city) for (const city of d.city.split("/")) out.push(isMostlyCaps(city) ? titleCaseWords(city) : city);
  if (d.region) out.push(isMostlyCaps(d.region) && d.region.length > 3 ? titleCaseWords(d.region) : d.region);
  if (d.country) out.push(d.country);
  return out;
}

/** A headline or paragraph as compromise should read it: title-cased when ALL CAPS, else with its ALL-CAPS runs title-cased. */
function prepareText(text: string): string {
  return isMostlyCaps(text) ? titleCaseText(text) : titleCaseRuns(text);
}

/**
 * Title-cases the ALL-CAPS runs of a mixed-case text that are names: two words
 * or more with one of four letters or more ("SAO PAULO"), or one word that
 * compromise's lexicon lists as a place ("LONDON"; not "NATO", not "AP").
 */
function titleCaseRuns(text: string): string {
  return text.replace(CAPS_RUN, (run) => {
    if (run.length < 3) return run;
    const multi = run.includes(" ") || run.includes("\t");
    if (multi ? LONG_WORD.test(run) : PLACE_TAGS.some((t) => lexiconTags(run.toLowerCase()).includes(t))) return titleCaseWords(run);
    return run;
  });
}

/**
 * Title-cases an ALL-CAPS text for tagging: compromise tags the lower-cased
 * text, and the words it reads as verbs, prepositions, articles and the like
 * stay lower case, so they are not taken into names ("TEXACO INC SAYS CHEVRON
 * CORP BID REJECTED" → "Texaco Inc says Chevron Corp Bid rejected"). The first
 * word is always capitalised.
 */
function titleCaseText(text: string): string {
  const lower = text.toLowerCase();
  const sentences = nlp(lower).json() as { terms: JsonTerm[] }[];
  let out = "";
  let first = true;
  for (const sentence of sentences) {
    for (const t of sentence.terms) {
      const keepLower = !first && !t.tags.includes("ProperNoun") && LOWER_CASE_TAGS.some((tag) => t.tags.includes(tag));
      out += t.pre + (keepLower ? t.text : titleCaseWords(t.text)) + t.post;
      first = false;
    }
  }
  // compromise gives back every character; if it ever did not, title-case every word instead.
  return out.length === lower.length ? out : titleCaseWords(text);
}

/**
 * "SAO PAULO" → "Sao Paulo", "O'NEILL" → "O'Neill", "PUTIN'S" → "Putin's",
 * "SEATTLE-TACOMA" → "Seattle-Tacoma"; dotted initialisms stay upper case ("U.S.").
 */
function titleCaseWords(text: string): string {
  let out = "";
  let run = 0; // letters since the last non-letter
  let before = 0; // length of the letter run before an apostrophe
  let prev = "";
  for (const ch of text.toLowerCase()) {
    if (ch.toUpperCase() !== ch.toLowerCase()) {
      const afterApostrophe = run === 0 && (prev === "'" || prev === "’");
      const capital = run === 0 && (!afterApostrophe || before === 1);
      out += capital ? ch.toUpperCase() : ch;
      run++;
    } else {
      before = ch === "'" || ch === "’" ? run : 0;
      run = 0;
      out += ch;
    }
    prev = ch;
  }
  if (!out.includes(" ") && !out.includes(".")) return out;
  // Initialisms stay upper case ("U.S."), particles lower ("Rio de Janeiro").
  return out
    .split(" ")
    .map((w, i) => (DOTTED_INITIALISM.test(w) ? w.toUpperCase() : i > 0 && TITLE_CASE_LOWER.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(" ");
}

/**
 * True when the text's cased letters are (nearly) all upper case: at least
 * two of them, and at most one in ten lower case ("McDONALD'S PROFIT ..."
 * still counts).
 */
function isMostlyCaps(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = text[i] as string;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return upper >= 2 && lower * 10 <= upper;
}

/** Cleans a name as compromise returns it; "" when nothing is left that looks like a name. */
function cleanName(raw: string, kind: Kind): string {
  let s = raw.replace(NAME_BRACKETED, " ").replace(NAME_BRACKET_CHARS, " ").replace(NAME_SPACES, " ");
  s = trimJunk(s).replace(NAME_POSSESSIVE, "");
  // Lower-case words at either end: "western Oklahoma", "the White House", "Rift Valley province".
  const words = s.split(" ");
  while (words.length > 0 && isLowerWord(words[0] as string) && !NAME_PARTICLES.has(words[0] as string)) words.shift();
  while (words.length > 0 && isLowerWord(words[words.length - 1] as string)) words.pop();
  s = trimJunk(words.join(" ")).replace(NAME_POSSESSIVE, "");
  if (s.length < 2 || s.toLowerCase() === s) return "";
  if (!s.includes(" ")) {
    // "Thursday" is no name; "Russian territory" minus "territory" is a demonym, not a place.
    const tags = lexiconTags(s.toLowerCase());
    if (NOT_NAME_TAGS.some((t) => tags.includes(t)) || (kind === "place" && tags.includes("Demonym"))) return "";
  }
  if (kind !== "organization" && isMostlyCaps(s) && (s.includes(" ") || s.length >= 4)) s = titleCaseWords(s);
  return s;
}

/** Drops edge punctuation, keeping the period of a final one-letter initial ("D.C."). */
function trimJunk(name: string): string {
  let s = name.replace(NAME_LEAD_JUNK, "");
  const trail = NAME_TRAIL_JUNK.exec(s);
  if (trail !== null) {
    s = s.slice(0, trail.index);
    if (trail[0].startsWith(".") && INITIAL_END.test(s)) s += ".";
  }
  return s;
}

/** A word that opens with a lower-case letter ("western", "of"); not "d'Alene" nor "3". */
function isLowerWord(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toUpperCase() && !(word.length > 2 && (word[1] === "'" || word[1] === "’"));
}

/**
 * The names of one kind, in the order first seen, duplicates and merged forms
 * folded into one entry.
 */
class NameList {
  /** Lower-case key → the first spelling seen, in the order first seen. */
  private readonly seen = new Map<string, string>();

  constructor(private readonly kind: Kind) {}

  /** Adds a name as compromise returns it (cleaned here; nothing is added if nothing is left). */
  add(raw: string): void {
    const name = cleanName(raw, this.kind);
    if (name === "") return;
    const key = keyOf(name);
    if (key !== "" && !this.seen.has(key)) this.seen.set(key, name);
  }

  /**
   * The names: each one that begins a longer name (people and organisations)
   * or ends one (people) is merged into the first such longer name seen, and
   * the longest form stands where the first of its forms was seen.
   */
  names(): string[] {
    const entries = [...this.seen];
    if (this.kind === "place") return entries.map(([, name]) => name);
    // Every proper prefix (and, for people, suffix) of every name → the first name it is part of.
    const longer = new Map<string, string>();
    for (const [key] of entries) {
      const words = key.split(" ");
      for (let n = 1; n < words.length; n++) {
        const prefix = words.slice(0, n).join(" ");
        if (!longer.has(prefix)) longer.set(prefix, key);
        if (this.kind === "person") {
          const suffix = words.slice(words.length - n).join(" ");
          if (!longer.has(suffix)) longer.set(suffix, key);
        }
      }
    }
    const out: string[] = [];
    const done = new Set<string>();
    for (const [key] of entries) {
      let root = key;
      for (let next = longer.get(root); next !== undefined; next = longer.get(root)) root = next; // always longer: ends
      if (done.has(root)) continue;
      done.add(root);
      out.push(this.seen.get(root) as string);
    }
    return out;
  }
}

/** The key names are compared by: lower case, words only ("Washington, D.C." → "washington d c"). */
function keyOf(name: string): string {
  return name
    .toLowerCase()
    .split(NAME_KEY_SEPARATOR)
    .filter((w) => w !== "")
    .join(" ");
}
