// A built-in that validates its argument throws from inside the runtime.
const size = -1;
const buffer = Buffer.alloc(size);
console.log(buffer);
