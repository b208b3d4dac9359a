// Blob, File and stream/consumers.
try { new Blob('x') } catch (e) { console.log(e.name, e.code, e.message) }
try { new Blob([1], 5) } catch (e) { console.log(e.name, e.code, e.message) }
const b = new Blob(['a\nb', new Uint8Array([65,66]), new Blob(['zz'])], { type: 'Text/Plain' });
console.log(b, b.size, b.type, Object.prototype.toString.call(b), b.slice(1, -1, 'x/y'));
b.text().then(t => console.log(JSON.stringify(t)));
b.slice(-3).arrayBuffer().then(ab => console.log(ab));
console.log(new Blob(['a\r\nb'], { endings: 'native' }).size);
try { new Blob([], { endings: 'bad' }) } catch (e) { console.log(e.name, e.code, e.message) }
console.log(new Blob([{toString(){return 'obj'}}]).size, new Blob([123]).size);
const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 5 });
console.log(f.name, f.lastModified, f.size, f instanceof Blob, f);
const { text, json, buffer } = require('stream/consumers');
const { Readable } = require('stream');
text(Readable.from(['{"a":', '1}'])).then(console.log);
json(Readable.from(['{"a":', '1}'])).then(console.log);
buffer(Readable.from([Buffer.from('hi')])).then(console.log);
