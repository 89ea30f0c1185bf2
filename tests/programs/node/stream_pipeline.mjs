// node:stream pipe (backpressure, unpipe, several destinations), pipeline (callback and
// promise, generator stages, errors), finished, compose, addAbortSignal, Duplex.from and the
// is* helpers.
import { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished, compose, addAbortSignal, isReadable, isErrored, isDisturbed } from "node:stream";
import * as promises from "node:stream/promises";
import { promisify } from "node:util";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const scenarios = [];
const scenario = (name, body) => scenarios.push([name, body]);
function trace(stream, label, events) {
  for (const event of events) {
    stream.on(event, (value) => {
      let shown = "";
      if (event === "error") shown = ` ${value.code ?? ""} ${value.message}`;
      else if (typeof value === "string" || Buffer.isBuffer(value)) shown = ` ${value}`;
      console.log(`  ${label} ${event}${shown}`);
    });
  }
}
function slowSink(label, highWaterMark = 1) {
  return new Writable({
    highWaterMark,
    write(chunk, encoding, callback) {
      console.log(`  ${label} write ${chunk}`);
      setTimeout(callback, 1);
    },
  });
}
const waitFor = (stream, event) => new Promise((resolve) => stream.once(event, resolve));

scenario("pipe with backpressure: pause, drain, resume", async () => {
  const source = new Readable({ read() {}, highWaterMark: 2 });
  const sink = slowSink("sink");
  trace(source, "source", ["pause", "resume", "end", "close", "data"]);
  trace(sink, "sink", ["pipe", "unpipe", "drain", "finish", "close"]);
  console.log("  pipe returns sink", source.pipe(sink) === sink);
  source.push("a");
  source.push("b");
  source.push(null);
  await waitFor(sink, "close");
});

scenario("pipe to two destinations and unpipe", async () => {
  const source = new Readable({ read() {} });
  const one = new PassThrough();
  const two = new PassThrough();
  one.on("data", (d) => console.log("  one", d.toString()));
  two.on("data", (d) => console.log("  two", d.toString()));
  trace(two, "two", ["unpipe", "finish"]);
  source.pipe(one);
  source.pipe(two);
  source.push("x");
  await settle();
  source.unpipe(two);
  source.push("y");
  await settle();
  console.log("  flowing", source.readableFlowing, source._readableState.pipes.length);
  source.unpipe();
  console.log("  flowing", source.readableFlowing);
  source.pipe(two, { end: false });
  source.push(null);
  await settle();
  console.log("  two ended", two.writableEnded);
});

scenario("pipeline with callback", async () => {
  const source = Readable.from(["a", "b", "c"], { objectMode: false });
  const upper = new Transform({
    transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); },
  });
  let text = "";
  const sink = new Writable({ write(chunk, encoding, callback) { text += chunk; callback(); } });
  const returned = pipeline(source, upper, sink, (error, value) => console.log("  done", error, value, text));
  console.log("  returns last", returned === sink);
  await waitFor(sink, "close");
  await settle();
});

scenario("pipeline failures destroy every stage", async () => {
  const source = new Readable({ read() {} });
  const middle = new PassThrough();
  const sink = new Writable({ write(chunk, encoding, callback) { callback(new Error("sink failed")); } });
  trace(source, "source", ["close", "error"]);
  trace(middle, "middle", ["close", "error"]);
  pipeline(source, middle, sink, (error) => console.log("  callback", error.message));
  source.push("x");
  await new Promise((resolve) => setTimeout(resolve, 5));
  console.log("  destroyed", source.destroyed, middle.destroyed, sink.destroyed);
  const early = new Readable({ read() {} });
  const target = new PassThrough();
  pipeline(early, target, (error) => console.log("  premature", error.code, error.message));
  early.destroy();
  await settle();
});

scenario("pipeline with generator stages and an async sink", async () => {
  pipeline(
    function* () { yield "a"; yield "b"; },
    async function* (source) {
      for await (const chunk of source) yield chunk.toUpperCase();
    },
    async function (source) {
      let all = "";
      for await (const chunk of source) all += chunk;
      return all;
    },
    (error, value) => console.log("  result", error, value),
  );
  await new Promise((resolve) => setTimeout(resolve, 5));
  const result = await promises.pipeline(
    Readable.from([1, 2, 3]),
    async function* (source) { for await (const n of source) yield n * 10; },
    async function (source) { const seen = []; for await (const n of source) seen.push(n); return seen; },
  );
  console.log("  promise result", result);
  try {
    await promises.pipeline(
      Readable.from([1]),
      async function* (source) { for await (const n of source) throw new Error(`bad ${n}`); },
      new Writable({ objectMode: true, write(c, e, cb) { cb(); } }),
    );
  } catch (error) {
    console.log("  rejected", error.message);
  }
  const viaPromisify = promisify(pipeline);
  const chunks = [];
  await viaPromisify(Readable.from(["q"]), new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }));
  console.log("  promisify", chunks);
});

scenario("pipeline argument errors", async () => {
  for (const call of [
    () => pipeline(),
    () => pipeline(new PassThrough(), () => {}),
    () => pipeline(new PassThrough(), new PassThrough()),
    () => pipeline(() => 5, new PassThrough(), () => {}),
    () => pipeline([1], () => 5, new PassThrough(), () => {}),
  ]) {
    try {
      call();
    } catch (error) {
      console.log("  ", error.name, error.code, error.message);
    }
  }
});

scenario("finished on each kind of ending", async () => {
  const r = new Readable({ read() {} });
  finished(r, (error) => console.log("  readable finished", error));
  r.resume();
  r.push(null);
  await settle();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (error) => console.log("  writable finished", error));
  w.end("x");
  await settle();
  const broken = new PassThrough();
  finished(broken, (error) => console.log("  errored", error.message));
  broken.destroy(new Error("broken"));
  await settle();
  const premature = new Readable({ read() {} });
  finished(premature, (error) => console.log("  premature", error.code, error.message));
  premature.destroy();
  await settle();
  const already = new Readable({ read() {} });
  already.resume();
  already.push(null);
  await settle();
  finished(already, (error) => console.log("  already done", error));
  await settle();
  const cleanup = finished(new PassThrough(), () => console.log("  never"));
  console.log("  cleanup", typeof cleanup);
  cleanup();
  const writeOnly = new PassThrough();
  finished(writeOnly, { readable: false }, (error) => console.log("  writable side only", error));
  writeOnly.end("data not read");
  await settle();
  await promises.finished(Readable.from([]).resume());
  console.log("  promises.finished resolved");
  try {
    finished(42, () => {});
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
});

scenario("compose and Duplex.from", async () => {
  const composed = compose(
    new Transform({ transform(chunk, encoding, callback) { callback(null, `${chunk}1`); } }),
    async function* (source) { for await (const chunk of source) yield `${chunk}2`; },
  );
  const out = [];
  composed.on("data", (d) => out.push(d.toString()));
  composed.write("a");
  composed.end("b");
  await waitFor(composed, "end");
  console.log("  composed", out);
  const fromIterable = Duplex.from(["x", "y"]);
  console.log("  from iterable", await fromIterable.toArray(), fromIterable.writable);
  const fromGenerator = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).repeat(2);
  });
  const doubled = [];
  fromGenerator.on("data", (d) => doubled.push(d));
  fromGenerator.write("ab");
  fromGenerator.end("c");
  await waitFor(fromGenerator, "end");
  console.log("  from generator", doubled);
  const passthrough = new PassThrough();
  console.log("  same duplex", Duplex.from(passthrough) === passthrough);
  try {
    Duplex.from(42);
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
});

scenario("addAbortSignal and the signal option", async () => {
  const controller = new AbortController();
  const r = addAbortSignal(controller.signal, new Readable({ read() {} }));
  trace(r, "r", ["error", "close"]);
  controller.abort();
  await settle();
  console.log("  ", r.destroyed, r.errored.name, r.errored.code);
  const w = new Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } });
  trace(w, "w", ["error", "close"]);
  await settle();
  try {
    addAbortSignal("no", new Readable());
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
  try {
    addAbortSignal(new AbortController().signal, {});
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
});

scenario("isReadable, isErrored, isDisturbed", async () => {
  const r = new Readable({ read() {} });
  console.log("  ", isReadable(r), isErrored(r), isDisturbed(r));
  r.push("x");
  r.read();
  console.log("  ", isReadable(r), isErrored(r), isDisturbed(r));
  r.on("error", () => {});
  r.destroy(new Error("x"));
  await settle();
  console.log("  ", isReadable(r), isErrored(r), isDisturbed(r), isReadable({}));
});

for (const [name, body] of scenarios) {
  console.log(name);
  await body();
  await settle();
}
