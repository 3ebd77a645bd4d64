import { spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
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
    expect(a.sources[0]).toMatchObject({ covenant: "almere" });
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
      sources: [{ covenant: "leiden" }],
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
    expect(r.out).toMatch(/zoetermeer\s+42\s+19\s+51\s+8\s+9/);
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

  it("--help and --version say what the command does and which version it is", () => {
    for (const args of [["--help"], ["-h"], ["help"], ["ask", "--help"]]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.out).toMatch(/^Usage: convenantbot <command> \[options\]/);
      expect(r.out).toMatch(/chat \[--region ID\] \[--lang nl\|en\]/);
      expect(r.out).toMatch(/-v, --version/);
    }
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const r = cli([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`convenantbot ${version}\n`);
    }
    // Without a command: the usage, and an exit code that says nothing was done.
    expect(cli([]).code).toBe(2);
  });

  it("suggests what was meant for a mistyped command, option or region", () => {
    const command = cli(["ak", "hoe vaak?"]);
    expect(command.code).toBe(2);
    expect(command.err).toBe(
      "Unknown command 'ak'. Did you mean 'ask'? Run convenantbot --help for usage.\n",
    );
    const option = cli(["ask", "hoe vaak?", "--regoin", "leiden"]);
    expect(option.code).toBe(2);
    expect(option.err).toBe(
      "Unknown option '--regoin'. Did you mean '--region'? Run convenantbot --help for the options.\n",
    );
    const region = cli(["ask", "hoe vaak?", "--region", "leidn"]);
    expect(region.code).toBe(2);
    expect(region.err).toMatch(
      /^Unknown region 'leidn'\. Did you mean 'leiden'\? Known regions: zoetermeer, /,
    );
    const missing = cli(["chat", "--region"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Option '--region' needs a value, e\.g\. --region leiden/);
    for (const r of [command, option, region, missing]) expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("takes region ids in any case, and region names", () => {
    for (const region of ["LEIDEN", "Leiden"]) {
      const r = cli(["ask", "hoe lang loopt het convenant?", "--region", region, "--json"]);
      expect(r.code, region).toBe(0);
      expect(JSON.parse(r.out).regions).toEqual(["leiden"]);
    }
    const byName = cli(["ask", "hoe lang loopt het convenant?", "--region", "Alphen aan den Rijn", "--json"]);
    expect(JSON.parse(byName.out).regions).toEqual(["alphen-aan-den-rijn"]);
    const jsonl = cli(
      ["ask", "--jsonl"],
      `${JSON.stringify({ question: "hoe lang loopt het convenant?", region: "West-Friesland" })}\nnull\n`,
    );
    const [first, second] = jsonl.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(first.answer).toContain("West-Friesland");
    // A line that is JSON but not an object is a bad line, not a crash.
    expect(second).toMatchObject({ answered: false, error: "bad_input" });
  });

  it("ask --jsonl stops quietly when its reader closes the pipe early ('... | head -1')", async () => {
    const child = spawn(process.execPath, [join(root, "bin", "convenantbot.js"), "ask", "--jsonl"], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
    });
    // The reader takes the first answer and goes away; many questions are still to come.
    child.stdout.once("data", () => child.stdout.destroy());
    const line = `${JSON.stringify({ question: "wie is de wijkagent", region: "zoetermeer" })}\n`;
    child.stdin.on("error", () => {});
    child.stdin.end(line.repeat(2000));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(err).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });

  it("chat stops at an empty line even while the terminal stays open, and at Ctrl-D", async () => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [join(root, "bin", "convenantbot.js"), "chat", "--region", "leiden"],
      {
        cwd: root,
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    // Typed, not piped: stdin is not closed after the empty line.
    child.stdin.write("hoe lang loopt het convenant?\n\n");
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(-1);
      }, 15_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(out).toContain("Stel je vraag; een lege regel of Ctrl-D stopt.");
    expect(out).toMatch(/stilzwijgend verlengd/);
    // Ctrl-D: the end of the input, without an empty line.
    const eof = cli(["chat"], "hoe vaak is het signaaloverleg in leiden?");
    expect(eof.code).toBe(0);
    expect(eof.out).toMatch(/signaaloverleg/i);
  });

  it("chat says where /signaal and the other network commands work, and keeps nothing", () => {
    const r = cli(
      ["chat", "--region", "zoetermeer"],
      "/signaal al weken vapen bij de bushalte\n/trend vapen\n/sgnaal\n/help\n/vraag hoe lang loopt het convenant?\n\n",
    );
    expect(r.code).toBe(0);
    const replies = r.out.split("\n> ").slice(1);
    expect(replies[0]).toMatch(
      /^Een signaal meld je in Slack, Teams, WhatsApp of de webchat .* met \/signaal <omschrijving>/,
    );
    expect(replies[0]).toContain("er is niets vastgelegd");
    expect(replies[1]).toMatch(/^\/trend werkt in Slack, Teams, WhatsApp en de webchat/);
    expect(replies[2]).toMatch(/^Onbekend commando \/sgnaal\. Bedoel je \/signaal\?/);
    expect(replies[3]).toMatch(/^Stel je vraag over de convenanten/);
    expect(replies[4]).toMatch(/Zoetermeer/);
    expect(r.err).toBe("");
  });

  it("serve on a port in use says so in one sentence, with the variable to change, and exits 1", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = cli(["serve"], undefined, { PORT: String(port), HOST: "127.0.0.1", STORE: "memory" });
      expect(r.code).toBe(1);
      const lines = r.err.trim().split("\n");
      expect(lines.at(-1)).toBe(
        `Cannot listen on port ${port} on 127.0.0.1: another process is using it. Stop that process or set PORT to a free port (for example PORT=3979).`,
      );
      // The other lines are the JSON log; no stack trace anywhere.
      for (const l of lines.slice(0, -1)) expect(() => JSON.parse(l)).not.toThrow();
      expect(r.err).not.toMatch(/\n\s+at |EADDRINUSE/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
