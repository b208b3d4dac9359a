'use strict';
// fs.watch (plain and recursive), fs.watchFile and fs.promises.watch report real changes;
// every step waits for the event it expects, never for a fixed time.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-watch-'));
const sub = path.join(dir, 'sub');
fs.mkdirSync(sub);

function nextEvent(watcher, predicate) {
  return new Promise((resolve, reject) => {
    const onChange = (eventType, filename) => {
      if (!predicate(eventType, filename)) return;
      watcher.off('change', onChange);
      resolve([eventType, filename]);
    };
    watcher.on('change', onChange);
    watcher.once('error', reject);
  });
}

async function main() {
  const plain = fs.watch(dir);
  const created = nextEvent(plain, (type, name) => name === 'a.txt');
  fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
  assert.strictEqual((await created)[0], 'rename');
  const closed = new Promise((resolve) => plain.once('close', resolve));
  plain.close();
  await closed;

  const recursive = fs.watch(dir, { recursive: true });
  const deep = nextEvent(recursive, (type, name) => name === path.join('sub', 'b.txt'));
  fs.writeFileSync(path.join(sub, 'b.txt'), 'b');
  await deep;
  const newDir = path.join(dir, 'later');
  const deeper = nextEvent(recursive, (type, name) => name === path.join('later', 'c.txt'));
  const made = nextEvent(recursive, (type, name) => name === 'later');
  fs.mkdirSync(newDir);
  await made;
  fs.writeFileSync(path.join(newDir, 'c.txt'), 'c');
  await deeper;
  recursive.close();

  // The poller's first stat races with any write made right after watchFile(), so the file
  // keeps growing until a change is seen.
  const file = path.join(dir, 'polled.txt');
  fs.writeFileSync(file, '1');
  let grower;
  const polled = new Promise((resolve) => {
    fs.watchFile(file, { interval: 20 }, (curr, prev) => {
      clearInterval(grower);
      fs.unwatchFile(file);
      resolve(curr.size > prev.size);
    });
  });
  grower = setInterval(() => fs.appendFileSync(file, 'x'), 25);
  assert.strictEqual(await polled, true);

  const ac = new AbortController();
  const iterator = fs.promises.watch(dir, { signal: ac.signal });
  setImmediate(() => fs.writeFileSync(path.join(dir, 'd.txt'), 'd'));
  for await (const { eventType, filename } of iterator) {
    if (filename === 'd.txt') {
      assert.ok(eventType === 'rename' || eventType === 'change');
      break;
    }
  }

  assert.throws(() => fs.watch(path.join(dir, 'missing')), { code: 'ENOENT', syscall: 'watch' });
  assert.throws(() => fs.watchFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
  fs.rmSync(dir, { recursive: true });
}
main();
