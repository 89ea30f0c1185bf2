// node:stream/promises: pipeline and finished as promises.
"use strict";
const { finishedPromise } = require("internal/streams/finished");
const { pipelinePromise } = require("internal/streams/pipeline");

module.exports = { pipeline: pipelinePromise, finished: finishedPromise };
