/**
 * Inline suppressions: `# goalpost-ignore <rule-id>[, <rule-id>] -- <reason>`.
 *
 * On a line of its own, a suppression covers the next line, or the whole goal when that line
 * starts a goal; at the end of a line it covers that line (or that goal). The reason is required,
 * because a plan is shared: the next reader should know why a check was set aside.
 */
import type { Comment, Diagnostic, Plan, Range } from '../model';
import type { RuleInfo } from './rule';
import { suggest } from '../build/suggest';

export const SUPPRESSION_RULES: readonly RuleInfo[] = [
  {
    id: 'unused-suppression',
    group: 'suppression',
    severity: 'warning',
    summary: 'A goalpost-ignore comment that no longer silences anything.',
    explanation: {
      standard:
        'A goalpost-ignore comment sets a check aside where client and clinician agreed to. Once the line changes and the check has nothing to say, the comment is left over: delete it, so the plan does not claim an exception it no longer needs.',
      plain: "This note told Goalpost to skip a check here, but there's nothing left to skip. You can delete the note.",
    },
  },
  {
    id: 'invalid-suppression',
    group: 'suppression',
    severity: 'warning',
    summary: 'A goalpost-ignore comment without a reason, or naming a rule that does not exist.',
    explanation: {
      standard:
        "'# goalpost-ignore <rule-id>[, <rule-id>] -- <reason>' sets a check aside: on a line of its own it covers the next line, or the whole goal when that line starts one; at the end of a line it covers that line. The reason is required, because a plan is shared and the next reader should know it was a choice, not an oversight. Format errors cannot be set aside: tools could not read the line, so fix it instead.",
      plain:
        "A '# goalpost-ignore' comment hides a check you chose to set aside, e.g. when a goal keeps your own words on purpose. It needs the check's name and, after ' -- ', a short reason, so whoever reads the plan next knows it was your choice. It goes just above the line it is for.",
    },
  },
];

const MARKER = /^goalpost-ignore\b\s*(.*)$/;

export interface Suppression {
  readonly comment: Comment;
  readonly ruleIds: readonly string[];
  /** The lines the suppression covers, inclusive. */
  readonly fromLine: number;
  readonly toLine: number;
}

/** A problem with a suppression comment, before rules run. */
export interface SuppressionProblem {
  readonly code: 'invalid-suppression';
  readonly range: Range;
  readonly message: string;
  /** The same in the plain voice (rules/rule.ts `Voice`): it names no rule id, since those are jargon. */
  readonly plain: string;
  /** For a misspelt rule id: the id as written and the rule meant, for the quick fix. */
  readonly data?: { readonly written: string; readonly replacement: string };
}

/** Reads every suppression comment and the lines each covers. */
export function readSuppressions(
  plan: Plan,
  ruleIds: readonly string[],
  isSyntaxCode: (code: string) => boolean,
): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  // The lines a comment on a line of its own can apply to, worked out only for a plan that has one.
  let content: Set<number> | undefined;
  const contentLines = () => {
    if (content) return content;
    content = new Set<number>();
    for (const goal of plan.goals) for (let l = goal.range.start.line; l <= goal.range.end.line; l++) content.add(l);
    for (const entry of plan.journal) content.add(entry.range.start.line);
    for (const field of plan.header.fields) content.add(field.range.start.line);
    return content;
  };

  for (const comment of plan.comments) {
    const match = MARKER.exec(comment.text);
    if (!match) continue;
    const [idsText = '', reason] = splitReason(match[1]!);
    const ids = idsText.split(/[\s,]+/).filter(Boolean);
    const invalid = (message: string, plain: string, data?: SuppressionProblem['data']) =>
      problems.push({ code: 'invalid-suppression', range: comment.range, message, plain, ...(data && { data }) });
    if (ids.length === 0) {
      invalid(
        `Name the rule to set aside, and why: '# goalpost-ignore vague-goal -- the client's own words, kept on purpose'.`,
        `This comment doesn't say which check to hide. Add its name and why, e.g. '# goalpost-ignore <name> -- my own words'.`,
      );
      continue;
    }
    const unknown = ids.filter((id) => !ruleIds.includes(id));
    if (unknown.length > 0) {
      const id = unknown[0]!;
      const guess = suggest(id, ruleIds);
      if (isSyntaxCode(id)) {
        invalid(
          `'${id}' is a problem in the file's format and cannot be set aside; fix the line instead.`,
          `'${id}' can't be hidden, because the line itself needs fixing. Fix the line, and the message goes away.`,
        );
      } else {
        invalid(
          `'${id}' is not a Goalpost rule.${guess ? ` Did you mean '${guess}'?` : " The rules are listed by 'goalpost check --help'."}`,
          `'${id}' is not the name of a check. Copy the name shown beside the message you want to hide.`,
          guess ? { written: id, replacement: guess } : undefined,
        );
      }
      continue;
    }
    if (!reason) {
      invalid(
        `Add the reason after ' -- ', so the next reader knows why: '# goalpost-ignore ${ids.join(', ')} -- <why>'.`,
        `Say why this check is hidden, after ' -- ', e.g. '-- my own words, kept on purpose'.`,
      );
      continue;
    }
    const target = comment.ownLine ? nextContentLine(comment.range.start.line, plan.lineCount, contentLines()) : comment.range.start.line;
    if (target === undefined) {
      invalid(
        'This goalpost-ignore comment has nothing after it to apply to: put it above the line or goal it is for.',
        'This comment has no line below it to hide a check on. Put it just above the line it is for.',
      );
      continue;
    }
    const goal = plan.goals.find((g) => g.headerRange.start.line === target);
    suppressions.push({ comment, ruleIds: ids, fromLine: target, toLine: goal ? goal.range.end.line : target });
  }
  return { suppressions, problems };
}

function splitReason(text: string): [string, string | undefined] {
  const at = text.search(/(^|\s)--(\s|$)/);
  if (at < 0) return [text.trim(), undefined];
  const reason = text.slice(at).replace(/^\s*--/, '').trim();
  return [text.slice(0, at).trim(), reason || undefined];
}

function nextContentLine(after: number, lineCount: number, contentLines: ReadonlySet<number>): number | undefined {
  for (let line = after + 1; line < lineCount; line++) if (contentLines.has(line)) return line;
  return undefined;
}

/** Drops the diagnostics that suppressions cover and reports the suppressions that covered nothing. */
export function applySuppressions<D extends Diagnostic>(
  diagnostics: readonly D[],
  suppressions: readonly Suppression[],
): { kept: D[]; unused: { suppression: Suppression; ruleId: string }[] } {
  const used = new Set<string>();
  const kept = diagnostics.filter((d) => {
    const line = d.range.start.line;
    const by = suppressions.find((s) => s.ruleIds.includes(d.code) && line >= s.fromLine && line <= s.toLine);
    if (by) used.add(`${by.comment.range.start.line}:${d.code}`);
    return !by;
  });
  const unused = suppressions.flatMap((suppression) =>
    suppression.ruleIds
      .filter((ruleId) => !used.has(`${suppression.comment.range.start.line}:${ruleId}`))
      .map((ruleId) => ({ suppression, ruleId })),
  );
  return { kept, unused };
}
