'use strict';
// The chunks a Readable holds: a singly linked list, so push and shift are O(1), with the
// byte-level consume that read(n) needs when n splits a chunk.

const { Buffer } = require('buffer');

module.exports = class BufferList {
  constructor() {
    this.head = null;
    this.tail = null;
    this.length = 0;
  }

  push(data) {
    const entry = { data, next: null };
    if (this.length > 0) this.tail.next = entry;
    else this.head = entry;
    this.tail = entry;
    ++this.length;
  }

  unshift(data) {
    const entry = { data, next: this.head };
    if (this.length === 0) this.tail = entry;
    this.head = entry;
    ++this.length;
  }

  shift() {
    if (this.length === 0) return;
    const data = this.head.data;
    if (this.length === 1) this.head = this.tail = null;
    else this.head = this.head.next;
    --this.length;
    return data;
  }

  clear() {
    this.head = this.tail = null;
    this.length = 0;
  }

  join(separator) {
    if (this.length === 0) return '';
    let entry = this.head;
    let joined = '' + entry.data;
    while ((entry = entry.next) !== null) joined += separator + entry.data;
    return joined;
  }

  concat(byteLength) {
    if (this.length === 0) return Buffer.alloc(0);
    const joined = Buffer.allocUnsafe(byteLength >>> 0);
    let offset = 0;
    for (let entry = this.head; entry !== null; entry = entry.next) {
      joined.set(entry.data, offset);
      offset += entry.data.length;
    }
    return joined;
  }

  // The first n bytes or characters, removed from the list.
  consume(n, hasStrings) {
    const first = this.head.data;
    if (n < first.length) {
      this.head.data = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return this.shift();
    return hasStrings ? this._takeString(n) : this._takeBuffer(n);
  }

  first() {
    return this.head.data;
  }

  *[Symbol.iterator]() {
    for (let entry = this.head; entry !== null; entry = entry.next) yield entry.data;
  }

  _takeString(n) {
    let taken = '';
    let entry = this.head;
    let count = 0;
    do {
      const str = entry.data;
      if (n > str.length) {
        taken += str;
        n -= str.length;
      } else {
        if (n === str.length) {
          taken += str;
          ++count;
          this.head = entry.next ?? null;
          if (this.head === null) this.tail = null;
        } else {
          taken += str.slice(0, n);
          this.head = entry;
          entry.data = str.slice(n);
        }
        break;
      }
      ++count;
    } while ((entry = entry.next) !== null);
    this.length -= count;
    return taken;
  }

  _takeBuffer(n) {
    const taken = Buffer.allocUnsafe(n);
    const total = n;
    let entry = this.head;
    let count = 0;
    do {
      const buf = entry.data;
      if (n > buf.length) {
        taken.set(buf, total - n);
        n -= buf.length;
      } else {
        if (n === buf.length) {
          taken.set(buf, total - n);
          ++count;
          this.head = entry.next ?? null;
          if (this.head === null) this.tail = null;
        } else {
          taken.set(new Uint8Array(buf.buffer, buf.byteOffset, n), total - n);
          this.head = entry;
          entry.data = buf.slice(n);
        }
        break;
      }
      ++count;
    } while ((entry = entry.next) !== null);
    this.length -= count;
    return taken;
  }

  [Symbol.for('nodejs.util.inspect.custom')](_, options) {
    const { inspect } = require('internal/util/inspect');
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }
};
