// Web streams as the Streams Standard specifies them: byte streams and BYOB reads, tee of both
// kinds, ReadableStream.from, queuing strategies, the writable stream's abort and error paths,
// TransformStream, pipeTo with its options, and the compression streams. Each scenario prints
// a trace in settlement order.
const log = (...args) => console.log(...args);
const name = (error) => (error instanceof Error ? error.constructor.name : String(error));
const bytes = (view) => `${view.constructor.name}[${Array.from(new Uint8Array(view.buffer, view.byteOffset, view.byteLength))}]`;

async function byteStreams() {
  log("-- byte streams");
  let pulls = 0;
  const stream = new ReadableStream({
    type: "bytes",
    pull(controller) {
      pulls++;
      const request = controller.byobRequest;
      if (pulls === 1) {
        request.view[0] = 7;
        request.view[1] = 8;
        request.respond(2);
      } else if (pulls === 2) {
        controller.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
      } else {
        controller.close();
        controller.byobRequest?.respond(0);
      }
    },
  });
  const reader = stream.getReader({ mode: "byob" });
  const first = await reader.read(new Uint8Array(4));
  log("first", bytes(first.value), first.done);
  const second = await reader.read(new Uint16Array(2));
  log("second", bytes(second.value), second.done);
  const third = await reader.read(new Uint8Array(4), { min: 1 });
  log("third", bytes(third.value), third.done);
  const fourth = await reader.read(new Uint8Array(4));
  log("fourth", bytes(fourth.value), fourth.done, "pulls", pulls);
  for (const view of [new Uint8Array(0), new Uint8Array(2)]) {
    await reader.read(view, { min: 3 }).then((r) => log("read", r.done), (e) => log("read rejects", name(e)));
  }
  try {
    new ReadableStream({ type: "bytes" }, { size: () => 1 });
  } catch (e) {
    log("byte stream with size:", name(e));
  }
  try {
    new ReadableStream().getReader({ mode: "byob" });
  } catch (e) {
    log("byob reader on a default stream:", name(e));
  }
  const auto = new ReadableStream({
    type: "bytes",
    autoAllocateChunkSize: 8,
    pull(controller) {
      log("auto view", controller.byobRequest.view.byteLength);
      controller.byobRequest.view[0] = 42;
      controller.byobRequest.respond(1);
      controller.close();
    },
  });
  const autoRead = await auto.getReader().read();
  log("auto read", bytes(autoRead.value));
  const buffer = new Uint8Array([9, 9]).buffer;
  const detaching = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array(buffer)); } });
  log("enqueued buffer detached:", buffer.byteLength === 0, detaching.locked);
}

async function tees() {
  log("-- tee");
  const [a, b] = new ReadableStream({
    start(c) {
      c.enqueue("x");
      c.enqueue("y");
      c.close();
    },
  }).tee();
  const all = async (stream) => { const out = []; for await (const v of stream) out.push(v); return out.join(""); };
  log("default branches", await all(a), await all(b));
  const source = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } });
  const [c1, c2] = source.tee();
  const r1 = await c1.getReader().read();
  const r2 = await c2.getReader({ mode: "byob" }).read(new Uint8Array(4));
  log("byte branches", bytes(r1.value), bytes(r2.value), r1.value.buffer !== r2.value.buffer);
  const cancelled = [];
  const [d1, d2] = new ReadableStream({ cancel(reason) { cancelled.push(reason); } }).tee();
  await Promise.all([d1.cancel("one"), d2.cancel("two")]);
  log("cancel reasons", JSON.stringify(cancelled));
}

async function from() {
  log("-- from");
  async function* gen() { yield 1; yield 2; }
  const values = [];
  for await (const v of ReadableStream.from(gen())) values.push(v);
  for await (const v of ReadableStream.from(["a", Promise.resolve("b")])) values.push(v);
  log("values", values.join(","));
  try {
    ReadableStream.from(42);
  } catch (e) {
    log("from(42):", name(e));
  }
  let returned = false;
  const it = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: async () => { returned = true; return {}; } }; } };
  await ReadableStream.from(it).cancel("stop");
  log("return called", returned);
}

async function strategies() {
  log("-- strategies");
  const bl = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  const cq = new CountQueuingStrategy({ highWaterMark: 2 });
  log(bl.highWaterMark, bl.size(new Uint8Array(5)), cq.highWaterMark, cq.size("anything"), bl.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
  for (const make of [() => new CountQueuingStrategy(), () => new ReadableStream({}, { highWaterMark: -1 }), () => new WritableStream({}, { size: 5 })]) {
    try {
      make();
    } catch (e) {
      log("rejected:", name(e));
    }
  }
  let controller;
  new ReadableStream({ start(c) { controller = c; } }, bl);
  controller.enqueue(new Uint8Array(10));
  log("desiredSize", controller.desiredSize);
}

async function writables() {
  log("-- writable");
  const events = [];
  const ws = new WritableStream({
    write(chunk) { events.push(`write ${chunk}`); return new Promise((r) => setTimeout(r, 1)); },
    close() { events.push("close"); },
    abort(reason) { events.push(`abort ${reason}`); },
  }, { highWaterMark: 2 });
  const writer = ws.getWriter();
  log("desiredSize", writer.desiredSize);
  const w1 = writer.write("a");
  const w2 = writer.write("b");
  log("desiredSize after two", writer.desiredSize);
  const aborted = writer.abort("why");
  const results = await Promise.allSettled([w1, w2, aborted, writer.closed]);
  log(events.join(" | "), results.map((r) => r.status).join(","));
  const failing = new WritableStream({ write() { throw new RangeError("no"); } });
  const fw = failing.getWriter();
  await fw.write(1).catch((e) => log("write rejects", name(e)));
  await fw.closed.catch((e) => log("closed rejects", name(e)));
  const closing = new WritableStream().getWriter();
  await closing.close();
  await closing.close().catch((e) => log("second close", name(e)));
  log("signal", typeof new WritableStream({ start(c) { log("signal aborted?", c.signal.aborted); } }).locked);
}

async function transforms() {
  log("-- transform");
  const upper = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
    flush(controller) { controller.enqueue("!"); },
  });
  const out = [];
  await ReadableStream.from(["a", "b"]).pipeThrough(upper).pipeTo(new WritableStream({ write(c) { out.push(c); } }));
  log(out.join(""));
  const ts = new TransformStream({ transform() { throw new SyntaxError("bad"); } });
  const tw = ts.writable.getWriter();
  const read = ts.readable.getReader().read();
  await tw.write("x").catch((e) => log("transform error", name(e)));
  await read.catch((e) => log("readable errored", name(e)));
  const terminated = new TransformStream({ start(c) { c.terminate(); } });
  log("terminated read", JSON.stringify(await terminated.readable.getReader().read()));
  await terminated.writable.getWriter().write(1).catch((e) => log("write after terminate", name(e)));
}

async function pipes() {
  log("-- pipeTo");
  const controller = new AbortController();
  let cancelled;
  const source = new ReadableStream({ pull(c) { c.enqueue("tick"); }, cancel(r) { cancelled = r; } }, { highWaterMark: 0 });
  const written = [];
  const sink = new WritableStream({
    write(chunk) {
      written.push(chunk);
      if (written.length === 3) controller.abort("enough");
    },
  });
  await source.pipeTo(sink, { signal: controller.signal }).catch((e) => log("pipe rejects", e));
  log("written", written.length, "cancelled with", cancelled, "unlocked", !source.locked && !sink.locked);
  const kept = new WritableStream();
  await new ReadableStream({ start(c) { c.close(); } }).pipeTo(kept, { preventClose: true });
  log("preventClose leaves it open:", await kept.getWriter().write("still").then(() => "yes"));
  await new ReadableStream().pipeTo("nope").catch((e) => log("pipeTo non-stream", name(e)));
  const errored = new ReadableStream({ start(c) { c.error(new EvalError("src")); } });
  let sinkAbort;
  await errored.pipeTo(new WritableStream({ abort(r) { sinkAbort = name(r); } })).catch((e) => log("pipe of errored", name(e), sinkAbort));
}

async function compression() {
  log("-- compression");
  const text = "streams ".repeat(50);
  for (const format of ["gzip", "deflate", "deflate-raw"]) {
    const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream(format));
    const chunks = [];
    for await (const chunk of compressed) chunks.push(chunk);
    const size = chunks.reduce((n, c) => n + c.byteLength, 0);
    const back = await new Response(new Blob(chunks).stream().pipeThrough(new DecompressionStream(format))).text();
    log(format, size < text.length, back === text);
  }
  try {
    new CompressionStream("zip");
  } catch (e) {
    log("bad format", name(e));
  }
  const ds = new DecompressionStream("gzip");
  const writer = ds.writable.getWriter();
  writer.write(new Uint8Array([1, 2, 3])).catch(() => {});
  await ds.readable.getReader().read().then(() => log("corrupt read ok?"), () => log("corrupt input rejects"));
}

for (const scenario of [byteStreams, tees, from, strategies, writables, transforms, pipes, compression]) await scenario();
