/** The `check-knowledge` summary: what the knowledge base holds, per region and kind. */
import type { KnowledgeBase } from "./schema.ts";

export function summarize(kb: KnowledgeBase): string {
  const header = [
    "region",
    "provisions",
    "definitions",
    "schools",
    "boards",
    "wijken",
    "overleggen",
    "roles",
    "contacts",
  ];
  const rows = kb.regions.map((r) => [
    r.id,
    r.covenant.provisions.length,
    r.covenant.definitions.length,
    r.schools.length,
    r.boards.length,
    r.wijken.length,
    r.overleggen.length,
    r.roles.length,
    `${r.contacts.length}${r.contactsAreSample ? " (sample)" : ""}`,
  ]);
  const total = (i: number) => rows.reduce((n, row) => n + Number.parseInt(String(row[i]), 10), 0);
  rows.push(["total", ...header.slice(1).map((_, i) => total(i + 1))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const fmt = (row: Array<string | number>) =>
    row
      .map((c, i) => String(c).padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    "Knowledge base is valid.",
    "",
    fmt(header),
    ...rows.map(fmt),
    "",
    `General guidance items: ${kb.guidance.length}`,
    `Vocabulary: ${kb.vocabulary.roles.length} roles and organisations, ${kb.vocabulary.topics.length} topics, ${kb.vocabulary.meetingTypes.length} meeting types`,
  ].join("\n");
}
