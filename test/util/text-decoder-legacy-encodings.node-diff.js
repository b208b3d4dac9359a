'use strict';
// TextDecoder decodes the Encoding Standard's legacy encodings (through ICU), by any of their
// labels: whole input, streamed input split inside a character, unmapped bytes as U+FFFD or,
// when fatal, an error.
const hex = (text) => [...text].map((c) => c.codePointAt(0).toString(16)).join(' ');
const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);

for (const label of ['latin2', ' KOI8-R ', 'cp1251', 'x-mac-cyrillic', 'windows-874', 'iso-8859-8-i', 'ibm866',
  'gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'sjis', 'euc-kr', 'iso-8859-16', 'replacement',
  'x-user-defined', 'hz-gb-2312']) {
  try {
    const decoder = new TextDecoder(label);
    console.log(JSON.stringify(label), decoder.encoding, hex(decoder.decode(allBytes.subarray(0x80, 0xa0))));
  } catch (error) {
    console.log(JSON.stringify(label), error.name, error.code, error.message);
  }
}

// "日本語" in Shift_JIS, streamed one byte at a time.
const sjis = new TextDecoder('shift_jis');
const bytes = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea];
console.log(bytes.map((b) => sjis.decode(new Uint8Array([b]), { stream: true })).join('|'), sjis.decode());
// A lead byte left at the end of the input.
console.log(hex(new TextDecoder('shift_jis').decode(new Uint8Array([0x41, 0x93]))));
console.log(hex(new TextDecoder('euc-kr').decode(new Uint8Array([0xb0, 0xa1, 0xff, 0x41]))));

for (const [label, input] of [['shift_jis', [0x41, 0xa0]], ['big5', [0x80]], ['gb18030', [0x80, 0x41]], ['koi8-r', [0x80]]]) {
  try {
    console.log(label, 'fatal', hex(new TextDecoder(label, { fatal: true }).decode(new Uint8Array(input))));
  } catch (error) {
    console.log(label, 'fatal', error.name, error.code, error.message);
  }
}
const decoder = new TextDecoder('windows-1251', { fatal: true });
console.log(decoder.fatal, decoder.ignoreBOM, decoder.encoding, require('util').inspect(decoder));
