// A ReadableStream transferred by structuredClone: the clone reads the original, which is locked;
// subclasses arrive as ReadableStream; a locked stream, or one left out of the transfer list,
// is a DataCloneError (the Streams Standard; node 20 differs: see tests/web/test_stream_transfer.py).
const rs = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } });
const copy = structuredClone(rs, { transfer: [rs] });
console.log(copy instanceof ReadableStream, copy === rs, rs.locked, copy.locked);
const out = []; for await (const chunk of copy) out.push(chunk); console.log(out);
class MyStream extends ReadableStream {}
const ms = new MyStream();
const moved = structuredClone(ms, { transfer: [ms] });
console.log(Object.getPrototypeOf(moved) === ReadableStream.prototype);
try { structuredClone(rs, { transfer: [rs] }); } catch (e) { console.log(e.name); }
try { structuredClone(new ReadableStream()); } catch (e) { console.log(e.name); }
const errs = new ReadableStream({ pull(c) { c.error(new TypeError("boom")); } });
const e2 = structuredClone(errs, { transfer: [errs] });
try { for await (const x of e2) {} } catch (e) { console.log("errored", e.name, e.message); }
let cancelled; const cs = new ReadableStream({ cancel(r) { cancelled = r; } });
const c2 = structuredClone(cs, { transfer: [cs] }); await c2.cancel("why"); console.log("cancel", cancelled);
