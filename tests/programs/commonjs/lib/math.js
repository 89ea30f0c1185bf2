const add = (a, b) => a + b;
function twice(n) { return n * 2; }
module.exports = { add, twice };
