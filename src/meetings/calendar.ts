/**
 * The meeting plan as an iCalendar feed that Outlook and Google Calendar subscribe to:
 * GET /calendar/<region>.ics or /calendar/<region>/<wijk>.ics with the feed's secret token.
 * ical-generator writes the format (escaping, line folding, UTC times).
 */
import { timingSafeEqual } from "node:crypto";
import ical, { ICalEventStatus } from "ical-generator";
import type { Logger } from "../core/logger.ts";
import type { StoragePorts } from "../model/ports.ts";
import { type Route, sendJson } from "../server/http.ts";
import type { MeetingPlan } from "./plan.ts";

function sameToken(given: string, expected: string | undefined): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The feed of a region (with a wijk: that wijk's meetings and the region-wide ones). */
type CalendarPorts = Pick<StoragePorts, "meetings" | "calendarTokens">;

export async function calendarFeed(
  plan: MeetingPlan,
  ports: CalendarPorts,
  region: string,
  wijk: string | null,
): Promise<string> {
  const r = plan.region(region);
  const name = `Overleggen schoolveiligheid ${wijk ? `${r?.wijken.find((w) => w.id === wijk)?.name} (${r?.name})` : r?.name}`;
  const cal = ical({
    name,
    prodId: { company: "Convenantbot", product: "overleggen", language: "NL" },
    ttl: 60 * 60,
  });
  for (const m of await ports.meetings.list(region)) {
    if (wijk && m.wijk && m.wijk !== wijk) continue;
    const o = plan.overleg(m.overleg);
    cal.createEvent({
      id: `${m.id}@convenantbot`,
      start: new Date(m.start),
      end: new Date(m.start + m.durationMinutes * 60_000),
      summary: `${o?.name ?? m.overleg}${m.status === "cancelled" ? " (geannuleerd)" : ""}`,
      location: m.place,
      description: [
        o?.purpose.nl,
        o ? `Ritme volgens het convenant: ${o.rhythm.text.nl}.` : "",
        `Agendapunt sturen: /overleg agenda ${m.id} <punt>`,
      ]
        .filter(Boolean)
        .join("\n"),
      sequence: m.sequence,
      status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

export function calendarRoute(plan: MeetingPlan, ports: CalendarPorts, logger: Logger): Route {
  return {
    method: "GET",
    path: "/calendar/*",
    async handle(req, res) {
      const url = new URL(req.url ?? "/", "http://localhost");
      const m = url.pathname.match(/^\/calendar\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\.ics$/);
      const region = m && plan.region(m[1]);
      const wijk = m?.[2] ? region?.wijken.find((w) => w.id === m[2]) : undefined;
      if (!m || !region || (m[2] && !wijk)) {
        sendJson(res, 404, { error: "unknown calendar" });
        return;
      }
      const key = wijk ? `${region.id}/${wijk.id}` : region.id;
      if (!sameToken(url.searchParams.get("token") ?? "", await ports.calendarTokens.get(key))) {
        logger.warn("calendar: wrong or missing token", { calendar: key });
        sendJson(res, 403, {
          error: "this calendar needs its link with token; ask for it with /overleg kalender",
        });
        return;
      }
      const feed = await calendarFeed(plan, ports, region.id, wijk?.id ?? null);
      res.writeHead(200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `inline; filename="${key.replace("/", "-")}.ics"`,
        "cache-control": "private, max-age=300",
      });
      res.end(feed);
    },
  };
}
