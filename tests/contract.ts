/**
 * The contract every platform adapter passes: a question gets a cited answer, a request with a
 * bad signature gets 401 (or is refused otherwise) and sends nothing, a redelivered event is
 * answered once, and a reply meant for one person is shown to nobody else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle } from "./fakes/server.ts";

export interface AdapterHarness {
  /** Sends a correctly signed question as the platform would; returns the HTTP status. */
  ask(text: string, eventId: string): Promise<number>;
  /** Sends the same question with a wrong signature or token. */
  askForged(text: string, eventId: string): Promise<number>;
  /** Texts of everything the bot sent to the platform so far, in order. */
  sent(): string[];
  /** The status a forged request gets (401 where the platform signs requests). */
  forgedStatus?: number;
  /**
   * Sends a command whose reply is private (/help), where others can see: in a group where
   * the platform has groups, else in the sender's own chat.
   */
  askPrivately(text: string, eventId: string): Promise<number>;
  /** Texts the bot showed where others can see them, and texts only the sender sees. */
  visibility(): { shared: string[]; toSender: string[] };
  close(): Promise<void>;
}

export function adapterContract(name: string, setup: () => Promise<AdapterHarness>): void {
  describe(`${name} adapter contract`, () => {
    let h: AdapterHarness;
    beforeAll(async () => {
      h = await setup();
    });
    afterAll(async () => {
      await h?.close();
    });

    const waitForSent = async (n: number) => {
      await expect.poll(() => h.sent().length, { timeout: 5_000 }).toBeGreaterThanOrEqual(n);
    };

    it("answers a question with a cited answer", async () => {
      const before = h.sent().length;
      expect(await h.ask("hoe vaak is het signaaloverleg?", `${name}-q1`)).toBeLessThan(300);
      await waitForSent(before + 1);
      const answer = h.sent().slice(before).join("\n");
      expect(answer).toContain("vijf keer per jaar");
      expect(answer).toMatch(/§ 5\.1 Overlegstructuur - Signaaloverleg/);
    });

    it("rejects a forged request and sends nothing", async () => {
      const before = h.sent().length;
      expect(await h.askForged("hoe vaak is het signaaloverleg?", `${name}-forged`)).toBe(
        h.forgedStatus ?? 401,
      );
      await settle();
      expect(h.sent().length).toBe(before);
    });

    it("answers a redelivered event once", async () => {
      const before = h.sent().length;
      expect(await h.ask("wie is de wijkagent voor IKC Klimboom?", `${name}-dup`)).toBeLessThan(300);
      await waitForSent(before + 1);
      expect(await h.ask("wie is de wijkagent voor IKC Klimboom?", `${name}-dup`)).toBeLessThan(300);
      await settle(500);
      expect(h.sent().length).toBe(before + 1);
    });

    it("shows a private reply only to its person", async () => {
      const before = h.visibility();
      expect(await h.askPrivately("/help", `${name}-private`)).toBeLessThan(300);
      await expect
        .poll(() => h.visibility().toSender.slice(before.toSender.length).join("\n"), { timeout: 5_000 })
        .toContain("/signaal");
      const shared = h.visibility().shared.slice(before.shared.length).join("\n");
      expect(shared).not.toContain("/signaal");
    });
  });
}
