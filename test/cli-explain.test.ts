/**
 * `wirecopy --explain`: the page line by line with each line's role and the
 * rules that decided it, then a summary. Run as users run it, `node
 * dist/cli.js` in a child process (npm test builds first), on a pipe and on a
 * pseudo-terminal. The view itself, called directly: test/explain-view.test.ts.
 */
import { spawnSync } from "node:child_process";
import type { SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlToText } from "../src/html.js";
import { parseWireStory } from "../src/index.js";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
const seedPath = "fixtures/seed-sample.txt";
const seedText = readFileSync(join(root, seedPath), "utf8");
const HEADLINE = "Russia, N Korea agree on mutual support if attacked";
const ESC = "\x1b";
/** SGR escape codes. */
const SGR_CODE = /\x1b\[\d+m/g;

/** The environment without the colour switches of the shell that runs the tests, plus `env`. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = process.env;
  return { ...rest, ...env };
}

/** Runs the built command with stdout on a pipe; stdin is `input`. */
function run(args: readonly string[], input = "", env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", input, env: cleanEnv(env) });
}

/** The rows of an output, without the final newline. */
const rows = (stdout: string): string[] => stdout.replace(/\n$/, "").split("\n");

/** The summary: the rows after the last blank row. */
const summary = (stdout: string): string[] => {
  const all = rows(stdout);
  return all.slice(all.lastIndexOf("") + 1);
};

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test does) before these tests`);
});

describe("wirecopy --explain FILE on a pipe", () => {
  const r = (): SpawnSyncReturns<string> => run(["--explain", seedPath]);

  it("prints plain text, exit 0, nothing on stderr", () => {
    const out = r();
    expect(out.status).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).not.toContain(ESC);
  });

  it("gives one row per input line: the line's number and its whole text, blank lines blank", () => {
    const input = seedText.replace(/\n$/, "").split("\n");
    const out = rows(r().stdout);
    input.forEach((line, i) => {
      if (line.trim() === "") expect(out[i]).toBe("");
      else expect(out[i]!.startsWith(`${String(i + 1).padStart(2)}  `) && out[i]!.includes(`  ${line}  # `)).toBe(true);
    });
    // Then a blank row and the summary.
    expect(out[input.length]).toBe("");
  });

  it("shows the headline's role and the rules that made it the headline, with their scores", () => {
    const row = rows(r().stdout)[2]!;
    expect(row.startsWith(` 3  headline         ${HEADLINE}  # list -30 headline: above-date-or-byline +4 title-length +4 `)).toBe(true);
    // Every rule the library noted for the line, by its name under "headline:", with its signed score; the total last.
    const noted = parseWireStory(seedText, { explain: true }).explain!.find((e) => e.line === 3)!.rules;
    expect(noted.length).toBeGreaterThan(3);
    for (const { name, score } of noted) {
      const shown = name === "headline:score" ? `= ${score > 0 ? "+" : ""}${score}` : `${name.replace(/^headline:/, "")} ${score > 0 ? "+" : ""}${score}`;
      expect(row).toContain(` ${shown}`);
    }
    expect(row).toMatch(/ = \+\d+(\.\d+)?$/);
  });

  it("shows the dateline's line as a body line split into dateline and body, with the rule that started the story", () => {
    const row = rows(r().stdout)[6]!;
    expect(row).toMatch(/^ 7  body {13}Pyongyang \[North Korea\], June 20: The leaders of Russia .+ two countries\.  # \[dateline\+body\] running-text \+\d+ run-start \+\d+$/);
  });

  it("shows the section, the date line, the source, the teaser block and its heading", () => {
    const out = rows(r().stdout);
    expect(out[0]).toMatch(/^ 1  section {10}World  # list -30 headline: label-shape -3 .* = -?\d+(\.\d+)? section: label-above-headline \+1$/);
    expect(out[4]).toBe(" 5  published        Jun 20, 2024  # meta -30");
    expect(out[17]).toBe("18  source           Source: Qatar Tribune  # meta -30");
    expect(out[19]).toBe("20  furniture        More news  # teaser-heading -150");
    expect(out[21]).toMatch(/^22  teaser-headline  Scholars Merit Launches .+  # list -30$/);
    expect(out[23]).toMatch(/^24  teaser-summary   New Delhi \[India\], November 2: Scholars Merit.+  # \[teaser-dateline\+teaser-summary\] /);
  });

  it("ends with the summary of the story", () => {
    expect(summary(r().stdout)).toEqual([
      `headline   ${HEADLINE}`,
      "section    World",
      "byline     (none)",
      "dateline   Pyongyang [North Korea], June 20:  (city Pyongyang, country North Korea, date 2024-06-20)",
      "published  Jun 20, 2024  (2024-06-20)",
      "body       11 paragraphs",
      "teasers    1",
      "warnings   none",
    ]);
  });

  it("lists the warnings in the summary, one a row", () => {
    const page = "Mayor opens the new bridge over the river\n\nBy Jane Doe\n\nPARIS, June 3 (AFP) - The mayor opened the bridge on Tuesday, two years late.\n";
    const out = run(["--explain", "-"], page);
    expect(out.status).toBe(0);
    expect(summary(out.stdout)).toEqual([
      "headline   Mayor opens the new bridge over the river",
      "section    (none)",
      "byline     Jane Doe",
      "dateline   PARIS, June 3 (AFP) -  (city PARIS, agency AFP)",
      "published  (none)",
      "body       1 paragraph",
      "teasers    0",
      expect.stringMatching(/^warnings   DATE_YEAR_UNKNOWN: the story's dateline "PARIS, June 3 \(AFP\) -" has no year/),
    ]);
    expect(rows(out.stdout)[2]).toBe("3  byline           By Jane Doe  # meta -30");
  });

  it("passes --reference-date to the parser", () => {
    const page = "Mayor opens the new bridge over the river\n\nPARIS, June 3 (AFP) - The mayor opened the bridge on Tuesday, two years late.\n";
    const out = summary(run(["--explain", "--reference-date", "2024-06-20", "-"], page).stdout);
    expect(out).toContain("dateline   PARIS, June 3 (AFP) -  (city PARIS, date 2024-06-03, agency AFP)");
    expect(out).toContain("warnings   none");
  });
});

describe("wirecopy --explain from stdin", () => {
  it("reads the page from stdin for -, and when no FILE is given, as from the file", () => {
    const fromFile = run(["--explain", seedPath]).stdout;
    expect(fromFile).toContain(HEADLINE);
    expect(run(["--explain", "-"], seedText).stdout).toBe(fromFile);
    expect(run(["--explain"], seedText).stdout).toBe(fromFile);
  });

  it("reports a page that gives no story on stderr, exit 1, nothing on stdout", () => {
    const out = run(["--explain"], "  \n\n ");
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe("wirecopy: (stdin): EMPTY_INPUT: input is empty or only whitespace\n");
  });
});

describe("wirecopy --explain on HTML", () => {
  it("explains an .html file by the lines of its text (htmlToText), blank lines blank", () => {
    const out = run(["--explain", "fixtures/html/seed-sample.html"]);
    expect(out.status).toBe(0);
    const text = htmlToText(readFileSync(join(root, "fixtures", "html", "seed-sample.html"), "utf8")).split("\n");
    const shown = rows(out.stdout);
    text.forEach((line, i) => {
      if (line.trim() === "") expect(shown[i]).toBe("");
      else expect(shown[i]).toContain(`  ${line}  # `);
    });
    const headline = shown.find((row) => row.includes(`  ${HEADLINE}  `));
    expect(headline).toMatch(/^\d+  headline {9}Russia, N Korea .+  # .*headline: .*above-date-or-byline \+4/);
    expect(summary(out.stdout)[0]).toBe(`headline   ${HEADLINE}`);
  });

  it("reads stdin as HTML with --format html", () => {
    const html = readFileSync(join(root, "fixtures", "html", "seed-sample.html"), "utf8");
    expect(run(["--explain", "--format", "html", "-"], html).stdout).toBe(run(["--explain", "fixtures/html/seed-sample.html"]).stdout);
  });
});

describe("colour", () => {
  it("colours with FORCE_COLOR=1 on a pipe: headline bold, furniture dim, teasers cyan, meta yellow, scores green and red", () => {
    const out = run(["--explain", seedPath], "", { FORCE_COLOR: "1" });
    expect(out.status).toBe(0);
    const shown = rows(out.stdout);
    expect(shown[2]).toContain(`${ESC}[1mheadline${ESC}[0m`);
    expect(shown[2]).toContain(`${ESC}[1m${HEADLINE}${ESC}[0m`);
    expect(shown[2]).toContain(`title-length ${ESC}[32m+4${ESC}[0m`);
    expect(shown[2]).toContain(`list ${ESC}[31m-30${ESC}[0m`);
    expect(shown[19]).toContain(`${ESC}[2mMore news${ESC}[0m`);
    expect(shown[21]).toContain(`${ESC}[36mteaser-headline${ESC}[0m`);
    expect(shown[4]).toContain(`${ESC}[33mJun 20, 2024${ESC}[0m`);
    // The dateline part of a split line in the dateline's colour, the body part plain.
    expect(shown[6]).toContain(`${ESC}[33mPyongyang [North Korea], June 20:${ESC}[0m The leaders`);
  });

  it("writes the same text with or without colour", () => {
    const coloured = run(["--explain", seedPath], "", { FORCE_COLOR: "1" }).stdout;
    expect(coloured).toContain(ESC);
    expect(coloured.replace(SGR_CODE, "")).toBe(run(["--explain", seedPath]).stdout);
  });

  it("stays plain with FORCE_COLOR=0, and with NO_COLOR on a pipe", () => {
    expect(run(["--explain", seedPath], "", { FORCE_COLOR: "0" }).stdout).not.toContain(ESC);
    expect(run(["--explain", seedPath], "", { NO_COLOR: "1" }).stdout).not.toContain(ESC);
  });
});

describe("on a terminal", () => {
  // `script` runs the command on a pseudo-terminal of 90 columns, so stdout is a TTY.
  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
  const COLUMNS = 90;
  const onTerminal = (env: Record<string, string>): string => {
    const r = spawnSync("script", ["-qec", `stty cols ${COLUMNS}; "${process.execPath}" "${cli}" --explain ${seedPath}`, "/dev/null"], {
      cwd: root,
      encoding: "utf8",
      env: cleanEnv(env),
    });
    expect(r.status).toBe(0);
    return r.stdout.replace(/\r\n/g, "\n");
  };

  it.skipIf(!hasScript)("colours by default and cuts every row to the terminal's width", () => {
    const out = onTerminal({});
    expect(out).toContain(`${ESC}[1m${HEADLINE.slice(0, 20)}`);
    const shown = rows(out.replace(SGR_CODE, ""));
    expect(shown.length).toBe(26 + 1 + 8);
    for (const row of shown) expect([...row].length).toBeLessThanOrEqual(COLUMNS);
    // Long paragraphs are cut with "…", their rule kept whole.
    expect(shown[7]).toMatch(/^ 8  body {13}The agreement on all-encompassing .+…  # running-text \+231$/);
    // The headline's rules are cut between two rules, never inside a score.
    expect(shown[2]).toMatch(/^ 3  headline {9}Russia, N Korea agree on mutual support.*  # list -30 .*…$/);
    expect(shown[2]).not.toMatch(/[+-]\d*…$/);
  });

  it.skipIf(!hasScript)("stays plain with NO_COLOR=1, still cut to width", () => {
    const out = onTerminal({ NO_COLOR: "1" });
    expect(out).not.toContain(ESC);
    expect(out).toContain("…");
    expect(rows(out)[0]).toMatch(/^ 1  section {10}World  # list -30 /);
  });
});

describe("usage", () => {
  it.each([
    [["--explain", "--ndjson", "a.txt"], "--explain shows one page as text; it does not go with --ndjson"],
    [["--explain", "--input", "ndjson"], "--explain shows one page as text; it does not go with --input ndjson"],
    [["--explain", "--input", "warc", "a.warc"], "--explain shows one page as text; it does not go with --input warc"],
    [["--explain", "--fingerprint", "a.txt"], "--explain shows one page as text; it does not go with --fingerprint"],
    [["--explain", "--schema"], "--explain shows one page as text; it does not go with --schema"],
    [["--explain", "a.txt", "b.txt"], "--explain shows one page: give one FILE, or - for stdin"],
  ])("exits 2 on %j with a usage error and nothing on stdout", (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`wirecopy: ${message}\n`);
  });

  it("lists --explain in --help, with an example", () => {
    const r = run(["--help"]);
    expect(r.stdout).toContain("wirecopy --explain FILE|-");
    expect(r.stdout).toMatch(/--explain {16}one page/);
    expect(r.stdout).toContain("wirecopy --explain page.txt");
  });
});
