// node:stream/consumers: a whole stream (Node or WHATWG, or any async iterable) read into one
// value.
"use strict";
const { JSONParse } = core.primordials;
const { Buffer } = require("buffer");

async function chunksOf(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks[chunks.length] = chunk;
  return chunks;
}

function asBuffer(chunk) {
  return typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

async function buffer(stream) {
  const chunks = await chunksOf(stream);
  const buffers = [];
  for (let i = 0; i < chunks.length; i++) buffers[i] = asBuffer(chunks[i]);
  return Buffer.concat(buffers);
}

async function arrayBuffer(stream) {
  const bytes = await buffer(stream);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function blob(stream) {
  return new Blob(await chunksOf(stream));
}

async function text(stream) {
  const decoder = new core.TextDecoder();
  let result = "";
  for await (const chunk of stream) {
    result += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  return result + decoder.decode();
}

async function json(stream) {
  return JSONParse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
