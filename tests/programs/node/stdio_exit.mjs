// A large write to stdout (a pipe), then process.exit at once: all of it comes out, as in Node.
const chunk = Buffer.alloc(1 << 20, "a");
chunk[chunk.length - 1] = 10;
process.stdout.write(chunk);
process.stdout.write("b".repeat(300000) + "\n");
console.log("end");
process.exit(0);
