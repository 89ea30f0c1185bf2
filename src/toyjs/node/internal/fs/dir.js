// fs.Dir, what opendir gives: a directory's entries read one at a time (read, readSync, async
// iteration), then closed. The entries are listed when the directory is opened.
"use strict";
const { Error, Promise, SymbolAsyncIterator } = core.primordials;
const { codedError, validateFunction } = require("internal/errors");
const { operations, shown } = require("internal/fs/operations");
const { plan } = require("internal/fs/utils");

function dirClosed() {
  return codedError(Error, "ERR_DIR_CLOSED", "Directory handle was closed", dirClosed);
}

class Dir {
  #entries;
  #next = 0;
  #closed = false;

  constructor(path, entries) {
    this.#entries = entries;
    this.path = path;
  }

  readSync() {
    if (this.#closed) throw dirClosed();
    return this.#next < this.#entries.length ? this.#entries[this.#next++] : null;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        core.nextTick(() => {
          try {
            resolve(this.readSync());
          } catch (error) {
            reject(error);
          }
        });
      });
    }
    validateFunction(callback, "callback");
    let entry;
    try {
      entry = this.readSync();
    } catch (error) {
      core.nextTick(callback, error);
      return undefined;
    }
    core.nextTick(callback, null, entry);
    return undefined;
  }

  closeSync() {
    if (this.#closed) throw dirClosed();
    this.#closed = true;
  }

  close(callback) {
    let failure = null;
    try {
      this.closeSync();
    } catch (error) {
      failure = error;
    }
    if (callback === undefined) return failure ? Promise.reject(failure) : Promise.resolve();
    validateFunction(callback, "callback");
    core.nextTick(callback, failure);
    return undefined;
  }

  async *entries() {
    try {
      for (let entry = this.readSync(); entry !== null; entry = this.readSync()) yield entry;
    } finally {
      if (!this.#closed) this.closeSync();
    }
  }

  [SymbolAsyncIterator]() {
    return this.entries();
  }
}

// opendir's plan: the entries as Dirents, then a Dir over them.
function opendirPlan(path, options) {
  const listing = operations.readdir(path, { ...options, withFileTypes: true });
  return plan(listing.op, listing.args, (entries) => new Dir(shown(listing.args[0]), listing.finish(entries)));
}

module.exports = { Dir, opendirPlan };
