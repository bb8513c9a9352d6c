// Per-folder mutation score from one or more StrykerJS JSON reports (mutation-testing-elements
// schema): `node scripts/mutation-summary.mjs reports/mutation/lib.json reports/mutation/stages.json`.
// A file in several reports counts from the last one given. Score = (killed + timeout) /
// (killed + timeout + survived + no coverage), Stryker's "mutation score": ignored, static-ignored,
// compile and runtime errors are not in it. Prints a Markdown table: one row a folder, then
// src/stages + src/lib together, then all files given.
import { readFileSync } from "node:fs";

const files = new Map();
for (const path of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(path, "utf8"));
  for (const [name, file] of Object.entries(report.files)) files.set(name.replace(/^.*?(?=src\/)/, ""), file);
}
const empty = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, errors: 0 });
const add = (t, status) => {
  if (status in t) t[status]++;
  else if (status === "CompileError" || status === "RuntimeError") t.errors++;
  else throw new Error(`unknown status ${status}`);
};
const groups = new Map();
const byFile = new Map();
for (const [name, file] of files) {
  const folder = name.split("/").slice(0, -1).join("/");
  const t = groups.get(folder) ?? groups.set(folder, empty()).get(folder);
  const f = byFile.set(name, empty()).get(name);
  for (const m of file.mutants) (add(t, m.status), add(f, m.status));
}
const score = (t) => {
  const detected = t.Killed + t.Timeout;
  const valid = detected + t.Survived + t.NoCoverage;
  return valid === 0 ? "n/a" : `${((100 * detected) / valid).toFixed(2)}%`;
};
const sum = (keys, from = groups) => keys.reduce((a, k) => { for (const s of Object.keys(a)) a[s] += from.get(k)[s]; return a; }, empty());
const row = (name, t) => `| ${name} | ${t.Killed} | ${t.Survived} | ${t.Timeout} | ${t.NoCoverage} | ${t.Ignored} | ${score(t)} |`;
console.log("| Folder | Killed | Survived | Timeout | No coverage | Ignored | Score |");
console.log("| --- | --: | --: | --: | --: | --: | --: |");
const folders = [...groups.keys()].sort();
for (const k of folders) console.log(row(k, groups.get(k)));
const sl = folders.filter((k) => k === "src/stages" || k === "src/lib");
if (sl.length) console.log(row(`**${sl.join(" + ")}**`, sum(sl)));
console.log(row("**all files measured**", sum(folders)));
if (process.env.BY_FILE) for (const [k, t] of [...byFile].sort()) console.log(row(k, t));
