'use strict';
// util.inspect with showHidden lists what an object inherits from prototypes below the first
// built-in one: data and accessors, not methods, each under its nearest name.
const util = require('util');
class Foo { constructor() { this.a = 1; } method() {} get g() { return 2; } }
class Bar extends Foo { other() {} }
console.log(util.inspect(new Bar(), { showHidden: true }));
console.log(util.inspect(new Map([[1, 2]]).entries(), { showHidden: true }));
function Old() { this.x = 1; } Old.prototype.m = function () {};
console.log(util.inspect(new Old(), { showHidden: true }));
console.log(util.inspect(Object.create({ inherited: 1 }), { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(new Bar(), { showHidden: true, depth: 0 }));
class M extends Map { get size2() { return 1; } }
console.log(util.inspect(new M([[1, 2]]), { showHidden: true }));
console.log(util.inspect(Object.create(Object.create({ deep: 1, fn() {} })), { showHidden: true }));
const proto = { visible: 1 }; Object.defineProperty(proto, 'hiddenData', { value: 2 }); Object.defineProperty(proto, 'acc', { get() {}, set(v) {} }); Object.defineProperty(proto, 'setOnly', { set(v) {} }); proto[Symbol('s')] = 3;
const o = Object.create(proto); o.visible = 'own';
console.log(util.inspect(o, { showHidden: true }));
class A { static s = 1; x = 1; get y() { return 1; } }
class B extends A { get y() { return 2; } get z() { return 3; } }
console.log(util.inspect(new B(), { showHidden: true }));
console.log(util.inspect({ nested: new B() }, { showHidden: true, depth: 0 }));
console.log(util.inspect(new B(), { showHidden: true, getters: true }));
function F() {} F.prototype = { __proto__: Array.prototype, extra: 1 };
console.log(util.inspect(new F(), { showHidden: true }));
console.log(util.inspect(Object.create(null, { a: { value: 1, enumerable: true } }), { showHidden: true }));
console.log(util.inspect(new (class extends Error {})('e'), { showHidden: true }).split('\n')[0]);
console.log(util.inspect(Object.create({ deep: { a: { b: { c: { d: 1 } } } } }), { showHidden: true }));
console.log(util.inspect({ o: Object.create({ deep: { a: { b: 1 } } }) }, { showHidden: true, depth: 1 }));
class C { get g() { throw new Error('nope'); } }
console.log(util.inspect(new C(), { showHidden: true, getters: true }));
console.log(util.inspect(new Set([1]).values(), { showHidden: true }));
console.log(util.inspect([1].values(), { showHidden: true }));
console.log(util.inspect(new (class X extends Array {})(1, 2), { showHidden: true }));
console.log(util.inspect(Object.create(new Date(0)), { showHidden: true }).slice(0, 60));
const p = new Proxy({}, {}); console.log(util.inspect(Object.create(p), { showHidden: true }));
console.log(util.inspect(new (class Y { static z = 1 })(), { showHidden: true }));
console.log(util.inspect(Object.create(Object.create(null, { x: { value: 1, enumerable: true } })), { showHidden: true }));
