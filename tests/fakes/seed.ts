/**
 * A small network in Zoetermeer (and one person in Leiden) for tests against all platforms:
 * the gemeente, a director with WhatsApp and Slack, linked Slack and Teams channels, and a
 * demo person left over from an earlier demo run.
 */
import type { StoreData } from "../../src/storage/store.ts";

export const seed = (d: StoreData) => {
  d.people.push(
    {
      id: "gem-zoetermeer",
      name: "Gemeente Zoetermeer",
      roles: ["gemeente"],
      region: "zoetermeer",
      accounts: ["slack:UGEM"],
    },
    {
      id: "gem-leiden",
      name: "Gemeente Leiden",
      roles: ["gemeente"],
      region: "leiden",
      accounts: ["slack:ULEI"],
    },
    {
      id: "dir-klimboom",
      name: "Directeur Klimboom",
      roles: ["directeur"],
      region: "zoetermeer",
      school: "klimboom",
      accounts: ["whatsapp:31611111111", "slack:UDIR"],
    },
    // A demo person left in a store from an earlier demo run.
    {
      id: "demo-gemeente",
      name: "Demo Gemeente",
      roles: ["gemeente"],
      region: "zoetermeer",
      accounts: ["web:demo-gemeente"],
    },
  );
  d.conversations["slack:CZOETERMEER"] = { region: "zoetermeer", wijk: null };
  d.conversations["slack:CBUYTENWEGH"] = { region: "zoetermeer", wijk: "buytenwegh" };
  d.conversations["teams:19:channel-1@thread.tacv2"] = { region: "zoetermeer", wijk: null };
};
