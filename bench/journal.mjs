// A realistic daily journal of any size, the same for the same seed: the goals of
// samples/addiction-recovery.goals, then years of journal lines the way a client keeps them
// (a craving and a mood score most days, a weekly session with progress on every goal, a review
// every fourth session, notes in the client's words with non-ASCII text, wins, setbacks and
// lapses, pauses and resumptions, revisions of a target). Used by bench/run.mjs and usable alone:
//
//   node bench/journal.mjs --bytes 1000000 [--seed 1] [--format goals|json|yaml|md] > journal.goals
//
// The same content can be written as JSON, YAML or Markdown, for the tools Goalpost is measured
// against (JSON.parse, ajv-cli, markdownlint-cli2).
import { readFileSync } from 'node:fs';

/** The first day of the generated journal; the plan's own start is moved to it. */
export const JOURNAL_START = '1901-01-01';

/** A small seeded generator (mulberry32): the same seed gives the same journal on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTES = [
  'went to the Friday meeting instead of the Crown',
  'Renée off sick; rang Gary instead',
  'a long walk by the canal — felt calmer after',
  'café with Denise, ordered a lime and soda',
  'bad sleep, woke at 4am thinking about the job',
  'Lily rang first for once 🙂',
  'payday; took the long way home past the offices',
  'the lads asked me to the match, said maybe next time',
  'wrote three things I was grateful for',
  'told my manager I need Thursdays off for the group',
  'cooked a proper meal, first time in weeks',
  'felt flat all day; kept to the plan anyway',
];

const WINS = ['said no to a pint at the leaving do', 'a full week of meetings', 'Lily asked when I am visiting next', 'a month without a craving over 7/10'];
const SETBACKS = ['missed two meetings after a double shift', 'shouted at Jo on the phone', 'skipped the group, stayed in bed'];

function iso(day) {
  return new Date(Date.UTC(1901, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** The plan's header and goals, with its start moved to the journal's first day. */
function planHead(root) {
  const sample = readFileSync(new URL('samples/addiction-recovery.goals', root), 'utf8');
  const head = sample.slice(0, sample.indexOf('\n# ----'));
  // The goal the sample adds months in joins at the start here, so every line names a goal of the plan.
  const added = sample.slice(sample.indexOf('goal daughter:'));
  const daughter = added.slice(0, added.indexOf('\n\n')).replace(/^ {2}start: .*\n/m, '');
  return `${head}\n${daughter}\n`.replace(/^start: .*$/m, `start: ${JOURNAL_START}`).replace(/^track craving: .*$/m, 'track craving: 0-10\ntrack mood: 1-10');
}

/** The journal's entries as [date, line] pairs, until `bytes` of text are written. */
function* entries(bytes, seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  let written = 0;
  let sessions = 0;
  let paused = false;
  for (let day = 0; written < bytes; day += 1) {
    const date = iso(day);
    const lines = [];
    if (next() < 0.9) lines.push(`${date} craving: ${Math.floor(next() * 10)}/10${next() < 0.3 ? ` -- ${pick(NOTES)}` : ''}`);
    if (next() < 0.7) lines.push(`${date} mood: ${1 + Math.floor(next() * 10)}/10`);
    if (day % 7 === 0) {
      sessions += 1;
      lines.push(`${date} session${next() < 0.5 ? ` -- ${pick(NOTES)}` : ''}`);
      lines.push(`${date} progress sober-year: ${next() < 0.95 ? 0 : 1 + Math.floor(next() * 6)} drinks/week`);
      lines.push(`${date} progress attend: ${1 + Math.floor(next() * 4)} meetings/week${next() < 0.2 ? ` -- ${pick(NOTES)}` : ''}`);
      if (!paused) lines.push(`${date} progress daughter: ${Math.floor(next() * 5)} calls/month`);
      if (sessions % 4 === 0) {
        for (const goal of ['sober-year', 'attend', ...(paused ? [] : ['daughter'])]) {
          lines.push(`${date} review ${goal}: ${Math.floor(next() * 5) - 2}${next() < 0.3 ? ` -- ${pick(NOTES)}` : ''}`);
        }
      }
    }
    if (next() < 0.4) lines.push(`${date} note: ${pick(NOTES)}; ${pick(NOTES)}`);
    if (next() < 0.02) lines.push(`${date} win sober-year -- ${pick(WINS)}`);
    if (next() < 0.01) lines.push(`${date} setback attend -- ${pick(SETBACKS)}`);
    if (next() < 0.003) lines.push(`${date} lapse sober-year: about ${2 + Math.floor(next() * 6)} pints -- rang Gary the next morning`);
    if (next() < 0.004) {
      lines.push(paused ? `${date} resumed daughter` : `${date} paused daughter -- a break agreed with Jo`);
      paused = !paused;
    }
    if (next() < 0.002) lines.push(`${date} revise attend target: ${2 + Math.floor(next() * 3)} meetings/week -- agreed together`);
    for (const line of lines) {
      written += Buffer.byteLength(line) + 1;
      yield [date, line];
    }
  }
}

/** A small plan's head: the sample's header and its first goal only, as one of a clinician's many plans. */
function smallHead(root) {
  const head = planHead(root);
  const second = head.indexOf('\ngoal ', head.indexOf('\ngoal ') + 1);
  return `${head.slice(0, second)}\n`;
}

/**
 * The journal as a `.goals` file of about `bytes` bytes (and the day of its last entry). `small`
 * keeps only the first goal, for the many small plans of a clinician's folder.
 */
export function journal(bytes, seed = 1, { small = false } = {}, root = new URL('..', import.meta.url)) {
  const head = small ? smallHead(root) : planHead(root);
  const lines = [head, ''];
  let last = JOURNAL_START;
  for (const [date, line] of entries(Math.max(0, bytes - head.length), seed)) {
    // A small plan has one goal: the lines about the others are left out.
    if (small && / (?:attend|daughter)\b/.test(line)) continue;
    lines.push(line);
    last = date;
  }
  return { text: `${lines.join('\n')}\n`, last };
}

/** The same journal's entries as data, for the JSON, YAML and Markdown anchors. */
export function journalData(bytes, seed = 1) {
  const out = [];
  for (const [date, line] of entries(bytes, seed)) {
    const rest = line.slice(date.length + 1);
    const [main, note] = rest.split(' -- ');
    const match = /^(\w+)(?: ([\w-]+))?:?\s*(.*)$/u.exec(main);
    out.push({ date, kind: match?.[1] ?? main, goal: match?.[2] ?? null, value: match?.[3] || null, note: note ?? null });
  }
  return out;
}

function yamlString(value) {
  return value === null ? 'null' : JSON.stringify(value);
}

/** The content in another format: JSON (an array of entries), YAML (a list) or Markdown (a list per day). */
export function render(format, bytes, seed) {
  if (format === 'goals') return journal(bytes, seed).text;
  const data = journalData(bytes, seed);
  if (format === 'json') return JSON.stringify(data);
  if (format === 'yaml') {
    return data.map((e) => `- date: "${e.date}"\n  kind: ${e.kind}\n  goal: ${yamlString(e.goal)}\n  value: ${yamlString(e.value)}\n  note: ${yamlString(e.note)}\n`).join('');
  }
  if (format === 'md') {
    const out = ['# Journal', ''];
    let day = '';
    for (const e of data) {
      if (e.date !== day) out.push('', `## ${e.date}`, '');
      day = e.date;
      out.push(`- **${e.kind}**${e.goal ? ` ${e.goal}` : ''}${e.value ? `: ${e.value}` : ''}${e.note ? ` (${e.note})` : ''}`);
    }
    return `${out.join('\n')}\n`;
  }
  throw new Error(`unknown format '${format}': use goals, json, yaml or md`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : args[at + 1];
  };
  const bytes = Number(option('--bytes', '1000000'));
  const seed = Number(option('--seed', '1'));
  if (!Number.isFinite(bytes) || bytes < 0 || !Number.isInteger(seed)) {
    console.error('usage: node bench/journal.mjs --bytes N [--seed S] [--format goals|json|yaml|md]');
    process.exit(2);
  }
  process.stdout.write(render(option('--format', 'goals'), bytes, seed));
}
