#!/usr/bin/env node
// Parses every page of the public corpus (or the fixtures, when ../shared is absent) N times with
// the built parser, and prints nothing: the workload bench/instructions.sh counts.
// Usage: node bench/passes.mjs N [dist/index.js]
import { join, resolve } from "node:path";
import { pageSets } from "./lib.mjs";

const passes = Number(process.argv[2] ?? 1);
const { safeParseWireStory } = await import(resolve(process.argv[3] ?? join(import.meta.dirname, "..", "dist", "index.js")));
const sets = pageSets();
const texts = (sets.find(([name]) => name === "public corpus") ?? sets[0])[1];
for (let i = 0; i < passes; i++) for (const t of texts) safeParseWireStory(t);
