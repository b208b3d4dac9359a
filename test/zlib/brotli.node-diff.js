'use strict';
// Brotli round trips (sync, async, with parameters) and its errors.
const z = require('zlib');
const input = 'brotli data '.repeat(500);
const c = z.brotliCompressSync(input);
console.log(c.length > 0, z.brotliDecompressSync(c).toString() === input);
try { z.brotliDecompressSync(Buffer.from('garbage!')); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { z.createBrotliCompress({ params: { 999: 1 } }); } catch (e) { console.log(e.name, e.code, e.message); }
const q = z.brotliCompressSync(input, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 4 } });
console.log(z.brotliDecompressSync(q).toString() === input);
z.brotliCompress(input, (err, out) => z.brotliDecompress(out, (err2, back) => console.log('async', err, err2, back.toString() === input)));
