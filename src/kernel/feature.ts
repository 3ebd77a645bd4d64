/**
 * What a feature is to the router: the commands it answers and the buttons whose clicks it
 * handles. The router dispatches from the features' declarations alone; the contexts their
 * handlers get are the application's (who sent it, per the roster; where; in which language).
 */
import type { Reply } from "./message.ts";

export interface Feature<Context, ClickContext = Context> {
  /** For logs. */
  id: string;
  /** The commands it answers, by their name in the command list ("trend"). */
  commands?: Readonly<Record<string, (context: Context) => Promise<Reply>>>;
  /** The clicks it handles, by the part of a button's value before the first ":" ("netwerk"). */
  buttons?: Readonly<Record<string, (context: ClickContext) => Promise<Reply | null>>>;
  /**
   * Its commands and clicks leave no trace of who sent them: a message delivered twice is
   * recognised by this check (a keyed hash, say) instead of by its stored event id, and
   * nothing about the sender is written.
   */
  anonymous?: (messageKey: string) => Promise<boolean>;
  /**
   * A plain message (no command) in a one-to-one chat that may answer a question the feature
   * asked the sender before (a successor's name after "Nee, dat is nu iemand anders"): its
   * reply, or undefined when the feature waits for nothing from them.
   */
  replies?: (context: Context) => Promise<Reply | undefined>;
}

interface Entry<Context, ClickContext, In, Out> {
  feature: Feature<Context, ClickContext>;
  handle: (context: In) => Promise<Out>;
}

/** The features' handlers, found by command name or by button value. */
export interface Registry<Context, ClickContext> {
  command(name: string): Entry<Context, ClickContext, Context, Reply> | undefined;
  button(value: string): Entry<Context, ClickContext, ClickContext, Reply | null> | undefined;
  /** The features that may be waiting for a plain message. */
  repliers(): Array<Entry<Context, ClickContext, Context, Reply | undefined>>;
}

/**
 * The registry of the given features. Every name in `commands` must be answered by exactly
 * one feature, and no feature may answer a name that is not in the list: the list is what
 * the platforms' command menus register.
 * @throws Error naming a command that no feature answers, that two answer, or that is not in the list.
 */
export function registry<Context, ClickContext>(
  commands: readonly string[],
  features: ReadonlyArray<Feature<Context, ClickContext>>,
): Registry<Context, ClickContext> {
  const byName = new Map<string, Entry<Context, ClickContext, Context, Reply>>();
  const byPrefix = new Map<string, Entry<Context, ClickContext, ClickContext, Reply | null>>();
  for (const feature of features) {
    for (const [name, handle] of Object.entries(feature.commands ?? {})) {
      if (!commands.includes(name))
        throw new Error(`${feature.id} answers /${name}, which is not in the command list`);
      const other = byName.get(name);
      if (other) throw new Error(`/${name} is answered by both ${other.feature.id} and ${feature.id}`);
      byName.set(name, { feature, handle });
    }
    for (const [prefix, handle] of Object.entries(feature.buttons ?? {})) {
      const other = byPrefix.get(prefix);
      if (other)
        throw new Error(`buttons "${prefix}:" are handled by both ${other.feature.id} and ${feature.id}`);
      byPrefix.set(prefix, { feature, handle });
    }
  }
  const missing = commands.filter((c) => !byName.has(c));
  if (missing.length) throw new Error(`no feature answers ${missing.map((c) => `/${c}`).join(", ")}`);
  return {
    command: (name) => byName.get(name),
    button: (value) => byPrefix.get(value.split(":", 1)[0] ?? ""),
    repliers: () =>
      features.flatMap((feature) => (feature.replies ? [{ feature, handle: feature.replies }] : [])),
  };
}
