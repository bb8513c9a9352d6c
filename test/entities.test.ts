/**
 * `wirecopy/entities`: extractEntities on invented stories, and the built
 * entry points (the main entry never loads compromise; the subpath does).
 * The dist tests need `npm run build` first (npm test does it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../src/entities.js";
import { parseWireStory } from "../src/index.js";
import type { WireStory } from "../src/index.js";

const root = join(import.meta.dirname, "..");
const dist = (file: string): string => join(root, "dist", file);

/** Every name of every kind. */
const all = (e: ReturnType<typeof extractEntities>): string[] => [...e.people, ...e.places, ...e.organizations];

const MEETING = `World

Leaders meet in Geneva to discuss grain corridor

Jun 20, 2024

GENEVA, June 20 (Reuters) - German Chancellor Olaf Scholz and Kenyan President William Ruto met in Geneva on Thursday to discuss grain shipments, the United Nations said.

Scholz told reporters at the World Trade Organization that Ruto had asked for help with storage in Kenya and Ethiopia.

Microsoft and the World Bank will fund a study, a spokeswoman for Microsoft said.

(Reporting by Anna Field; Editing by Tom Brook)
`;

const TEASERS = `Farmers in Punjab switch to millet as water tables fall

Jun 20, 2024

Chandigarh [India], June 20 (ANI): Farmers across Punjab are planting millet instead of rice this season, the state agriculture department said on Thursday.

Agriculture minister Gurpreet Sandhu said the state would buy the whole millet crop at a fixed price.

(ANI)

Share on WhatsApp

Photo: Angela Merkel visits Berlin

Related News

Boris Johnson opens bridge in Manchester

London [UK], June 19 (ANI): Boris Johnson opened a new footbridge in Manchester on Wednesday, the Toyota Motor Corporation said.

Jun 19, 2024
`;

const KIM = `Kim and Lavrov discuss rail link

Pyongyang [North Korea], June 20: Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Wednesday.

Kim Jong said after the meeting that the talks had gone well. Kim also visited a tractor factory.

Lavrov flew on to Vladivostok later in the day.
`;

const REUTERS_1987 = `BRAZIL'S PETROBRAS TO SELL REFINERY NEAR CAMPINAS

Mar 03, 1987

SAO PAULO, March 3 - Petroleo Brasileiro SA said it would sell a refinery near Campinas to a group of local investors.

Officials in RIO DE JANEIRO said the sale was planned last year, and bankers in LONDON would advise on it.

 Reuter
`;

const NYT = `FARMERS IN IOWA TURN TO DRONES TO SPRAY CORN

June 20, 2000 3:01 PM

DES MOINES, Iowa _ Corn growers across the state are hiring drone pilots to spray their fields, the farm bureau said on Tuesday.

\`\`We can cover a field in an hour,'' said Dale Hemmings, a pilot from Ames.
`;

const PUNCTUATION = `Talks resume after a pause

NAIROBI, March 3 (Xinhua) -- Talks between the two sides resumed in Pyongyang [North Korea], on Friday, officials said in LONDON, adding that Moscow's delegation had already left for "Paris," and (Berlin).

More talks are due in Washington, D.C., next week.
`;

describe("extractEntities", () => {
  it("finds people, places and organisations, in the order first seen, without titles", () => {
    expect(extractEntities(parseWireStory(MEETING))).toEqual({
      people: ["Olaf Scholz", "William Ruto"],
      places: ["Geneva", "Kenya", "Ethiopia"],
      organizations: ["United Nations", "World Trade Organization", "Microsoft", "World Bank"],
    });
  });

  it("reads the headline and body only: never teasers, furniture, trailer or section", () => {
    const story = parseWireStory(TEASERS);
    // The page holds names in a teaser and in furniture; make sure the parser put them there.
    expect(story.moreNews[0]?.headline).toBe("Boris Johnson opens bridge in Manchester");
    expect(story.furniture).toContain("Photo: Angela Merkel visits Berlin");
    const e = extractEntities(story);
    expect(e.places).toEqual(["Punjab", "Chandigarh", "India"]);
    for (const name of ["Boris Johnson", "Manchester", "London", "Toyota Motor Corporation", "Angela Merkel", "Berlin"]) {
      expect(all(e)).not.toContain(name);
    }
    const meeting = extractEntities(parseWireStory(MEETING));
    for (const name of ["Anna Field", "Tom Brook", "World", "Reuters"]) expect(all(meeting)).not.toContain(name);
  });

  it("merges a shorter form into the longer name it begins, and a last name into the full name", () => {
    const story = parseWireStory(KIM);
    // compromise itself gives the partial forms: this is what gets merged.
    const raw = nlp(story.body.join("\n\n")).people().out("array") as string[];
    expect(raw).toEqual(expect.arrayContaining(["Kim Jong Un", "Kim Jong", "Kim"]));
    expect(extractEntities(story).people).toEqual(["Kim Jong Un", "Sergei Lavrov"]);
  });

  it("lists a name once whatever its case or punctuation", () => {
    const story = parseWireStory(MEETING);
    const twice = { ...story, body: [...story.body, "MICROSOFT said GENEVA was calm; geneva's mayor agreed with Kenya."] };
    const e = extractEntities(twice);
    expect(e.places.filter((p) => p.toLowerCase() === "geneva")).toHaveLength(1);
    expect(e.places.filter((p) => p.toLowerCase() === "kenya")).toHaveLength(1);
    expect(e.organizations.filter((o) => o.toLowerCase() === "microsoft")).toHaveLength(1);
  });

  it("title-cases ALL-CAPS text before tagging: Reuters 1987 and NYT headlines, datelines, runs in the body", () => {
    const reuters = extractEntities(parseWireStory(REUTERS_1987));
    expect(reuters.places).toEqual(["Sao Paulo", "Rio de Janeiro", "London"]);
    const nyt = extractEntities(parseWireStory(NYT));
    expect(nyt.places.slice(0, 2)).toEqual(["Iowa", "Des Moines"]);
    expect(nyt.people).toEqual(["Dale Hemmings"]);
    for (const name of [...all(reuters), ...all(nyt)]) {
      expect(name).not.toMatch(/^[A-Z]{4,}$|\b(?:PAULO|SAO|IOWA|MOINES)\b/);
      expect(name).not.toMatch(/^(?:Paulo|Moines)$/);
    }
  });

  it("always includes the dateline's place: city (each of A/B, title-cased), region and country", () => {
    const dl = extractEntities(
      parseWireStory(`Wildfire smoke closes schools

SEATTLE/TACOMA, Wash., Aug 3 (AP) _ Schools closed on Thursday as smoke from the fires drifted over the region.

Officials said the air would clear by the weekend.
`),
    );
    expect(dl.places).toEqual(["Seattle", "Tacoma", "Wash"]);
    const kim = extractEntities(parseWireStory(KIM));
    expect(kim.places.slice(0, 2)).toEqual(["Pyongyang", "North Korea"]);
    // A dateline place the body never names.
    expect(extractEntities(parseWireStory(MEETING)).places[0]).toBe("Geneva");
  });

  it("strips punctuation, brackets and possessives from names", () => {
    const e = extractEntities(parseWireStory(PUNCTUATION));
    expect(e.places).toEqual(["Nairobi", "Pyongyang", "London", "Moscow", "Paris", "Washington, D.C."]);
    for (const name of all(e)) expect(name).not.toMatch(/^[^\p{L}]|[,;:"'’)\]]$|[[\]()]|'s$/u);
  });

  it("gives empty lists for a story that names nothing, and wants a story", () => {
    const story = parseWireStory("A quiet day\n\nNothing much happened today, and nobody said anything about it.");
    expect(extractEntities(story)).toEqual({ people: [], places: [], organizations: [] });
    expect(extractEntities({ ...story, headline: null, body: [] } as WireStory)).toEqual({ people: [], places: [], organizations: [] });
    expect(() => extractEntities(null as unknown as WireStory)).toThrow(TypeError);
    expect(() => extractEntities({ headline: "x" } as unknown as WireStory)).toThrow(/WireStory/);
  });

  it("finds the names on every fixture without throwing, each clean", () => {
    const files = ["seed-sample", "reuters-1987", "nyt-underscore", "xinhua", "ani-trailer", "teasers-related-news"];
    for (const f of files) {
      const e = extractEntities(parseWireStory(readFileSync(join(root, "fixtures", `${f}.txt`), "utf8")));
      for (const name of all(e)) expect(name).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}.]$|^\p{L}$/u);
    }
    const seed = extractEntities(parseWireStory(readFileSync(join(root, "fixtures", "seed-sample.txt"), "utf8")));
    expect(seed.people).toEqual(["Vladimir Putin", "Kim Jong Un", "Kim Il Sung"]);
    expect(seed.places).toContain("Pyongyang");
    expect(seed.organizations).toEqual(["NATO"]);
  });
});

describe("the built entry points", () => {
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });

  it("dist/index.js never imports compromise", () => {
    if (!existsSync(dist("index.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does) first");
    expect(readFileSync(dist("index.js"), "utf8")).not.toContain("compromise");
    expect(readFileSync(dist("index.cjs"), "utf8")).not.toContain("compromise");
  });

  it("dist/entities.js and .cjs exist and import compromise (external, not bundled)", () => {
    const esm = readFileSync(dist("entities.js"), "utf8");
    const cjs = readFileSync(dist("entities.cjs"), "utf8");
    expect(esm).toMatch(/^import \w+ from ["']compromise["'];?$/m);
    expect(cjs).toMatch(/require\(["']compromise["']\)/);
    expect(esm.length).toBeLessThan(50_000); // compromise itself is over 1 MB
    for (const f of ["entities.d.ts", "entities.d.cts"]) expect(existsSync(dist(f))).toBe(true);
  });

  it("`require(\"wirecopy\")` does not load compromise; \"wirecopy/entities\" does, and works from ESM and CJS", () => {
    const loaded = 'console.log(Object.keys(require.cache).some((k) => k.includes("node_modules/compromise")))';
    expect(run(["-e", `require("wirecopy"); ${loaded}`]).stdout.trim()).toBe("false");
    expect(run(["-e", `require("wirecopy/entities"); ${loaded}`]).stdout.trim()).toBe("true");
    const page = JSON.stringify("Putin meets Kim\n\nPYONGYANG, June 20 (Reuters) - Vladimir Putin met Kim Jong Un.");
    const esm = run([
      "--input-type=module",
      "-e",
      `import { parseWireStory } from "wirecopy"; import { extractEntities } from "wirecopy/entities"; console.log(JSON.stringify(extractEntities(parseWireStory(${page})).places))`,
    ]);
    expect(esm.stderr).toBe("");
    expect(JSON.parse(esm.stdout)).toContain("Pyongyang");
    const cjs = run([
      "-e",
      `const { parseWireStory } = require("wirecopy"); const { extractEntities } = require("wirecopy/entities"); console.log(JSON.stringify(extractEntities(parseWireStory(${page})).people))`,
    ]);
    expect(cjs.stderr).toBe("");
    expect(JSON.parse(cjs.stdout)).toEqual(expect.arrayContaining(["Vladimir Putin"]));
  });
});
