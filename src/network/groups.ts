/**
 * Groups the bot manages for a wijk or region network (WhatsApp's Groups API): `/groep maak`
 * creates an invite-only group with join approval, whose link goes privately to the roster's
 * people of that network; a join request is approved for a person of that network and refused
 * for anyone else (the gemeente is told, privately); leaves and removals update the network;
 * `/groep leden` lists the members by name and role, `/groep verwijder <naam>` removes one;
 * the platform's member limit is enforced before the platform refuses. `/groep uitleg` gives
 * the message a gemeente pastes into an old ad-hoc group to move its members over.
 *
 * The commands are in groups/commands.ts, what the platform reports in groups/events.ts, and
 * what both share (who belongs to a network, telling people privately) in groups/context.ts.
 */
import type { ChatFeature } from "../core/commands.ts";
import type { GroupAdmin, GroupEvent, GroupEventHandler } from "../kernel/groups.ts";
import type { RegionKnowledge } from "../knowledge/schema.ts";
import type { Person } from "../model/people.ts";
import { groupCommand } from "./groups/commands.ts";
import { GroupsContext, type GroupsDeps } from "./groups/context.ts";
import { groupEvent } from "./groups/events.ts";

export type { GroupsDeps };

export class ManagedGroups implements GroupEventHandler {
  private readonly shared: GroupsContext;

  constructor(deps: GroupsDeps) {
    this.shared = new GroupsContext(deps);
  }

  /** The platform's group administration, once its adapter runs. */
  useAdmin(admin: GroupAdmin): void {
    this.shared.deps.admin = admin;
  }

  /** Whether the person belongs to the network of the region, or of one wijk of it. */
  belongs(person: Person, region: RegionKnowledge, wijk: string | null): boolean {
    return this.shared.belongs(person, region, wijk);
  }

  readonly feature: ChatFeature = {
    id: "groups",
    commands: {
      groep: (ctx) => groupCommand(this.shared, ctx),
    },
  };

  /** What happened to a group, as the platform reported it. */
  groupEvent(event: GroupEvent): Promise<void> {
    return groupEvent(this.shared, event);
  }
}
