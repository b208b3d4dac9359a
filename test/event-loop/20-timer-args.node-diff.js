setTimeout((a, b, c, d) => console.log(a, b, c, d), 50, 'x', 'y', 'z', 'w');
setImmediate((a, b) => console.log(a, b), 1, 2);
setInterval(function(a) { console.log(a, this.constructor.name); clearInterval(this); }, 100, 'arg');
