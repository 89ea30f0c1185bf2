// node:stream Duplex, Transform and PassThrough: both sides' events, allowHalfOpen, _flush,
// backpressure through a Transform, subclassing with class and with util.inherits, and the
// legacy _stream_* modules.
const { Duplex, Transform, PassThrough, Readable, Writable, Stream } = require("stream");
const util = require("util");

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const scenarios = [];
const scenario = (name, body) => scenarios.push([name, body]);
function trace(stream, label, events = ["data", "end", "finish", "prefinish", "close", "error"]) {
  for (const event of events) {
    stream.on(event, (value) => {
      let shown = "";
      if (event === "error") shown = ` ${value.code ?? ""} ${value.message}`;
      else if (value !== undefined) shown = ` ${JSON.stringify(Buffer.isBuffer(value) ? value.toString() : value)}`;
      console.log(`  ${label} ${event}${shown}`);
    });
  }
}

scenario("Duplex: both sides, closed when both are done", async () => {
  const d = new Duplex({
    read() {},
    write(chunk, encoding, callback) {
      console.log("  _write", chunk.toString());
      callback();
    },
  });
  trace(d, "d");
  d.write("in");
  d.push("out");
  d.end();
  await settle();
  console.log("  after finish", d.writableFinished, d.readableEnded, d.destroyed);
  d.push(null);
  await settle();
  console.log("  after end", d.readableEnded, d.destroyed, d instanceof Writable, d instanceof Readable);
});

scenario("Duplex with allowHalfOpen false ends its writable side", async () => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(chunk, encoding, callback) { callback(); },
  });
  trace(d, "d");
  d.resume();
  d.push(null);
  await settle();
  console.log("  ", d.allowHalfOpen, d.writableEnded, d.destroyed);
});

scenario("Duplex options: readable false, object modes, high-water marks", async () => {
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  console.log("  ", d.readable, d.writable, d.readableEnded);
  const m = new Duplex({ readableObjectMode: true, writableHighWaterMark: 5, read() {}, write(c, e, cb) { cb(); } });
  console.log("  ", m.readableObjectMode, m.writableObjectMode, m.readableHighWaterMark, m.writableHighWaterMark);
  try {
    new Duplex({ readableHighWaterMark: -2 });
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
});

scenario("Transform: _transform pushes and calls back, _flush at the end", async () => {
  const upper = new Transform({
    transform(chunk, encoding, callback) {
      console.log("  _transform", chunk.toString(), encoding);
      callback(null, chunk.toString().toUpperCase());
    },
    flush(callback) {
      console.log("  _flush");
      this.push("!");
      callback();
    },
  });
  trace(upper, "t");
  upper.write("a");
  upper.write("b", () => console.log("  write b done"));
  upper.end("c");
  console.log("  sync done");
  await settle();
});

scenario("Transform: errors from _transform and _flush", async () => {
  const failing = new Transform({
    transform(chunk, encoding, callback) { callback(new Error("transform failed")); },
  });
  trace(failing, "failing");
  failing.write("x", (error) => console.log("  write cb", error?.message));
  await settle();
  const flushFails = new Transform({
    transform(chunk, encoding, callback) { callback(null, chunk); },
    flush(callback) { callback(new Error("flush failed")); },
  });
  trace(flushFails, "flushFails");
  flushFails.resume();
  flushFails.end("y");
  await settle();
  const missing = new Transform();
  trace(missing, "missing", ["error"]);
  try {
    missing.write("z");
  } catch (error) {
    console.log("  threw", error.code, error.message);
  }
  await settle();
});

scenario("Transform backpressure: writes wait for the reader", async () => {
  const t = new Transform({
    highWaterMark: 2,
    transform(chunk, encoding, callback) { callback(null, chunk); },
  });
  const results = [];
  for (const text of ["a", "b", "c", "d", "e"]) results.push(t.write(text, () => console.log("  written", text)));
  console.log("  write results", results.join(","), t.readableLength, t.writableLength);
  await settle();
  console.log("  reading", String(t.read()));
  await settle();
  t.on("data", (d) => console.log("  data", d.toString()));
  await settle();
});

scenario("PassThrough in object mode", async () => {
  const p = new PassThrough({ objectMode: true });
  trace(p, "p", ["data", "end", "finish", "close"]);
  p.write({ n: 1 });
  p.end([2]);
  await settle();
});

scenario("class subclasses", async () => {
  class Counter extends Readable {
    constructor() {
      super({ objectMode: true });
      this.n = 0;
    }
    _read() {
      this.n += 1;
      this.push(this.n > 3 ? null : this.n);
    }
  }
  class Doubler extends Transform {
    _transform(chunk, encoding, callback) {
      callback(null, String(Number(chunk) * 2));
    }
    _flush(callback) {
      callback(null, "end");
    }
  }
  class Collector extends Writable {
    constructor() {
      super({ objectMode: true });
      this.items = [];
    }
    _write(chunk, encoding, callback) {
      this.items.push(String(chunk));
      callback();
    }
    _final(callback) {
      console.log("  collected", this.items.join(" "));
      callback();
    }
  }
  const collector = new Collector();
  new Counter().pipe(new Doubler({ objectMode: true })).pipe(collector);
  await new Promise((resolve) => collector.on("finish", resolve));
});

scenario("util.inherits and Readable.call", async () => {
  function Source(options) {
    if (!(this instanceof Source)) return new Source(options);
    Readable.call(this, options);
    this.left = ["x", "y"];
  }
  util.inherits(Source, Readable);
  Source.prototype._read = function () {
    this.push(this.left.shift() ?? null);
  };
  function Sink() {
    Writable.call(this, { decodeStrings: false });
  }
  util.inherits(Sink, Writable);
  Sink.prototype._write = function (chunk, encoding, callback) {
    console.log("  sink", String(chunk), encoding);
    callback();
  };
  function Upper() {
    Transform.call(this);
  }
  util.inherits(Upper, Transform);
  Upper.prototype._transform = function (chunk, encoding, callback) {
    this.push(String(chunk).toUpperCase());
    callback();
  };
  const sink = new Sink();
  Source().pipe(new Upper()).pipe(sink);
  await new Promise((resolve) => sink.on("finish", resolve));
  console.log("  ", Source() instanceof Stream, Readable() instanceof Readable, Duplex() instanceof Duplex, Transform() instanceof Duplex, Writable() instanceof Writable);
});

scenario("legacy modules and exports", async () => {
  console.log("  ", require("_stream_readable") === Readable, require("_stream_writable") === Writable,
    require("_stream_duplex") === Duplex, require("_stream_transform") === Transform,
    require("_stream_passthrough") === PassThrough);
  const stream = require("stream");
  console.log("  ", typeof stream, stream === Stream, stream.Stream === Stream, typeof stream.promises.pipeline,
    stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  console.log("  ", Object.keys(stream).sort().join(","));
  console.log("  ", stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array([]), stream._uint8ArrayToBuffer(new Uint8Array([104, 105])).toString());
});

scenario("legacy Stream#pipe", async () => {
  const source = new Stream();
  const received = [];
  const destination = new Stream();
  destination.writable = true;
  destination.write = (chunk) => { received.push(chunk); return true; };
  destination.end = () => console.log("  end called", received.join(""));
  source.pipe(destination);
  source.emit("data", "a");
  source.emit("data", "b");
  source.emit("end");
});

(async () => {
  for (const [name, body] of scenarios) {
    console.log(name);
    await body();
    await settle();
  }
})();
