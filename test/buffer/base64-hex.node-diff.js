// base64, base64url and hex of buffers around the native threshold and padding boundaries equal node's.
for (const n of [0, 1, 2, 3, 64, 65, 66, 67, 100, 1000, 1001, 1002]) {
  const b = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255));
  console.log(n, b.toString('base64').slice(-12), b.toString('base64url').slice(-12), b.toString('hex').slice(-12), b.toString('base64').length);
}
