/** Short, stable codes so callers (CLI, adapters, logs) can react without parsing messages. */
export type ErrorCode =
  | "knowledge_invalid"
  | "knowledge_missing"
  | "bad_input"
  | "config_invalid"
  | "store_unavailable"
  | "port_unavailable";

/** Base error of the project: a message for people and a code for programs. */
export class ConvenantbotError extends Error {
  readonly code: ErrorCode;
  constructor(message: string, code: ErrorCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConvenantbotError";
    this.code = code;
  }
}

/** One problem in one knowledge file: where it is and what is wrong. */
export interface KnowledgeIssue {
  /** Path of the file, relative to the knowledge directory. */
  file: string;
  /** Path inside the file, e.g. `schools[3].wijk`; empty for the file as a whole. */
  path: string;
  message: string;
}

/** The knowledge base is invalid; start-up must stop. */
export class KnowledgeError extends ConvenantbotError {
  readonly issues: KnowledgeIssue[];
  constructor(issues: KnowledgeIssue[]) {
    const lines = issues.slice(0, 20).map((i) => `  ${i.file}${i.path ? ` at ${i.path}` : ""}: ${i.message}`);
    const more = issues.length > 20 ? `\n  ... and ${issues.length - 20} more` : "";
    super(`The knowledge base is invalid:\n${lines.join("\n")}${more}`, "knowledge_invalid");
    this.name = "KnowledgeError";
    this.issues = issues;
  }
}
