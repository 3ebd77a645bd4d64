/**
 * The contract every platform adapter passes: a question gets a cited answer, a request with a
 * bad signature gets 401 and sends nothing, and a redelivered event is answered once.
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

    it("rejects a forged request with 401 and sends nothing", async () => {
      const before = h.sent().length;
      expect(await h.askForged("hoe vaak is het signaaloverleg?", `${name}-forged`)).toBe(401);
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
  });
}
