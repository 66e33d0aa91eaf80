// The lens commands through workspace/executeCommand (server/src/lsp/commands.ts), over the real
// server: the test plays an editor that applies the server's edits to its copy of the plan and
// reports them back with didChange, as Neovim or Sublime Text do.
import { afterEach, describe, expect, it } from 'vitest';
import { applyTextEdits } from '../../server/src/core/features/formatting';
import { joinLines } from '../support/render';
import { TestClient } from './client';

const PLAN = joinLines(
  'plan: Commands test',
  'start: 2026-11-01',
  'review: every 2 weeks',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attack/week',
  '  due: 2027-01-31',
  '  scale:',
  '    -2: 4 or more attacks a week',
  '    -1: 3 attacks a week',
  '    0: 2 attacks a week',
  '    +1: 1 attack a week',
  '    +2: no attacks',
  'goal walk: Walk to the corner shop alone twice a week by 2027-01-31',
  '  category: behavioral',
  '  target: 2 walks/week',
  '  due: 2027-01-31',
  '2026-11-15 progress panic: 2 attacks/week',
);

const COMMANDS = ['goalpost.logProgress', 'goalpost.recordReview', 'goalpost.addBaseline'];

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}
interface ApplyParams {
  label?: string;
  edit: { changes?: Record<string, Edit[]>; documentChanges?: { textDocument: { uri: string; version: number }; edits: Edit[] }[] };
}
interface Message {
  type: number;
  message: string;
  actions?: { title: string }[];
}

const clients: TestClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) if (client.process.exitCode === null) client.process.kill();
});

/**
 * A server with one plan open in an editor that applies edits (refusing those for another version)
 * and answers each level question with `choose`.
 */
async function open(options: { capabilities?: Record<string, unknown>; initializationOptions?: unknown; choose?: (m: Message) => { title: string } | null } = {}) {
  const client = new TestClient({ today: '2026-11-25' });
  clients.push(client);
  const uri = 'file:///tmp/commands/plan.goals';
  const editor = { text: PLAN, version: 1, applied: [] as ApplyParams[], messages: [] as Message[], questions: [] as Message[] };
  client.connection.onRequest('workspace/applyEdit', async (params: ApplyParams) => {
    editor.applied.push(params);
    const change = params.edit.documentChanges?.[0];
    if (change && change.textDocument.version !== editor.version) return { applied: false, failureReason: 'The document changed.' };
    editor.text = applyTextEdits(editor.text, change ? change.edits : params.edit.changes![uri]!);
    editor.version += 1;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: editor.version }, contentChanges: [{ text: editor.text }] });
    return { applied: true };
  });
  client.connection.onNotification('window/showMessage', (m: Message) => void editor.messages.push(m));
  client.connection.onRequest('window/showMessageRequest', (m: Message) => {
    editor.questions.push(m);
    return options.choose ? options.choose(m) : null;
  });
  const capabilities = options.capabilities ?? { workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } }, textDocument: { publishDiagnostics: {} } };
  const init = await client.initialize(capabilities, null, options.initializationOptions);
  await client.open(uri, PLAN);
  const run = (command: string, args: unknown[]) => client.request<{ applied: boolean; line?: string; problem?: string }>('workspace/executeCommand', { command, arguments: args });
  return { client, uri, editor, init, run };
}

describe('lens commands through workspace/executeCommand', () => {
  it('are offered to clients that can apply an edit, and not to the VS Code extension, which runs them itself', async () => {
    const { init } = await open();
    expect(init.capabilities.executeCommandProvider).toEqual({ commands: COMMANDS });
    const extension = await open({ initializationOptions: { didAnalyze: true, pushDiagnostics: true, clientCommands: true } });
    expect(extension.init.capabilities.executeCommandProvider).toBeUndefined();
    const readOnly = await open({ capabilities: { workspace: { configuration: true } } });
    expect(readOnly.init.capabilities.executeCommandProvider).toBeUndefined();
  });

  it("run a lens's own command with the value the editor asked for, writing the checked line with a versioned edit", async () => {
    const { client, uri, editor, run } = await open();
    const lenses = await client.request<{ command: { title: string; command: string; arguments: unknown[] } }[]>('textDocument/codeLens', { textDocument: { uri } });
    const progress = lenses.find((l) => l.command.command === 'goalpost.logProgress')!;
    expect(progress.command.arguments).toEqual([uri, 'panic']);

    expect(await run(progress.command.command, [...progress.command.arguments, '1 attack/week'])).toEqual({ applied: true, line: '2026-11-25 progress panic: 1 attack/week' });
    expect(editor.applied[0]).toEqual({
      label: "Log progress for 'panic'",
      edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: { start: { line: 18, character: 41 }, end: { line: 18, character: 41 } }, newText: '\n2026-11-25 progress panic: 1 attack/week' }] }] },
    });
    expect(editor.text).toBe(`${PLAN}\n2026-11-25 progress panic: 1 attack/week`);
    expect(editor.messages).toEqual([]);

    // The next command is computed from the text the editor reported back.
    expect(await run('goalpost.addBaseline', [uri, 'walk', '0 walks/week'])).toEqual({ applied: true, line: 'baseline: 0 walks/week on 2026-11-25' });
    expect(editor.text.split('\n').slice(14, 18)).toEqual(['goal walk: Walk to the corner shop alone twice a week by 2027-01-31', '  category: behavioral', '  baseline: 0 walks/week on 2026-11-25', '  target: 2 walks/week']);
    await client.shutdown();
  });

  it("ask for a review's level with the goal's own scale, and write nothing when the question is dismissed", async () => {
    const picked = await open({ choose: (m) => m.actions!.find((a) => a.title.startsWith('+1'))! });
    expect(await picked.run('goalpost.recordReview', [picked.uri, 'panic'])).toEqual({ applied: true, line: '2026-11-25 review panic: +1' });
    expect(picked.editor.questions).toEqual([
      {
        type: 3,
        message: "Review of 'panic': which level describes where it stands today?",
        actions: ['+2: no attacks', '+1: 1 attack a week', '0: 2 attacks a week', '-1: 3 attacks a week', '-2: 4 or more attacks a week', 'Reviewed, no level'].map((title) => ({ title })),
      },
    ]);
    expect(picked.editor.text.endsWith('\n2026-11-25 review panic: +1')).toBe(true);

    // A goal without a scale is offered what each level means in general; a dismissed question writes nothing.
    const dismissed = await open({ choose: () => null });
    expect(await dismissed.run('goalpost.recordReview', [dismissed.uri, 'walk'])).toEqual({ applied: false });
    expect(dismissed.editor.questions[0]!.actions![0]).toEqual({ title: '+2: much more than expected' });
    expect(dismissed.editor.applied).toEqual([]);
    expect(dismissed.editor.messages).toEqual([]);

    // A level given as the argument asks nothing; so does an empty one, a review in words.
    const given = await open();
    expect(await given.run('goalpost.recordReview', [given.uri, 'panic', '', 'talked it through'])).toEqual({ applied: true, line: '2026-11-25 review panic -- talked it through' });
    expect(given.editor.questions).toEqual([]);

    // A line that can be written but has a finding is written, and the finding is shown.
    const warned = await given.run('goalpost.logProgress', [given.uri, 'walk', '30 minutes']);
    expect(warned).toMatchObject({ applied: true, line: '2026-11-25 progress walk: 30 minutes' });
    expect(given.editor.messages).toEqual([{ type: 2, message: expect.stringContaining('minutes') }]);
  });

  it('say in one line why nothing was written, and what to write when the editor sent no value', async () => {
    const { uri, editor, run } = await open();
    expect(await run('goalpost.addBaseline', [uri, 'panic', '4 attacks/week'])).toEqual({ applied: false, problem: "'panic' has a baseline already; revise it in the journal instead." });
    expect(await run('goalpost.logProgress', [uri, 'panic', 'lots'])).toMatchObject({ applied: false, problem: expect.stringMatching(/^A measurement starts with a number/) });
    const hint = "This editor did not ask for the value; write the line '2026-11-25 progress panic:' and the value at the end of the plan.";
    expect(await run('goalpost.logProgress', [uri, 'panic'])).toEqual({ applied: false, problem: hint });
    expect(await run('goalpost.addBaseline', [uri, 'walk'])).toMatchObject({ problem: "This editor did not ask for the value; write 'baseline:' and the value under 'walk'." });
    expect(await run('goalpost.logProgress', ['file:///tmp/commands/closed.goals', 'panic', '1 attack/week'])).toEqual({ applied: false, problem: 'Open the plan in the editor first.' });
    expect(editor.applied).toEqual([]);
    expect(editor.messages.map((m) => [m.type, m.message])).toEqual([
      [2, "'panic' has a baseline already; revise it in the journal instead."],
      [2, expect.stringMatching(/^A measurement starts with a number/)],
      [2, hint],
      [2, "This editor did not ask for the value; write 'baseline:' and the value under 'walk'."],
      [2, 'Open the plan in the editor first.'],
    ]);
    for (const m of editor.messages) expect(m.message.length).toBeLessThanOrEqual(160);
  });

  it('say so when the editor does not apply the edit, and send plain changes to an editor without versioned ones', async () => {
    const refused = await open();
    // The person typed a letter the server has not heard of yet: the edit is for the version before.
    refused.editor.version += 1;
    expect(await refused.run('goalpost.logProgress', [refused.uri, 'panic', '1 attack/week'])).toMatchObject({ applied: false, problem: expect.stringMatching(/^Goalpost could not write the line/) });
    expect(refused.editor.text).toBe(PLAN);

    const plain = await open({ capabilities: { workspace: { configuration: true, applyEdit: true }, textDocument: { publishDiagnostics: {} } } });
    expect(await plain.run('goalpost.logProgress', [plain.uri, 'panic', '1 attack/week'])).toMatchObject({ applied: true });
    expect(Object.keys(plain.editor.applied[0]!.edit)).toEqual(['changes']);
    expect(plain.editor.text.endsWith('\n2026-11-25 progress panic: 1 attack/week')).toBe(true);
  });

  it('refuse a command Goalpost does not have, and arguments that are not the plan, the goal and text', async () => {
    const { run } = await open();
    await expect(run('goalpost.showChart', [])).rejects.toMatchObject({ code: -32602, message: expect.stringMatching(/^Goalpost has no command of that name/) });
    await expect(run('toString', [])).rejects.toMatchObject({ code: -32602 });
    await expect(run('goalpost.logProgress', [])).rejects.toMatchObject({ code: -32602, message: expect.stringMatching(/^The arguments are the plan uri, the goal id/) });
    await expect(run('goalpost.logProgress', ['file:///tmp/commands/plan.goals', 'panic', { value: 1 }])).rejects.toMatchObject({ code: -32602 });
  });
});
