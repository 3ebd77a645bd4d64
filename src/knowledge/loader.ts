/**
 * Loads the knowledge base from `knowledge/`: one folder per region plus `vocabulary.yaml`
 * and `guidance/guidance.yaml`. Each file is parsed as YAML, validated with its zod schema,
 * then cross-checked (ids that refer to other entries must exist). All problems are collected
 * and reported together in one KnowledgeError naming file, path and problem.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { KnowledgeError, type KnowledgeIssue } from "../errors.ts";
import {
  type Contact,
  contactsFileSchema,
  covenantSchema,
  guidanceFileSchema,
  type KnowledgeBase,
  lexiconSchema,
  overleggenFileSchema,
  quotesFileSchema,
  type RegionKnowledge,
  rolesFileSchema,
  schoolsFileSchema,
  unitsFileSchema,
  type Vocabulary,
  vocabularySchema,
  wijkenFileSchema,
} from "./schema.ts";
import { checkReferences } from "./validate.ts";

/** Formats a zod issue path as `schools[3].wijk`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

class FileReader {
  readonly issues: KnowledgeIssue[] = [];
  private readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  read<S extends z.ZodType>(file: string, schema: S, optional = false): z.infer<S> | undefined {
    const full = join(this.dir, file);
    if (!existsSync(full)) {
      if (!optional) this.issues.push({ file, path: "", message: "file is missing" });
      return undefined;
    }
    const doc = parseDocument(readFileSync(full, "utf8"), { prettyErrors: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) this.issues.push({ file, path: "", message: `YAML syntax: ${e.message}` });
      return undefined;
    }
    const result = schema.safeParse(doc.toJS());
    if (!result.success) {
      for (const i of result.error.issues)
        this.issues.push({ file, path: formatPath(i.path), message: i.message });
      return undefined;
    }
    return result.data;
  }
}

/** The default knowledge directory: `knowledge/` at the project root. */
export function defaultKnowledgeDir(): string {
  return process.env.KNOWLEDGE_DIR ?? join(import.meta.dirname, "..", "..", "knowledge");
}

/** Every YAML file under `dir`, sorted, for the fingerprint of the knowledge base. */
function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(".yaml")) out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

/** Where validated copies are kept: KNOWLEDGE_CACHE_DIR or the temp dir. */
function cacheDir(): string {
  return process.env.KNOWLEDGE_CACHE_DIR ?? join(tmpdir(), "convenantbot-knowledge");
}

/** How many validated copies are kept (the newest). */
const KEEP_COPIES = 8;

function pruneCopies(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of files.slice(KEEP_COPIES)) rmSync(join(dir, f), { force: true });
}

/**
 * Reads and validates the whole knowledge base. A validated copy is kept as JSON, under the
 * fingerprint (SHA-256) of every YAML file's name and content and of the code that reads
 * them: while no file changes, the
 * next start reads that copy instead of parsing and validating the YAML again (a national
 * knowledge base loads in a fraction of the time); any change to any file means a full load.
 * @throws KnowledgeError listing every problem found.
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir()): KnowledgeBase {
  if (!existsSync(dir)) {
    throw new KnowledgeError([{ file: dir, path: "", message: "knowledge directory not found" }]);
  }
  const hash = createHash("sha256");
  // The code that reads the files is part of the fingerprint: a copy made by an older version
  // (without a field added since) is never read by a newer one.
  for (const code of ["loader.ts", "schema.ts"])
    hash.update(readFileSync(join(import.meta.dirname, code))).update("\0");
  for (const f of yamlFiles(dir))
    hash.update(relative(dir, f)).update("\0").update(readFileSync(f)).update("\0");
  const fingerprint = hash.digest("hex");
  const cache = join(cacheDir(), `${fingerprint.slice(0, 32)}.json`);
  try {
    const cached = JSON.parse(readFileSync(cache, "utf8")) as { fingerprint: string; kb: KnowledgeBase };
    if (cached.fingerprint === fingerprint) return cached.kb;
  } catch {
    // No copy yet, or an unreadable one: load and validate the YAML.
  }
  const kb = loadAndValidate(dir);
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${cache}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ fingerprint, kb }));
    renameSync(tmp, cache);
    pruneCopies(cacheDir());
  } catch {
    // A read-only disk: the next start validates again.
  }
  return kb;
}

function loadAndValidate(dir: string): KnowledgeBase {
  const reader = new FileReader(dir);
  const vocabulary = reader.read("vocabulary.yaml", vocabularySchema);
  const guidanceFile = reader.read(join("guidance", "guidance.yaml"), guidanceFileSchema);
  const guidanceUnits = reader.read(join("guidance", "units.yaml"), unitsFileSchema, true);
  const lexicon = reader.read("lexicon.yaml", lexiconSchema);
  if (!vocabulary || !guidanceFile || !lexicon) throw new KnowledgeError(reader.issues);

  const regions: RegionKnowledge[] = [];
  const known = new Set(vocabulary.regions.map((r) => r.id));
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== "guidance" && !known.has(entry.name)) {
      reader.issues.push({
        file: entry.name,
        path: "",
        message: `folder is not a region listed in vocabulary.yaml (regions: ${[...known].join(", ")})`,
      });
    }
  }
  for (const region of vocabulary.regions) {
    const loaded = loadRegion(reader, region.id, region.name);
    if (loaded) regions.push(loaded);
  }
  if (reader.issues.length > 0) throw new KnowledgeError(reader.issues);

  const kb: KnowledgeBase = {
    vocabulary,
    regions,
    guidance: guidanceFile.items,
    guidanceUnits: guidanceUnits?.units ?? [],
    publicContacts: guidanceFile.publicContacts,
    lexicon,
  };
  const refIssues = checkReferences(kb);
  if (refIssues.length > 0) throw new KnowledgeError(refIssues);
  return kb;
}

function loadRegion(reader: FileReader, id: string, name: string): RegionKnowledge | undefined {
  const f = (file: string) => join(id, file);
  const covenant = reader.read(f("covenant.yaml"), covenantSchema);
  const schools = reader.read(f("schools.yaml"), schoolsFileSchema, true);
  const wijken = reader.read(f("wijken.yaml"), wijkenFileSchema, true);
  const overleggen = reader.read(f("overleggen.yaml"), overleggenFileSchema);
  const roles = reader.read(f("roles.yaml"), rolesFileSchema);
  const contacts = reader.read(f("contacts.yaml"), contactsFileSchema, true);
  const units = reader.read(f("units.yaml"), unitsFileSchema, true);
  const quotes = reader.read(f("quotes.yaml"), quotesFileSchema, true);
  if (!covenant || !overleggen || !roles) return undefined;
  return {
    id,
    name,
    covenant,
    schools: schools?.schools ?? [],
    boards: schools?.boards ?? [],
    wijken: wijken?.wijken ?? [],
    overleggen: overleggen.overleggen,
    roles: roles.roles,
    whoToAsk: roles.whoToAsk,
    contacts: (contacts?.contacts ?? []) as Contact[],
    contactsAreSample: contacts?.sample ?? false,
    confirmEveryMonths: contacts?.confirmEveryMonths ?? 6,
    units: units?.units ?? [],
    quotes: quotes?.quotes ?? [],
  };
}

export type { Vocabulary };
