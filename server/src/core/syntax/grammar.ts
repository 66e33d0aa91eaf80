/**
 * The grammar of one line, as a Chevrotain parser.
 *
 * A `.goals` file is a sequence of independent lines whose nesting is given by indentation, so the
 * parser reads one line at a time and the model builder assembles blocks. A broken line therefore
 * never disturbs the lines around it, which is the error recovery that matters most to a writer.
 */
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import {
  allTokens,
  Checkbox,
  Colon,
  Comma,
  Comment,
  Dash,
  DateLiteral,
  GoalKeyword,
  Indent,
  MalformedDate,
  NoteSeparator,
  NoteText,
  NumberLiteral,
  Text,
  Word,
} from './tokens';

/** The grammar rules a line's body can be read by. */
export type BodyRule = 'goalLine' | 'entryLine' | 'levelLine' | 'itemLine' | 'fieldLine';

/**
 * No concrete syntax tree is built: a line's parts are read from its tokens (syntax/line.ts), and all
 * the parser has to say is which body rule it entered and where it stopped. Building the tree for
 * every line of a long journal was a fifth of reading it, most of it garbage collection.
 */
export class LineParser extends EmbeddedActionsParser {
  /**
   * `validate` runs Chevrotain's grammar checks. They cost start-up time and use `Object.groupBy`,
   * which Node 20 lacks, so the shipped parser skips them and a test runs them instead.
   */
  constructor({ validate = false }: { validate?: boolean } = {}) {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 2, skipValidations: !validate });
    this.performSelfAnalysis();
    this.boundRepetitionRecovery();
  }

  /** How many times one line may recover inside a repetition; see `boundRepetitionRecovery`. */
  private static readonly MAX_REPETITION_RECOVERIES = 8;
  private repetitionRecoveries = 0;

  /** The body rule the line was read by, if the parser got that far. */
  public body: BodyRule | undefined;

  /** Starts a new line: the recovery budget is per line. */
  public override reset(): void {
    super.reset();
    this.repetitionRecoveries = 0;
    this.body = undefined;
  }

  /** Notes the body rule being entered (not while Chevrotain records the grammar). */
  private enter(rule: BodyRule): void {
    this.ACTION(() => {
      this.body = rule;
    });
  }

  /**
   * Chevrotain recovers from a bad token inside a repetition by skipping it and re-entering the
   * repetition, one stack frame deeper each time, and records an error for each. A pasted line of
   * thousands of stray characters in a line's head ("a, b, c, ...") therefore overflowed the stack.
   * Only a line's first error is ever reported, so after a few such recoveries the line is left to
   * the rule-level re-sync, which skips to the end of the line without recursing.
   */
  private boundRepetitionRecovery(): void {
    const engine = this as unknown as { attemptInRepetitionRecovery: (...args: unknown[]) => void };
    const recover = engine.attemptInRepetitionRecovery;
    engine.attemptInRepetitionRecovery = (...args: unknown[]) => {
      if (this.repetitionRecoveries >= LineParser.MAX_REPETITION_RECOVERIES) return;
      this.repetitionRecoveries++;
      recover.apply(this, args);
    };
  }

  /** `Indent? body? Comment?` */
  public line = this.RULE('line', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.OPTION2(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.goalLine) },
        { ALT: () => this.SUBRULE(this.entryLine) },
        { ALT: () => this.SUBRULE(this.levelLine) },
        { ALT: () => this.SUBRULE(this.itemLine) },
        { ALT: () => this.SUBRULE(this.fieldLine) },
      ]),
    );
    this.OPTION3(() => this.CONSUME(Comment));
  });

  /** `goal <id>: <statement>` */
  private goalLine = this.RULE('goalLine', () => {
    this.enter('goalLine');
    this.CONSUME(GoalKeyword);
    this.CONSUME(Word);
    this.CONSUME(Colon);
    this.SUBRULE(this.valueAndNote);
  });

  /** `<date> <kind> [<goal>[, <goal>...]] [<field>]: <value> -- <note>` */
  private entryLine = this.RULE('entryLine', () => {
    this.enter('entryLine');
    this.CONSUME(DateLiteral);
    this.SUBRULE(this.keyPart);
    this.MANY(() => this.OR([{ ALT: () => this.SUBRULE2(this.keyPart) }, { ALT: () => this.CONSUME(Comma) }]));
    this.OPTION(() => this.CONSUME(Colon));
    this.SUBRULE(this.valueAndNote);
  });

  /** `<level>: <text>` inside a GAS scale. */
  private levelLine = this.RULE('levelLine', () => {
    this.enter('levelLine');
    this.CONSUME(NumberLiteral);
    this.CONSUME(Colon);
    this.SUBRULE(this.valueAndNote);
  });

  /** `- [x] <text> -- <note>` */
  private itemLine = this.RULE('itemLine', () => {
    this.enter('itemLine');
    this.CONSUME(Dash);
    this.OPTION(() => this.CONSUME(Checkbox));
    this.SUBRULE(this.valueAndNote);
  });

  /** `<key words> [<date>|<level>]: <value> -- <note>`, for header and goal fields. */
  private fieldLine = this.RULE('fieldLine', () => {
    this.enter('fieldLine');
    this.CONSUME(Word);
    this.MANY(() => this.SUBRULE(this.keyPart));
    this.CONSUME(Colon);
    this.SUBRULE(this.valueAndNote);
  });

  private keyPart = this.RULE('keyPart', () => {
    this.OR([
      { ALT: () => this.CONSUME(Word) },
      { ALT: () => this.CONSUME(GoalKeyword) },
      { ALT: () => this.CONSUME(NumberLiteral) },
      { ALT: () => this.CONSUME(DateLiteral) },
      { ALT: () => this.CONSUME(MalformedDate) },
    ]);
  });

  private valueAndNote = this.RULE('valueAndNote', () => {
    this.OPTION(() => this.CONSUME(Text));
    this.OPTION2(() => {
      this.CONSUME(NoteSeparator);
      this.OPTION3(() => this.CONSUME(NoteText));
    });
  });
}

/** One parser instance, reused for every line, as Chevrotain recommends. */
const parser = new LineParser();

export interface LineParse {
  /** The body rule the parser entered, if any. */
  readonly body: BodyRule | undefined;
  /** The first token the grammar could not accept, or undefined when the line is well formed. */
  readonly error?: { readonly token: IToken; readonly rule: string };
}

/** Parses the tokens of one line. */
export function parseLineTokens(tokens: IToken[]): LineParse {
  parser.input = tokens;
  parser.line();
  const body = parser.body;
  const first = parser.errors[0];
  if (!first) return { body };
  const rule = first.context.ruleStack.at(-1) ?? 'line';
  return { body, error: { token: first.token, rule } };
}
