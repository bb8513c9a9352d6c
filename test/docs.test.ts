/**
 * The docs cannot rot: every fenced block marked `runnable` in README.md,
 * CONTRIBUTING.md and docs/*.md is run against the built package (npm test
 * builds first), and every relative link and anchor between them resolves.
 * The convention is in CONTRIBUTING.md ("Code blocks in the docs"):
 *
 * - ```ts runnable / ```js runnable: run as an ES module by Node, from the
 *   repository's root, `wirecopy` being the built package (dist/); each
 *   `//=> value` comment is checked (deep equality).
 * - ```sh runnable: run by bash (`-euo pipefail`) from the root, `wirecopy`
 *   on the PATH being the built CLI; it must exit 0.
 * - ```console runnable: each `$ command` is run the same way, and what it
 *   prints (stdout and stderr) must match the lines under it (`…` stands for
 *   any text; alone on a line, for any lines).
 * - Every ts, js, sh and console block says `runnable` or `no-run`.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { transformSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { CHECK_PRELUDE, CODE_LANGS, codeBlocks, headingAnchors, outputMatches, relativeLinks, withChecks, type CodeBlock } from "./support/docs.js";

const root = join(import.meta.dirname, "..");
const docFiles = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const texts = new Map(docFiles.map((f) => [f, readFileSync(join(root, f), "utf8")] as const));
const blocks = docFiles.filter((f) => f !== "CHANGELOG.md").flatMap((f) => codeBlocks(f, texts.get(f)!));
const runnable = blocks.filter((b) => b.flags.includes("runnable"));

/** Where a block's scratch files go: a folder whose node_modules/wirecopy is this repository, and a bin/ with the CLI. */
let scratch = "";
let env: NodeJS.ProcessEnv = {};

beforeAll(() => {
  if (!existsSync(join(root, "dist", "cli.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does) before these tests");
  scratch = mkdtempSync(join(tmpdir(), "wirecopy-docs-"));
  mkdirSync(join(scratch, "node_modules"));
  symlinkSync(root, join(scratch, "node_modules", "wirecopy"), "dir");
  mkdirSync(join(scratch, "bin"));
  const shim = join(scratch, "bin", "wirecopy");
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(root, "dist", "cli.js")}" "$@"\n`);
  chmodSync(shim, 0o755);
  // Plain output, whatever the terminal running the tests says; no start-up file of the user's shell
  // (a BASH_ENV that reads a bashrc breaks under `bash -u`).
  env = { ...process.env, PATH: `${join(scratch, "bin")}:${dirname(process.execPath)}:${process.env.PATH ?? ""}`, NO_COLOR: "1", FORCE_COLOR: undefined, TERM: "dumb", BASH_ENV: undefined, ENV: undefined };
});

const where = (b: CodeBlock): string => `${b.file}:${b.line}`;

/** Runs a shell command from the root; stdout and stderr together, as a terminal shows them. */
function shell(command: string): { status: number | null; output: string } {
  const r = spawnSync("bash", ["-euo", "pipefail", "-c", `${command} 2>&1`], { cwd: root, env, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** Runs a ts/js block as a module from the scratch folder, with the root as working directory. */
function runModule(b: CodeBlock, index: number): { status: number | null; output: string; checks: number } {
  const { code, checks } = withChecks(b.code);
  const js = transformSync(code, { loader: "ts", format: "esm", target: "node20" }).code;
  const file = join(scratch, `block-${index}.mjs`);
  writeFileSync(file, CHECK_PRELUDE + js);
  const r = spawnSync(process.execPath, [file], { cwd: root, env, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, output: r.stdout + r.stderr, checks };
}

describe("code blocks in the docs", () => {
  it("finds the docs and their runnable blocks", () => {
    expect(docFiles).toEqual(expect.arrayContaining(["README.md", "CONTRIBUTING.md", "docs/cli.md", "docs/design.md", "docs/performance.md"]));
    expect(runnable.length).toBeGreaterThanOrEqual(12);
    for (const lang of ["ts", "sh", "console"]) expect(runnable.some((b) => b.lang === lang), lang).toBe(true);
  });

  it("says of every ts, js, sh and console block whether it runs", () => {
    const unmarked = blocks
      .filter((b) => (CODE_LANGS as readonly string[]).includes(b.lang))
      .filter((b) => b.flags.includes("runnable") === b.flags.includes("no-run"))
      .map(where);
    expect(unmarked, "mark each `runnable` or `no-run` (CONTRIBUTING.md)").toEqual([]);
    const wrongLang = runnable.filter((b) => !(CODE_LANGS as readonly string[]).includes(b.lang)).map(where);
    expect(wrongLang, "only ts, js, sh and console blocks can run").toEqual([]);
  });

  runnable.forEach((b, i) => {
    it(`runs ${b.lang} block ${where(b)}`, () => {
      if (b.lang === "ts" || b.lang === "js") {
        const r = runModule(b, i);
        expect(r.status, `${where(b)} failed:\n${r.output}`).toBe(0);
      } else if (b.lang === "sh") {
        const r = shell(b.code);
        expect(r.status, `${where(b)} failed:\n${r.output}`).toBe(0);
      } else {
        const steps = b.code.split(/^\$ /m).slice(1);
        expect(steps.length, `${where(b)}: a console block shows at least one "$ command"`).toBeGreaterThan(0);
        for (const step of steps) {
          const [command, ...shown] = step.split("\n");
          const r = shell(command!);
          expect(outputMatches(shown.join("\n"), r.output), `${where(b)}: \`${command}\` printed:\n${r.output}\nwhere the docs show:\n${shown.join("\n")}`).toBe(true);
        }
      }
    });
  });
});

describe("links between the docs", () => {
  it("resolves every relative link, and every anchor to a heading", () => {
    const broken: string[] = [];
    for (const [file, text] of texts) {
      for (const link of relativeLinks(text)) {
        const [path, anchor] = link.split("#") as [string, string | undefined];
        const target = path === "" ? file : relative(root, resolve(root, dirname(file), decodeURIComponent(path)));
        if (!existsSync(join(root, target))) {
          broken.push(`${file}: ${link} (no file ${target})`);
          continue;
        }
        if (anchor === undefined || anchor === "") continue;
        const targetText = texts.get(target) ?? (target.endsWith(".md") ? readFileSync(join(root, target), "utf8") : null);
        if (targetText === null || !headingAnchors(targetText).has(anchor)) broken.push(`${file}: ${link} (no heading #${anchor} in ${target})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("the docs' own checks", () => {
  it("turn //=> comments into checks, which fail on a wrong value", () => {
    const { code, checks } = withChecks('const a = 1 + 1; //=> 2\n[a, a]\n//=> [2,\n//   2]\nconst o = { b: "x" };\no.b; //=> "y"');
    expect(checks).toBe(3);
    expect(code).toContain("__check((a), (2), 1);");
    expect(code).toContain("__check(([a, a]), ([2, 2]), 3);");
    const file = join(mkdtempSync(join(tmpdir(), "wirecopy-docs-")), "check.mjs");
    writeFileSync(file, CHECK_PRELUDE + code);
    const r = spawnSync(process.execPath, [file], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("//=> on line 6 of the block");
  });

  it("match console output with … standing for text or lines", () => {
    expect(outputMatches("{\n  \"a\": 1,\n  …\n}", '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}\n')).toBe(true);
    expect(outputMatches("row  Pyongyang…  # rules", "row  Pyongyang [North Korea]  # rules")).toBe(true);
    expect(outputMatches("{\n  \"a\": 2,\n  …\n}", '{\n  "a": 1,\n  "b": 2\n}')).toBe(false);
    expect(outputMatches("one line", "one line\nand another")).toBe(false);
  });

  it("find GitHub's anchors for headings, repeats numbered", () => {
    const anchors = headingAnchors("# A `b/c`: d\n## API\n### API\n## How a page was read: `--explain`\n```sh\n# not a heading\n```\n");
    expect([...anchors]).toEqual(["a-bc-d", "api", "api-1", "how-a-page-was-read---explain"]);
  });
});
