'use strict';
// zlib round trips in every format, errors with zlib's codes, options checks, streams and dictionaries.
const zlib = require('zlib');
const input = 'hello zlib '.repeat(100);
for (const [c, d] of [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync']]) {
  const z = zlib[c](input);
  console.log(c, d, z.length, zlib[d](z).toString() === input);
}
console.log(zlib.gunzipSync(zlib.gzipSync('a')).toString(), zlib.crc32('hello'), zlib.crc32('world', 12));
try { zlib.inflateSync(Buffer.from('garbage')); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.gunzipSync(zlib.gzipSync(input).subarray(0, 20)); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ level: 20 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { zlib.createGzip({ chunkSize: 10 }); } catch (e) { console.log(e.name, e.code, e.message); }
zlib.gzip(input, (err, out) => {
  zlib.gunzip(out, (err2, back) => console.log('async', err, err2, back.toString() === input));
});
const { pipeline, Readable, Writable } = require('stream');
const parts = [];
pipeline(Readable.from([Buffer.from('stream '), Buffer.from('data '.repeat(5000))]), zlib.createGzip(), zlib.createGunzip(),
  new Writable({ write(c, e, cb) { parts.push(c); cb(); } }), (err) => console.log('pipeline', err, Buffer.concat(parts).length));
console.log(Object.keys(zlib).length, zlib.constants.Z_BEST_COMPRESSION, zlib.codes.Z_DATA_ERROR, zlib.codes['-3']);
const d = zlib.deflateSync('dict data here', { dictionary: Buffer.from('dict data') });
console.log(zlib.inflateSync(d, { dictionary: Buffer.from('dict data') }).toString());
try { zlib.inflateSync(d); } catch (e) { console.log(e.code, e.message); }
