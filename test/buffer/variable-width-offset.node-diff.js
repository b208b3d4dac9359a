'use strict';
// Variable-width readers/writers require an offset; fixed-width ones default it to 0.
const b = Buffer.alloc(8);
const tries = [() => b.readUIntBE(undefined, 2), () => b.readIntLE(undefined, 2), () => b.writeUIntBE(1, undefined, 2), () => b.writeIntLE(1, undefined, 2), () => b.readUIntLE('', 1), () => b.writeUIntLE(1, '0', 2), () => b.readUInt8(undefined), () => b.writeUInt8(1, undefined), () => b.writeIntBE(1, 0), () => b.readUIntBE(0)];
for (const t of tries) { try { console.log(t()); } catch (e) { console.log(e.name, e.code, e.message); } }
