/** /webchat: a private, one-time sign-in link to the web chat for a roster person. */
import type { ChatFeature } from "../core/commands.ts";
import { msg } from "../core/i18n.ts";
import type { Reply } from "../core/message.ts";
import type { Language } from "../engine/language.ts";
import type { Person } from "../model/people.ts";
import type { SignInLinks } from "./signin.ts";

export interface WebChatAccess {
  mode: "demo" | "signin" | "off";
  /** The address people open the bot at. */
  publicUrl: string;
  signIn?: SignInLinks;
}

export async function webchatLink(
  person: Person | undefined,
  lang: Language,
  access: WebChatAccess | undefined,
): Promise<Reply> {
  const base = (access?.publicUrl ?? "").replace(/\/$/, "");
  const say = (text: string): Reply => ({ text, visibility: "ephemeral" });
  if (!access || access.mode === "off" || (access.mode === "signin" && !access.signIn))
    return say(msg(lang, "webchat.off"));
  if (access.mode === "demo") return say(msg(lang, "webchat.demo", { url: `${base}/` }));
  if (!person || !access.signIn) return say(msg(lang, "webchat.notMember"));
  const { token } = await access.signIn.create(person.id);
  return say(msg(lang, "webchat.link", { url: `${base}/login/${token}` }));
}

/** /webchat: a person's way into the web chat. */
export function webchatFeature(access: WebChatAccess | undefined): ChatFeature {
  return {
    id: "webchat",
    commands: { webchat: (c) => webchatLink(c.person, c.lang, access) },
  };
}
