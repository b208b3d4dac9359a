'use strict';
// fs.createReadStream / createWriteStream: ranges, encodings, flags, fds, FileHandles and errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-fs-streams-'));
const file = path.join(dir, 'data.txt');
const collect = (stream) => new Promise((resolve, reject) => {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c)).on('end', () => resolve(chunks)).on('error', reject);
});

async function main() {
  const w = fs.createWriteStream(file);
  const events = [];
  for (const ev of ['open', 'ready', 'finish', 'close']) w.on(ev, () => events.push(ev));
  for (let i = 0; i < 100; i++) w.write(`line ${i}\n`);
  w.end();
  await new Promise((resolve) => w.on('close', resolve));
  console.log('write events', events, 'bytes', w.bytesWritten, 'pending', w.pending);

  const whole = await collect(fs.createReadStream(file, { highWaterMark: 100 }));
  console.log('chunks', whole.length, whole.map((c) => c.length), Buffer.concat(whole).equals(fs.readFileSync(file)));

  console.log('range', await collect(fs.createReadStream(file, { start: 7, end: 20, encoding: 'utf8' })));
  console.log('start only', (await collect(fs.createReadStream(file, { start: 880 }))).toString());

  // Append flag and start position on an r+ stream.
  const a = fs.createWriteStream(file, { flags: 'a' });
  a.end('appended\n');
  await new Promise((resolve) => a.on('close', resolve));
  const patch = fs.createWriteStream(file, { flags: 'r+', start: 0 });
  patch.end('LINE');
  await new Promise((resolve) => patch.on('close', resolve));
  const text = fs.readFileSync(file, 'utf8');
  console.log('patched', text.slice(0, 12), JSON.stringify(text.slice(-18)));

  // An existing descriptor, not closed when autoClose is false.
  const fd = fs.openSync(file, 'r');
  const fromFd = fs.createReadStream(null, { fd, autoClose: false, end: 3 });
  console.log('fd read', String(Buffer.concat(await collect(fromFd))), fs.fstatSync(fd).isFile());
  fs.closeSync(fd);

  // FileHandle streams.
  const handle = await fs.promises.open(file, 'r');
  const hs = handle.createReadStream({ start: 0, end: 9 });
  console.log('filehandle', String(Buffer.concat(await collect(hs))));
  await new Promise((resolve) => hs.on('close', resolve));
  console.log('handle closed by stream', handle.fd);

  // Copy through pipeline.
  await pipeline(fs.createReadStream(file), fs.createWriteStream(path.join(dir, 'copy.txt')));
  console.log('copy equal', fs.readFileSync(path.join(dir, 'copy.txt')).equals(fs.readFileSync(file)));

  // Errors: missing file, a directory, bad ranges and bad options.
  for (const [label, make] of [
    ['missing', () => fs.createReadStream(path.join(dir, 'nope'))],
    ['directory', () => fs.createReadStream(dir)],
    ['write into missing dir', () => fs.createWriteStream(path.join(dir, 'no', 'such'))],
  ]) {
    const s = make();
    if (s.resume) s.resume();
    const err = await new Promise((resolve) => s.on('error', resolve));
    console.log(label, err.code, err.syscall, err.message.replace(dir, '<dir>'), 'destroyed', s.destroyed);
  }
  for (const [label, make] of [
    ['start > end', () => fs.createReadStream(file, { start: 5, end: 2 })],
    ['negative start', () => fs.createReadStream(file, { start: -1 })],
    ['bad fd', () => fs.createReadStream(null, { fd: 'x' })],
    ['bad encoding', () => fs.createReadStream(file, { encoding: 'nope' })],
    ['bad path', () => fs.createWriteStream(42)],
  ]) {
    try { make(); console.log(label, 'no error'); } catch (err) { console.log(label, err.name, err.code, err.message); }
  }
  fs.rmSync(dir, { recursive: true });
}
main().then(() => console.log('done'));
