// Frames of getters and setters are named "get x" / "set x"; a plain function that shares a
// name with an accessor defined above it keeps its plain name.
const where = (error) => error.stack.split('\n')[1].replace(/ \(.*/, '');
class Box {
  get size() { return where(new Error('get')); }
  set size(value) { this.seen = where(new Error('set')); }
  static get count() { return where(new Error('static')); }
}
const proto = Box.prototype;
console.log(Reflect.get(proto, 'size', {}));
const receiver = {};
Reflect.set(proto, 'size', 1, receiver);
console.log(receiver.seen);
console.log(Object.getOwnPropertyDescriptor(Box, 'count').get.call(null));
const literal = {
  get total() {
    const unused = 0;
    return where(new Error('literal'));
  },
};
console.log(Object.getOwnPropertyDescriptor(literal, 'total').get.call({}));
function size() { return where(new Error('plain')); }
console.log(size());
const total = function() { return where(new Error('expression')); };
console.log(total());
