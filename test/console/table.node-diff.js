// console.table draws the same tables as node.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
console.table([1, 2, 'three']);
console.table([[1, 2], [3, 4]]);
console.table(new Map([['k', 1]]));
console.table([{ a: 1, b: 2 }], ['a']);
console.table('not tabular');
