// readable-stream 3's README: Node's streams as a package; a pipeline through a Transform.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require("readable-stream");

const source = new Readable({ read() {} });
const upper = new Transform({
  transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); },
  flush(callback) { this.push("!"); callback(); },
});
const received = [];
const sink = new Writable({
  write(chunk, encoding, callback) { received.push(chunk.toString()); callback(); },
});
pipeline(source, upper, sink, (error) => {
  console.log("pipeline done", error, received);
  const objects = new Readable({ objectMode: true, read() {} });
  const seen = [];
  objects.on("data", (value) => seen.push(value));
  objects.on("end", () => {
    console.log("objects", seen);
    const pass = new PassThrough();
    finished(pass, (err) => console.log("finished", err ? err.message : err));
    pass.resume();
    pass.end("x");
    const failing = new Readable({ read() { this.destroy(new Error("read failed")); } });
    failing.on("error", (err) => console.log("error event", err.message));
    failing.resume();
  });
  objects.push({ n: 1 });
  objects.push([2]);
  objects.push(null);
});
source.push("hello ");
source.push("streams");
source.push(null);
const flowing = new Readable({ read() {} });
flowing.setEncoding("utf8");
flowing.on("readable", () => { let chunk; while ((chunk = flowing.read()) !== null) console.log("read()", JSON.stringify(chunk)); });
flowing.push(Buffer.from("é"));
flowing.push(null);
