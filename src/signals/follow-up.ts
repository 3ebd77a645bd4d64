/**
 * The reporter's side of the gemeente's questions about a signal: `/signaal <code>` shows them
 * with the answers given, `/signaal <code> <antwoord>` answers; personal data in an answer is
 * redacted before it is kept.
 */
import { type Lang, msg } from "../core/i18n.ts";
import type { Reply } from "../core/message.ts";
import type { StoragePorts } from "../model/ports.ts";
import { findPersonalData, redact } from "./pii.ts";

const privately = (text: string): Reply => ({ text, visibility: "ephemeral" });

/** `/signaal <code> [antwoord]`: the questions about the signal with that code, or an answer to them. */
export async function followUp(
  ports: Pick<StoragePorts, "signals">,
  code: string,
  answer: string,
  lang?: Lang,
): Promise<Reply> {
  const signal = await ports.signals.byCode(code);
  if (!signal) return privately(msg(lang, "signal.unknownCode", { code }));
  const open = signal.questions.filter((q) => !q.answer);
  if (answer.trim()) {
    if (open.length === 0) return privately(msg(lang, "signal.noOpenQuestion"));
    const findings = findPersonalData(answer);
    const text = findings.length ? redact(answer, findings) : answer;
    await ports.signals.answer(code, text.slice(0, 2000));
    return privately(msg(lang, findings.length ? "signal.answerKeptRedacted" : "signal.answerKept"));
  }
  if (signal.questions.length === 0) return privately(msg(lang, "signal.noQuestions", { code }));
  const lines = signal.questions.map(
    (q) =>
      `- ${q.answer ? msg(lang, "signal.answered", { question: q.question, answer: q.answer }) : q.question}`,
  );
  return privately(
    [
      msg(lang, "signal.questions", { code }),
      ...lines,
      ...(open.length ? [msg(lang, "signal.answerHint", { code })] : []),
    ].join("\n"),
  );
}
