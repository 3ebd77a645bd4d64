/** /webchat: a private, one-time sign-in link to the web chat for a roster person. */
import type { Reply } from "../core/message.ts";
import type { Language } from "../engine/language.ts";
import type { Person } from "../storage/store.ts";
import type { SignInLinks } from "./signin.ts";

export interface WebChatAccess {
  mode: "demo" | "signin" | "off";
  /** The address people open the bot at. */
  publicUrl: string;
  signIn?: SignInLinks;
}

const t = (lang: Language, nl: string, en: string) => (lang === "nl" ? nl : en);

export function webchatLink(
  person: Person | undefined,
  lang: Language,
  access: WebChatAccess | undefined,
): Reply {
  const base = (access?.publicUrl ?? "").replace(/\/$/, "");
  const say = (nl: string, en: string): Reply => ({ text: t(lang, nl, en), visibility: "ephemeral" });
  if (!access || access.mode === "off" || (access.mode === "signin" && !access.signIn))
    return say("De webchat staat uit op deze server.", "The web chat is switched off on this server.");
  if (access.mode === "demo")
    return say(
      `De webchat draait hier als demo, alleen op deze computer: ${base}/`,
      `The web chat runs here as a demo, on this computer only: ${base}/`,
    );
  if (!person || !access.signIn)
    return say(
      "De webchat is voor deelnemers van het netwerk, en je staat nog niet in het deelnemersoverzicht. Vraag de gemeente om je toe te voegen.",
      "The web chat is for network members, and you are not in the participants list yet. Ask the municipality to add you.",
    );
  const { token } = access.signIn.create(person.id);
  return say(
    `Je persoonlijke inloglink voor de webchat (10 minuten geldig, werkt één keer; deel hem niet):\n${base}/login/${token}`,
    `Your personal sign-in link for the web chat (valid for 10 minutes, works once; do not share it):\n${base}/login/${token}`,
  );
}
