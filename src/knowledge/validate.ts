/**
 * Cross-file checks of a knowledge base that each file's own schema cannot see: ids that
 * must exist elsewhere, ids that must be unique, provisions that belong to their region.
 */
import { join } from "node:path";
import type { KnowledgeIssue } from "../errors.ts";
import type { KnowledgeBase } from "./schema.ts";

export function checkReferences(kb: KnowledgeBase): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const roles = new Set(kb.vocabulary.roles.map((r) => r.id));
  const topics = new Set(kb.vocabulary.topics.map((t) => t.id));
  const meetingTypes = new Set(kb.vocabulary.meetingTypes.map((t) => t.id));
  const duplicates = (file: string, path: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ file, path: `${path}[${i}].id`, message: `duplicate id '${id}'` });
      seen.add(id);
    });
  };
  const guidance = new Set(kb.guidance.map((g) => g.id));
  for (const r of kb.regions)
    for (const [i, g] of r.covenant.speaksOf.entries())
      if (!guidance.has(g))
        issues.push({
          file: join(r.id, "covenant.yaml"),
          path: `speaksOf[${i}]`,
          message: `unknown guidance '${g}'`,
        });
  for (const [i, g] of kb.guidance.entries()) {
    for (const t of g.topics) {
      if (!topics.has(t))
        issues.push({
          file: join("guidance", "guidance.yaml"),
          path: `items[${i}].topics`,
          message: `unknown topic '${t}'`,
        });
    }
  }
  for (const [i, r] of kb.vocabulary.roles.entries())
    if (r.contact && !roles.has(r.contact))
      issues.push({
        file: "vocabulary.yaml",
        path: `roles[${i}].contact`,
        message: `unknown role '${r.contact}'`,
      });
  for (const [i, c] of kb.publicContacts.entries()) {
    if (!roles.has(c.role))
      issues.push({
        file: join("guidance", "guidance.yaml"),
        path: `publicContacts[${i}].role`,
        message: `unknown role '${c.role}'`,
      });
  }
  for (const r of kb.regions) {
    const file = (name: string) => join(r.id, name);
    const provisionIds = new Set(r.covenant.provisions.map((p) => p.id));
    const wijkIds = new Set(r.wijken.map((w) => w.id));
    const schoolIds = new Set(r.schools.map((s) => s.id));
    const boardIds = new Set(r.boards.map((b) => b.id));
    if (r.covenant.id !== r.id) {
      issues.push({
        file: file("covenant.yaml"),
        path: "id",
        message: `must be '${r.id}', the folder's region id`,
      });
    }
    duplicates(
      file("covenant.yaml"),
      "provisions",
      r.covenant.provisions.map((p) => p.id),
    );
    duplicates(
      file("schools.yaml"),
      "schools",
      r.schools.map((s) => s.id),
    );
    duplicates(
      file("wijken.yaml"),
      "wijken",
      r.wijken.map((w) => w.id),
    );
    duplicates(
      file("overleggen.yaml"),
      "overleggen",
      r.overleggen.map((o) => o.id),
    );
    for (const [i, p] of r.covenant.provisions.entries()) {
      const path = `provisions[${i}]`;
      if (!p.id.startsWith(`${r.id}/`))
        issues.push({
          file: file("covenant.yaml"),
          path: `${path}.id`,
          message: `must start with '${r.id}/'`,
        });
      for (const t of p.topics)
        if (!topics.has(t))
          issues.push({
            file: file("covenant.yaml"),
            path: `${path}.topics`,
            message: `unknown topic '${t}'`,
          });
      for (const ro of p.roles)
        if (!roles.has(ro))
          issues.push({
            file: file("covenant.yaml"),
            path: `${path}.roles`,
            message: `unknown role '${ro}'`,
          });
    }
    for (const [i, s] of r.schools.entries()) {
      if (s.wijk && !wijkIds.has(s.wijk))
        issues.push({
          file: file("schools.yaml"),
          path: `schools[${i}].wijk`,
          message: `unknown wijk '${s.wijk}' (not in wijken.yaml)`,
        });
      if (s.board && !boardIds.has(s.board))
        issues.push({
          file: file("schools.yaml"),
          path: `schools[${i}].board`,
          message: `unknown board '${s.board}'`,
        });
    }
    for (const [i, o] of r.overleggen.entries()) {
      const path = `overleggen[${i}]`;
      if (!meetingTypes.has(o.type))
        issues.push({
          file: file("overleggen.yaml"),
          path: `${path}.type`,
          message: `unknown meeting type '${o.type}' (see vocabulary.yaml meetingTypes)`,
        });
      if (o.wijk && !wijkIds.has(o.wijk))
        issues.push({
          file: file("overleggen.yaml"),
          path: `${path}.wijk`,
          message: `unknown wijk '${o.wijk}'`,
        });
      for (const ref of o.refs)
        if (!provisionIds.has(ref))
          issues.push({
            file: file("overleggen.yaml"),
            path: `${path}.refs`,
            message: `unknown provision '${ref}'`,
          });
    }
    for (const [i, ro] of r.roles.entries()) {
      if (!roles.has(ro.role))
        issues.push({
          file: file("roles.yaml"),
          path: `roles[${i}].role`,
          message: `unknown role '${ro.role}'`,
        });
      for (const ref of ro.refs)
        if (!provisionIds.has(ref))
          issues.push({
            file: file("roles.yaml"),
            path: `roles[${i}].refs`,
            message: `unknown provision '${ref}'`,
          });
    }
    for (const [i, c] of r.contacts.entries()) {
      const path = `contacts[${i}]`;
      if (!roles.has(c.role))
        issues.push({
          file: file("contacts.yaml"),
          path: `${path}.role`,
          message: `unknown role '${c.role}'`,
        });
      if (c.school && !schoolIds.has(c.school))
        issues.push({
          file: file("contacts.yaml"),
          path: `${path}.school`,
          message: `unknown school '${c.school}' (see schools.yaml)`,
        });
      if (c.wijk && !wijkIds.has(c.wijk))
        issues.push({
          file: file("contacts.yaml"),
          path: `${path}.wijk`,
          message: `unknown wijk '${c.wijk}' (see wijken.yaml)`,
        });
    }
  }
  return issues;
}
