/**
 * The options of `goalpost check`: read strictly, and checked all at once, so that one run lists every mistake
 * on the command line rather than one per attempt.
 */
import { readToday } from './plan-input';
import { BUDGETS, RULE_INFO, RULE_SETTINGS, suggest, SYNTAX_CODES, VOICES, type Budget, type RuleSetting, type Voice } from '../core/index';
import { COMMON_OPTIONS, parseArguments } from './args';
import { UsageError } from './errors';
import { FORMATS, type Format } from './formats/index';

const CHECK_OPTIONS = {
  ...COMMON_OPTIONS,
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  today: { type: 'string' },
  'stdin-filename': { type: 'string' },
  voice: { type: 'string' },
  budget: { type: 'string' },
  explain: { type: 'boolean' },
} as const;

/** The path that stands for standard input. */
export const STDIN_PATH = '-';

export interface CheckOptions {
  readonly help: boolean;
  readonly version: boolean;
  /** Files, directories and globs, without `-`. */
  readonly paths: readonly string[];
  /** Whether `-` was given: read a plan from standard input. */
  readonly stdin: boolean;
  /** The path standard input is shown as, and whose directory the settings are looked for from. */
  readonly stdinFilename?: string;
  /** A settings file for every checked file, instead of looking for the nearest `.goalpost.json`. */
  readonly config?: string;
  /** Severities from `--rule`, which win over the settings files. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly format: Format;
  /** The date to check against, `YYYY-MM-DD`. */
  readonly today: string;
  /** `--voice`, which wins over the settings files. */
  readonly voice?: Voice;
  /** `--budget`, which wins over the settings files. */
  readonly budget?: Budget;
  /** `--explain`: the why and how under the first finding of each rule. */
  readonly explain: boolean;
}

const RULE_IDS = RULE_INFO.map((rule) => rule.id);

/** Reads the arguments after `goalpost check`; throws a UsageError that lists every problem with them. */
export function readCheckOptions(argv: readonly string[]): CheckOptions {
  const { values, positionals } = parseArguments(
    { args: [...argv], options: CHECK_OPTIONS, allowPositionals: true },
    'goalpost check --help',
  );
  const problems: string[] = [];
  const stdin = positionals.includes(STDIN_PATH);
  if (values['stdin-filename'] !== undefined && !stdin) {
    problems.push(`--stdin-filename names standard input, so it needs '${STDIN_PATH}' among the paths`);
  }
  const options: CheckOptions = {
    help: values.help === true,
    version: values.version === true,
    paths: positionals.filter((input) => input !== STDIN_PATH),
    stdin,
    stdinFilename: values['stdin-filename'],
    config: values.config,
    rules: readRuleOptions(values.rule ?? [], problems),
    maxWarnings: readMaxWarnings(values['max-warnings'], problems),
    quiet: values.quiet === true,
    format: readFormat(values.format, problems),
    today: readToday(values.today, problems),
    ...readChoice('voice', values.voice, VOICES, problems),
    ...readChoice('budget', values.budget, BUDGETS, problems),
    explain: values.explain === true,
  };
  // Help and version answer even when other options are wrong, as they do for every command.
  if (problems.length > 0 && !options.help && !options.version) throw new UsageError(problems);
  return options;
}

/** Reads each `--rule id=severity`; a later one for the same rule wins. */
function readRuleOptions(texts: readonly string[], problems: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const text of texts) {
    const at = text.indexOf('=');
    const id = at < 0 ? text : text.slice(0, at).trim();
    const setting = at < 0 ? '' : text.slice(at + 1).trim();
    const problem = (why: string) => problems.push(`--rule '${text}': ${why}`);
    if (at < 0 || id === '' || setting === '') problem(`write the rule and its severity as id=severity, such as --rule unknown-category=error`);
    else if (SYNTAX_CODES.includes(id)) problem(`'${id}' is a problem in the file's format, not a rule, so it cannot be switched off or changed`);
    else if (!RULE_IDS.includes(id)) problem(unknownRule(id));
    else if (!RULE_SETTINGS.includes(setting as RuleSetting)) problem(`the severity must be one of ${RULE_SETTINGS.join(', ')}`);
    else rules[id] = setting as RuleSetting;
  }
  return rules;
}

function unknownRule(id: string): string {
  const guess = suggest(id, RULE_IDS);
  return guess ? `'${id}' is not a Goalpost rule; did you mean '${guess}'?` : `'${id}' is not a Goalpost rule; \`goalpost check --help\` lists them`;
}

function readMaxWarnings(text: string | undefined, problems: string[]): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  problems.push(`--max-warnings '${text}': give a whole number of 0 or more, such as --max-warnings 0`);
  return undefined;
}

/** `--voice plain`, `--budget all`: one of a few words, as `{ voice: 'plain' }`, or nothing. */
function readChoice<K extends 'voice' | 'budget', T extends string>(key: K, text: string | undefined, choices: readonly T[], problems: string[]): Partial<Record<K, T>> {
  if (text === undefined) return {};
  if ((choices as readonly string[]).includes(text)) return { [key]: text } as Partial<Record<K, T>>;
  problems.push(`--${key} '${text}': choose ${choices.join(' or ')}`);
  return {};
}

function readFormat(text: string | undefined, problems: string[]): Format {
  if (text === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(text)) return text as Format;
  problems.push(`--format '${text}': the formats are ${FORMATS.join(', ')}`);
  return 'text';
}

