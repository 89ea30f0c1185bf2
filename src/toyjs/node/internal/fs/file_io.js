// The descriptor operations a file stream (internal/fs/streams.js) performs, behind one
// interface whatever carries them out: `open(path, flags, mode, cb)`, `read(fd, length,
// position, cb)` calling back with a Buffer of the bytes read (empty at the end of the file),
// `write(fd, bytes, position, cb)` calling back once all of `bytes` are written, `close(fd,
// cb)` and `fsync(fd, cb)`. A position of null means the descriptor's own offset.
//
// Three sources: toyjs's own system calls (fs/ops.py, one call per chunk and no copy of what
// was read), the functions of a stream's `fs` option (Node's callback signatures), and a
// fs/promises FileHandle (its promise methods).
"use strict";
const { PromisePrototypeThen } = core.primordials;
const { Buffer } = require("buffer");
const { plan, runCallback, encoded, toPath, toFlags, toMode } = require("internal/fs/utils");

const systemCalls = {
  // (path, flags and mode as the stream was given them: a bad one fails the opening.)
  open(path, flags, mode, callback) {
    let opening;
    try {
      opening = plan("open", [toPath(path), toFlags(flags), toMode(mode, "mode", 0o666)]);
    } catch (error) {
      callback(error);
      return;
    }
    runCallback(opening, callback);
  },
  read(fd, length, position, callback) {
    runCallback(plan("read", [fd, length, position ?? -1], encoded), callback);
  },
  write(fd, bytes, position, callback) {
    runCallback(plan("writeAll", [fd, bytes, position ?? -1]), callback);
  },
  close(fd, callback) {
    runCallback(plan("close", [fd]), callback);
  },
  fsync(fd, callback) {
    runCallback(plan("fsync", [fd]), callback);
  },
};

// What a read into `buffer` gave, as the Buffer of the bytes read.
function readPart(buffer, count) {
  return count === buffer.length ? buffer : buffer.subarray(0, count);
}

// The functions of an `fs` option (checked by the stream): read into a fresh buffer, and
// write again after a partial write.
function optionCalls(fs) {
  function writeAll(fd, bytes, position, callback, done = 0) {
    fs.write(fd, bytes, done, bytes.length - done, position === null ? null : position + done, (error, written) => {
      if (error) callback(error);
      else if (done + written < bytes.length && written > 0) writeAll(fd, bytes, position, callback, done + written);
      else callback(null, done + written);
    });
  }
  return {
    open: (path, flags, mode, callback) => fs.open(path, flags, mode, callback),
    read(fd, length, position, callback) {
      const buffer = Buffer.allocUnsafeSlow(length);
      fs.read(fd, buffer, 0, length, position, (error, count) => (error ? callback(error) : callback(null, readPart(buffer, count))));
    },
    write: writeAll,
    close: (fd, callback) => fs.close(fd, callback),
    fsync: (fd, callback) => (typeof fs.fsync === "function" ? fs.fsync(fd, callback) : callback(null)),
  };
}

function settle(promise, callback, value) {
  PromisePrototypeThen(promise, (result) => callback(null, value(result)), (error) => callback(error));
}

// An open fs/promises FileHandle: the stream's descriptor is the handle's.
function handleCalls(handle) {
  return {
    open(path, flags, mode, callback) {
      callback(null, handle.fd);
    },
    read(fd, length, position, callback) {
      const buffer = Buffer.allocUnsafeSlow(length);
      settle(handle.read(buffer, 0, length, position), callback, (result) => readPart(buffer, result.bytesRead));
    },
    write(fd, bytes, position, callback) {
      settle(handle.write(bytes, 0, bytes.length, position), callback, (result) => result.bytesWritten);
    },
    close(fd, callback) {
      settle(handle.close(), callback, () => undefined);
    },
    fsync(fd, callback) {
      settle(handle.sync(), callback, () => undefined);
    },
  };
}

module.exports = { systemCalls, optionCalls, handleCalls };
