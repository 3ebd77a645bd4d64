/** Scores the personal-data detector on the corpus: precision and recall over findings. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { findPersonalData, type PiiKind } from "../../src/signals/pii.ts";

interface Item {
  text: string;
  pii: Array<{ kind: PiiKind; text: string }>;
}

export function scoreCorpus(file = join(import.meta.dirname, "pii-corpus.yaml")) {
  const items = (parse(readFileSync(file, "utf8")) as { items: Item[] }).items;
  let found = 0;
  let truePositives = 0;
  let expected = 0;
  let recalled = 0;
  const misses: string[] = [];
  for (const item of items) {
    const findings = findPersonalData(item.text);
    const spans = item.pii.map((p) => {
      const start = item.text.indexOf(p.text);
      if (start < 0) throw new Error(`corpus: "${p.text}" not in "${item.text}"`);
      return { ...p, start, end: start + p.text.length };
    });
    found += findings.length;
    expected += spans.length;
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const f of findings) {
      if (spans.some((s) => overlaps(s, f))) truePositives++;
      else misses.push(`false positive ${f.kind} "${f.text}" in: ${item.text}`);
    }
    for (const s of spans) {
      if (findings.some((f) => overlaps(s, f))) recalled++;
      else misses.push(`missed ${s.kind} "${s.text}" in: ${item.text}`);
    }
  }
  return {
    items: items.length,
    precision: found ? truePositives / found : 1,
    recall: expected ? recalled / expected : 1,
    misses,
  };
}

if (import.meta.main) {
  const r = scoreCorpus();
  for (const m of r.misses) console.log(m);
  console.log(
    `${r.items} texts: precision ${(r.precision * 100).toFixed(1)} %, recall ${(r.recall * 100).toFixed(1)} %`,
  );
}
