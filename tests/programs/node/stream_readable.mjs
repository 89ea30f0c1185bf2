// node:stream Readable: the order and timing (sync, nextTick) of its events, paused and
// flowing modes, read(n), setEncoding, unshift, object mode, destroy and errors.
import { Readable } from "node:stream";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const scenarios = [];
const scenario = (name, body) => scenarios.push([name, body]);
function trace(stream, label, events = ["data", "end", "close", "readable", "pause", "resume", "error"]) {
  for (const event of events) {
    stream.on(event, (value) => {
      let shown = "";
      if (event === "error") shown = ` ${value.code ?? ""} ${value.message}`;
      else if (value !== undefined) shown = ` ${JSON.stringify(Buffer.isBuffer(value) ? value.toString() : value)}`;
      console.log(`  ${label} ${event}${shown}`);
    });
  }
}

scenario("flowing: pushes before listeners, data sync or not", async () => {
  const r = new Readable({ read() {} });
  trace(r, "r");
  r.push("a");
  r.push("b");
  console.log("  after pushes", r.readableLength, r.readableFlowing, r.isPaused());
  await settle();
  r.push("c");
  console.log("  c pushed");
  r.push(null);
  console.log("  null pushed", r.readableEnded);
  await settle();
  console.log("  done", r.readableEnded, r.destroyed, r.closed);
});

scenario("paused mode with 'readable' and read()", async () => {
  const r = new Readable({ read() {} });
  r.on("readable", () => {
    let chunk;
    console.log("  readable, length", r.readableLength);
    while ((chunk = r.read()) !== null) console.log("  read", chunk.toString());
  });
  r.on("end", () => console.log("  end"));
  r.push("x");
  r.push("yz");
  await settle();
  r.push("w");
  r.push(null);
  await settle();
});

scenario("read(n) across chunks and at the end", async () => {
  const r = new Readable({ read() {} });
  r.push("abc");
  r.push("defg");
  r.push(null);
  await settle();
  console.log("  ", String(r.read(2)), String(r.read(3)), r.read(10)?.toString(), r.read());
  await settle();
  console.log("  ended", r.readableEnded);
});

scenario("_read is called with the high-water mark and reads ahead", async () => {
  let calls = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(size) {
      calls++;
      console.log("  _read", size, "buffered", this.readableLength);
      if (calls <= 3) this.push("ab");
      else this.push(null);
    },
  });
  await settle();
  console.log("  buffered", r.readableLength, "calls", calls);
  r.on("data", (d) => console.log("  data", d.toString()));
  r.on("end", () => console.log("  end"));
  await settle();
});

scenario("synchronous pushes inside _read", async () => {
  const items = ["1", "2", "3"];
  const r = new Readable({
    read() {
      const next = items.shift();
      this.push(next ?? null);
    },
  });
  trace(r, "r", ["data", "end", "close"]);
  console.log("  listening");
  await settle();
});

scenario("setEncoding and multi-byte characters", async () => {
  const r = new Readable({ read() {} });
  r.setEncoding("utf8");
  const bytes = Buffer.from("héllo€");
  for (const byte of bytes) r.push(Buffer.from([byte]));
  r.push(null);
  r.on("data", (d) => console.log("  data", JSON.stringify(d), typeof d));
  await settle();
  const h = new Readable({ read() {} });
  h.push("hi");
  h.setEncoding("hex");
  console.log("  hex", h.read(), h.readableEncoding);
});

scenario("unshift puts data back in front", async () => {
  const r = new Readable({ read() {} });
  r.push("world");
  r.unshift("hello ");
  r.push(null);
  console.log("  read", String(r.read()));
  await settle();
});

scenario("object mode: chunks, highWaterMark 16, falsy values", async () => {
  const r = new Readable({ objectMode: true, read() {} });
  console.log("  hwm", r.readableHighWaterMark, r.readableObjectMode, new Readable().readableHighWaterMark);
  const results = [];
  for (let i = 0; i < 17; i++) results.push(r.push(i));
  console.log("  push results", results.join(","));
  const o = new Readable({ objectMode: true, read() {} });
  o.on("data", (v) => console.log("  value", JSON.stringify(v)));
  o.push(0);
  o.push("");
  o.push(false);
  o.push({ a: 1 });
  o.push(null);
  await settle();
});

scenario("pause and resume", async () => {
  const r = new Readable({ read() {} });
  trace(r, "r", ["data", "pause", "resume", "end"]);
  r.pause();
  console.log("  isPaused", r.isPaused(), r.readableFlowing);
  r.push("a");
  await settle();
  r.resume();
  console.log("  resumed", r.isPaused(), r.readableFlowing);
  await settle();
  r.pause();
  r.push("b");
  await settle();
  r.resume();
  r.push(null);
  await settle();
});

scenario("destroy with and without error", async () => {
  const r = new Readable({ read() {} });
  trace(r, "r");
  r.destroy();
  console.log("  destroyed", r.destroyed, r.readable, r.closed);
  await settle();
  const e = new Readable({ read() {} });
  trace(e, "e");
  e.destroy(new Error("boom"));
  console.log("  errored", e.errored?.message, e.readableAborted);
  await settle();
  const c = new Readable({
    read() {},
    destroy(error, callback) {
      console.log("  _destroy", error?.message);
      setTimeout(() => callback(error), 1);
    },
  });
  trace(c, "c", ["close", "error"]);
  c.destroy(new Error("later"), (error) => console.log("  destroy callback", error?.message));
  c.destroy();
  await new Promise((resolve) => setTimeout(resolve, 10));
});

scenario("errors: push after EOF, unshift after end, bad chunk, _read missing", async () => {
  const a = new Readable({ read() {} });
  trace(a, "a", ["error", "close"]);
  a.push(null);
  a.push("late");
  await settle();
  const b = new Readable({ read() {} });
  b.push(null);
  b.resume();
  b.on("end", () => {
    trace(b, "b", ["error"]);
    b.unshift("x");
  });
  await settle();
  const c = new Readable({ read() {} });
  trace(c, "c", ["error"]);
  c.push(42);
  await settle();
  const d = new Readable();
  trace(d, "d", ["error"]);
  d.read();
  await settle();
  try {
    new Readable({ highWaterMark: -1 });
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
  const n = new Readable({ autoDestroy: false, read() {} });
  trace(n, "n", ["error", "close"]);
  n.push(null);
  n.push("x");
  await settle();
  console.log("  not destroyed", n.destroyed, n.errored?.code);
});

scenario("async iteration", async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 1);
  for await (const value of r) console.log("  value", value);
  const early = Readable.from([1, 2, 3]);
  for await (const value of early) {
    console.log("  first", value);
    break;
  }
  console.log("  destroyed after break", early.destroyed);
  const failing = new Readable({ read() { this.destroy(new Error("broken")); } });
  try {
    for await (const chunk of failing) console.log(chunk);
  } catch (error) {
    console.log("  caught", error.message);
  }
});

scenario("Readable.from: arrays, strings, generators, promises", async () => {
  const show = async (label, stream) => {
    const seen = [];
    stream.on("data", (v) => seen.push(Buffer.isBuffer(v) ? `buf:${v}` : v));
    await new Promise((resolve) => stream.on("end", resolve));
    console.log("  ", label, JSON.stringify(seen), stream.readableObjectMode);
  };
  await show("array", Readable.from([1, 2, 3]));
  await show("string", Readable.from("abc"));
  await show("buffer", Readable.from(Buffer.from("xy")));
  await show("generator", Readable.from((function* () { yield "a"; yield "b"; })()));
  await show("async", Readable.from((async function* () { yield 1; yield Promise.resolve(2); })()));
  await show("bytes", Readable.from(["a", "b"], { objectMode: false }));
  try {
    Readable.from(42);
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
  const nulls = Readable.from([1, null]);
  nulls.on("error", (error) => console.log("  ", error.code, error.message));
  nulls.resume();
  await settle();
});

scenario("operators", async () => {
  console.log("  ", await Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray());
  console.log("  ", await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  console.log("  ", await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  console.log("  ", await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  console.log("  ", await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2]).every((x) => x > 1));
  console.log("  ", await Readable.from([1, 2, 3]).find((x) => x > 1));
  console.log("  ", await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  await Readable.from(["a", "b"]).forEach((x) => console.log("  each", x));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (error) {
    console.log("  ", error.name, error.code, error.message);
  }
  try {
    Readable.from([]).map(5);
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
});

scenario("getters", async () => {
  const r = new Readable({ read() {}, highWaterMark: 100, encoding: "latin1" });
  console.log("  ", r.readable, r.readableHighWaterMark, r.readableEncoding, r.readableLength, r.readableFlowing,
    r.readableEnded, r.readableDidRead, r.readableAborted, r.destroyed, r.errored, r.closed);
  r.push("abc");
  r.read(1);
  console.log("  ", r.readableLength, r.readableDidRead, r.readableBuffer.length);
});

for (const [name, body] of scenarios) {
  console.log(name);
  await body();
  await settle();
}
