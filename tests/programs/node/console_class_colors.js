// node:console's Console and its colorMode: "auto" colours what it inspects for a stream that is a
// terminal with colours (isTTY, getColorDepth() > 2), true and false decide; the option errors.
"use strict";
const { Console } = require("node:console");
const { Writable } = require("node:stream");
function sink(tty) {
  const chunks = [];
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  if (tty) { stream.isTTY = true; stream.getColorDepth = () => 8; }
  stream.text = () => JSON.stringify(chunks.join(""));
  return stream;
}
for (const colorMode of ["x", 1, null]) {
  try { new Console({ stdout: sink(), colorMode }); console.log("accepted", colorMode); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new Console({ stdout: sink(), colorMode: true, inspectOptions: { colors: false } }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Console({ stdout: sink(), colorMode: "auto", inspectOptions: { colors: true } }); console.log("auto+colors accepted"); } catch (e) { console.log(e.name, e.code, e.message); }
const cases = [[false, { colorMode: true }], [false, { colorMode: false }], [false, {}], [true, {}], [true, { colorMode: false }], [true, { inspectOptions: { colors: false } }], [false, { inspectOptions: { colors: true } }]];
for (const [tty, options] of cases) {
  const out = sink(tty);
  new Console({ stdout: out, ...options }).log({ a: 1 }, "x", 2);
  setImmediate(() => console.log(tty, JSON.stringify(options), out.text()));
}
