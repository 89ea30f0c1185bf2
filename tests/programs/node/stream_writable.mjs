// node:stream Writable: write's return value and 'drain', buffering while a write is under way,
// cork/uncork and _writev, _final, 'finish' and 'close' timing, destroy, and its errors.
import { Writable } from "node:stream";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const scenarios = [];
const scenario = (name, body) => scenarios.push([name, body]);
function trace(stream, label, events = ["drain", "finish", "prefinish", "close", "error"]) {
  for (const event of events) {
    stream.on(event, (value) => console.log(`  ${label} ${event}${event === "error" ? ` ${value.code} ${value.message}` : ""}`));
  }
}

scenario("synchronous writes: callbacks a tick later, then finish and close", async () => {
  const w = new Writable({
    write(chunk, encoding, callback) {
      console.log("  _write", chunk.toString(), encoding);
      callback();
    },
  });
  trace(w, "w");
  console.log("  write", w.write("a", () => console.log("  cb a")));
  console.log("  write", w.write(Buffer.from("b"), () => console.log("  cb b")));
  w.end("c", () => console.log("  end callback"));
  console.log("  after end", w.writableEnded, w.writableFinished, w.writable);
  await settle();
  console.log("  finished", w.writableFinished, w.destroyed, w.closed);
});

scenario("highWaterMark, false and drain with asynchronous writes", async () => {
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, encoding, callback) {
      console.log("  _write", chunk.toString(), "length", this.writableLength);
      setTimeout(callback, 1);
    },
  });
  trace(w, "w");
  for (const text of ["ab", "c", "d"]) {
    console.log("  write", text, w.write(text), w.writableLength, w.writableNeedDrain);
  }
  await new Promise((resolve) => w.once("drain", resolve));
  console.log("  drained", w.writableLength, w.writableNeedDrain);
  w.end();
  await new Promise((resolve) => w.on("close", resolve));
});

scenario("cork, uncork and _writev", async () => {
  const w = new Writable({
    write(chunk, encoding, callback) {
      console.log("  _write", chunk.toString());
      callback();
    },
    writev(chunks, callback) {
      console.log("  _writev", chunks.map((c) => `${c.chunk}/${c.encoding}`).join(" "), chunks.allBuffers);
      callback();
    },
  });
  trace(w, "w", ["finish", "close"]);
  w.cork();
  w.write("a");
  w.write("b", () => console.log("  cb b"));
  console.log("  corked", w.writableCorked, w.writableLength, w.writableBuffer.length);
  w.uncork();
  console.log("  uncorked", w.writableCorked);
  w.write("c");
  w.cork();
  w.write("d");
  w.write("e");
  w.end("f");
  await settle();
});

scenario("strings kept with decodeStrings: false, object mode", async () => {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      console.log("  _write", typeof chunk, JSON.stringify(chunk), encoding);
      callback();
    },
  });
  w.write("text", "latin1");
  w.write("more");
  w.setDefaultEncoding("hex");
  w.write("6869");
  w.end();
  await settle();
  const o = new Writable({
    objectMode: true,
    write(chunk, encoding, callback) {
      console.log("  object", JSON.stringify(chunk), encoding);
      callback();
    },
  });
  console.log("  hwm", o.writableHighWaterMark, new Writable().writableHighWaterMark);
  o.write({ a: 1 });
  o.write(7);
  o.end();
  await settle();
});

scenario("_final runs before finish", async () => {
  const w = new Writable({
    write(chunk, encoding, callback) { callback(); },
    final(callback) {
      console.log("  _final");
      setTimeout(() => {
        console.log("  _final done");
        callback();
      }, 1);
    },
  });
  trace(w, "w");
  w.write("x");
  w.end(() => console.log("  end callback"));
  await new Promise((resolve) => w.on("close", resolve));
  const failing = new Writable({
    write(chunk, encoding, callback) { callback(); },
    final(callback) { callback(new Error("final failed")); },
  });
  trace(failing, "failing");
  failing.end((error) => console.log("  end callback", error?.message));
  await settle();
});

scenario("write errors", async () => {
  const w = new Writable({
    write(chunk, encoding, callback) {
      callback(new Error(`bad ${chunk}`));
    },
  });
  trace(w, "w");
  console.log("  write", w.write("one", (error) => console.log("  cb", error.message)));
  w.write("two", (error) => console.log("  cb two", error.message));
  await settle();
  console.log("  state", w.destroyed, w.errored?.message, w.writable);
});

scenario("write after end, destroyed, null, wrong type, twice called back", async () => {
  const ended = new Writable({ write(c, e, cb) { cb(); } });
  trace(ended, "ended");
  ended.end();
  console.log("  write returns", ended.write("x", (error) => console.log("  cb", error.code)));
  await settle();
  const destroyed = new Writable({ write(c, e, cb) { cb(); } });
  trace(destroyed, "destroyed");
  destroyed.destroy();
  destroyed.write("x", (error) => console.log("  cb", error.code, error.message));
  destroyed.end((error) => console.log("  end cb", error?.code));
  await settle();
  const plain = new Writable({ write(c, e, cb) { cb(); } });
  for (const value of [null, 5, {}]) {
    try {
      plain.write(value);
    } catch (error) {
      console.log("  ", error.name, error.code, error.message);
    }
  }
  try {
    plain.write("x", "no-such-encoding");
  } catch (error) {
    console.log("  ", error.code, error.message);
  }
  const twice = new Writable({ write(c, e, cb) { cb(); cb(); } });
  trace(twice, "twice");
  twice.write("x");
  await settle();
  const finishedTwice = new Writable({ write(c, e, cb) { cb(); } });
  finishedTwice.end();
  await settle();
  finishedTwice.end((error) => console.log("  end again", error.code, error.message));
  await settle();
  const noWrite = new Writable();
  trace(noWrite, "noWrite");
  try {
    noWrite.write("x");
  } catch (error) {
    console.log("  threw", error.code, error.message);
  }
  await settle();
});

scenario("destroy while writes wait", async () => {
  const w = new Writable({
    write(chunk, encoding, callback) { setTimeout(callback, 1); },
  });
  trace(w, "w");
  w.write("a", (error) => console.log("  cb a", error?.code ?? null));
  w.write("b", (error) => console.log("  cb b", error?.code));
  w.destroy(new Error("stop"));
  console.log("  destroyed", w.destroyed, w.writableAborted, w.errored.message);
  await new Promise((resolve) => setTimeout(resolve, 10));
});

scenario("no autoDestroy, no emitClose", async () => {
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  trace(w, "w");
  w.end("x");
  await settle();
  console.log("  destroyed", w.destroyed);
  const quiet = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  trace(quiet, "quiet");
  quiet.end();
  await settle();
  console.log("  destroyed", quiet.destroyed, quiet.closed);
});

scenario("_construct delays writes", async () => {
  const w = new Writable({
    construct(callback) {
      console.log("  _construct");
      setTimeout(() => { console.log("  constructed"); callback(); }, 1);
    },
    write(chunk, encoding, callback) {
      console.log("  _write", chunk.toString());
      callback();
    },
  });
  trace(w, "w", ["finish", "close"]);
  w.write("early");
  w.end();
  await new Promise((resolve) => setTimeout(resolve, 10));
});

for (const [name, body] of scenarios) {
  console.log(name);
  await body();
  await settle();
}
