// compose(...stages): one Duplex for a chain of stages (as pipeline() takes them): writing to
// it writes to the first, reading from it reads from the last.
"use strict";
const { missingArgs } = require("internal/errors");
const { Duplex } = require("internal/streams/duplex");
const { duplexify, pairDuplex } = require("internal/streams/duplexify");
const { runPipeline } = require("internal/streams/pipeline");
const u = require("internal/streams/utils");

function compose(...streams) {
  if (streams.length === 0) throw missingArgs("streams");
  if (streams.length === 1) return Duplex.from(streams[0]);
  const stages = [];
  for (let i = 0; i < streams.length; i++) {
    const stage = streams[i];
    stages[i] = u.isNodeStream(stage) ? stage : duplexify(stage, `streams[${i}]`);
  }
  const head = stages[0];
  const tail = stages[stages.length - 1];
  const outer = pairDuplex({
    writable: u.isWritableNodeStream(head) ? head : undefined,
    readable: u.isReadableNodeStream(tail) ? tail : undefined,
  });
  runPipeline(stages, (error) => {
    if (error) outer.destroy(error);
  }, {});
  return outer;
}

module.exports = { compose };
