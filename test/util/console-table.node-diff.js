// console.table: undefined cells, column filters with primitive rows, Map and Set data.
console.table([undefined, 5]);
console.table({ a: 1, b: 2 }, ['a']);
console.table([{ a: 1, b: 2 }, { a: 3, c: 4 }], ['a']);
console.table([{ a: 1, b: undefined }, { a: 3, c: 4 }, 7]);
console.table(new Map([['x', 1]]));
console.table(new Set(['p']));
