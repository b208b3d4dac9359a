// readline/promises.Readline: batched cursor actions, commit, rollback, autoCommit, validation.
const { Readline } = require('readline/promises');
const { PassThrough } = require('stream');
const out = new PassThrough(); let text = ''; out.on('data', (d) => { text += d; });
const rl = new Readline(out);
rl.cursorTo(2, 3).moveCursor(-1, 2).clearLine(1).clearScreenDown();
console.log(JSON.stringify(text));
rl.commit().then(() => { console.log(JSON.stringify(text)); rl.cursorTo(0).rollback(); return rl.commit(); }).then(() => console.log(JSON.stringify(text)));
try { new Readline({}); } catch (e) { console.log(e.code); }
try { rl.clearLine(2); } catch (e) { console.log(e.code); }
const auto = new Readline(out, { autoCommit: true }); auto.cursorTo(5); setImmediate(() => console.log(JSON.stringify(text)));
