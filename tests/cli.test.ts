import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { edit, knowledgeCopy } from "./helpers.ts";

const root = join(import.meta.dirname, "..");
function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, "bin", "convenantbot.js"), ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("convenantbot CLI", () => {
  it("ask prints the cited answer", () => {
    const r = cli(["ask", "wie is de wijkagent voor IKC Klimboom?"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/IKC Klimboom ligt in de wijk Buytenwegh/);
    expect(r.out).toMatch(/^Bron: .*bijlage 4, wijkplan Buytenwegh/m);
  });

  it("ask --json prints the answer as JSON, and --region sets the region", () => {
    const r = cli(["ask", "hoe lang loopt het convenant?", "--region", "almere", "--json"]);
    const a = JSON.parse(r.out);
    expect(a).toMatchObject({ answered: true, language: "nl", regions: ["almere"] });
    expect(a.sources[0]).toEqual({ covenant: "almere", ref: "art. 10.3", title: "Looptijd" });
    expect(a.answer).toMatch(/vier jaar/);
  });

  it("ask --jsonl answers every line in order, with an error object for a bad line", () => {
    const input = [
      JSON.stringify({ question: "hoe vaak is het signaaloverleg?", region: null }),
      "{not json",
      JSON.stringify({ question: "How often does the kerngroep meet?", region: "almere" }),
      JSON.stringify({ question: "wat wordt het weer morgen?", region: null }),
      JSON.stringify({ question: "hoe vaak?", region: "utrecht" }),
    ].join("\n");
    const r = cli(["ask", "--jsonl"], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0]).sort()).toEqual(["answer", "answered", "confidence", "language", "sources"]);
    expect(lines[0]).toMatchObject({
      answered: true,
      language: "nl",
      sources: [{ covenant: "leiden" }, { covenant: "leiden" }],
    });
    expect(lines[1]).toMatchObject({ answered: false, error: "invalid_json" });
    expect(lines[2]).toMatchObject({ answered: true, language: "en" });
    expect(lines[2].answer).toMatch(/four times a year/);
    expect(lines[3]).toMatchObject({ answered: false, confidence: 0 });
    expect(lines[4]).toMatchObject({ answered: false, error: "bad_input" });
    expect(lines[4].answer).toMatch(/Unknown region 'utrecht'/);
  });

  it("pii --jsonl prints the redacted text and findings of every line in order, an error for a bad line", () => {
    const input = [
      JSON.stringify({ text: "Leerling Ahmed, bel 06-12345678" }),
      "{not json",
      JSON.stringify({ question: "geen tekst" }),
      JSON.stringify({ text: "Rustige week in Seghwaert." }),
    ].join("\n");
    const r = cli(["pii", "--jsonl"], `${input}\n`);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("Ahmed");
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        redacted: "Leerling [naam], bel [telefoonnummer]",
        findings: [
          { kind: "naam", text: "Ahmed" },
          { kind: "telefoon", text: "06-12345678" },
        ],
      },
      { error: expect.stringMatching(/^Line 2: /) },
      { error: expect.stringMatching(/^Line 3: .*"text"/) },
      { redacted: "Rustige week in Seghwaert.", findings: [] },
    ]);
  });

  it("check-knowledge prints counts per region", () => {
    const r = cli(["check-knowledge"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Knowledge base is valid/);
    expect(r.out).toMatch(/zoetermeer\s+41\s+19\s+51\s+8\s+9/);
  });

  it("check-knowledge fails with the file and path of an error", () => {
    const dir = knowledgeCopy();
    try {
      edit(dir, "leiden/overleggen.yaml", "windowWeeks: 3", "windowWeeks: three");
      const r = cli(["check-knowledge", "--dir", dir]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/leiden\/overleggen\.yaml at overleggen\[0\]\.rhythm\.windowWeeks/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses unknown commands and regions with usage, not a stack trace", () => {
    const r = cli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown command 'frobnicate'/);
    const r2 = cli(["ask", "hoe vaak?", "--region", "utrecht"]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/Known regions: zoetermeer/);
    expect(r2.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("chat answers questions typed in the terminal until an empty line", () => {
    const r = cli(["chat", "--region", "leiden"], "hoe lang loopt het convenant?\n\n");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/stilzwijgend verlengd, telkens voor twee jaar/);
  });
});
