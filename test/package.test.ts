/** The built package: both module systems, and the CLI binary. Needs `npm run build` first (npm test does it). */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", input });

// These tests need the build; `npm test` builds first. Fail loudly rather than skip.
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run build` (npm test does) before these tests");
});

describe("the built package", () => {
  it("gives parseWireStory to import", () => {
    const r = run(["--input-type=module", "-e", 'import { parseWireStory } from "wirecopy"; console.log(typeof parseWireStory)']);
    expect(r.stdout.trim()).toBe("function");
  });

  it("gives parseWireStory to require", () => {
    const r = run(["-e", 'const { parseWireStory, WireParseError } = require("wirecopy"); console.log(typeof parseWireStory, typeof WireParseError)']);
    expect(r.stdout.trim()).toBe("function function");
  });
});

describe("wirecopy (CLI)", () => {
  it("prints the sample's story as pretty JSON", () => {
    const r = run([cli, "fixtures/seed-sample.txt"]);
    expect(r.status).toBe(0);
    const story = JSON.parse(r.stdout);
    expect(story.section).toBe("World");
    expect(story.dateline.city).toBe("Pyongyang");
    expect(story.moreNews).toHaveLength(1);
    expect(r.stdout.startsWith("{\n  ")).toBe(true);
  });

  it("prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(run([cli, "--version"]).stdout.trim()).toBe(pkg.version);
  });

  it("prints help", () => {
    const r = run([cli, "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage:\n\s+wirecopy FILE/);
  });

  it("reports a missing file on one line of stderr and exits 1", () => {
    const r = run([cli, "missing.txt"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("missing.txt");
  });

  it("exits 2 on an unknown option", () => {
    expect(run([cli, "--bogus"]).status).toBe(2);
  });
});
