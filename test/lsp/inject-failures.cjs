// Preloaded into the real server by test/lsp/core-failure.test.ts (`node --require`), never shipped:
// makes a bug appear where no input triggers one today. Text holding FAIL_CHECK makes the core
// throw while it reads the plan; text holding FAIL_LOOSE throws and rejects outside every handler;
// text holding PRINT makes a library print to the console, as a stray debugging line would.
'use strict';
const FAIL_CHECK = '\u2620 check fails here \u2620';
const FAIL_LOOSE = '\u2620 loose failure \u2620';
const PRINT = '\u2620 print to the console \u2620';
const matchAll = String.prototype.matchAll;
let loosed = false;
String.prototype.matchAll = function (...args) {
  const text = String(this);
  if (text.includes(FAIL_CHECK)) throw new RangeError('Maximum call stack size exceeded');
  if (text.includes(PRINT)) console.log('a stray line from a library');
  if (text.includes(FAIL_LOOSE) && !loosed) {
    loosed = true;
    // The message quotes the text, as a careless error might: the server must not log it.
    setImmediate(() => {
      throw new TypeError(`cannot read ${text.slice(0, 40)}`);
    });
    void Promise.reject(new Error(`rejected ${text.slice(0, 40)}`));
  }
  return matchAll.apply(this, args);
};
