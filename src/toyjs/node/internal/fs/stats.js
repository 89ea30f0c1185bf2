// Stats, BigIntStats and Dirent: what fs.stat and fs.readdir give, built from the fields
// fs/ops.py reads ([dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then the
// access, modification, change and birth times in nanoseconds]).
"use strict";
const { BigInt, Date, MathRound, Number, ObjectDefineProperty, Symbol } = core.primordials;
const { fs: fsConstants } = require("internal/constants");

const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = fsConstants();
const FIELDS = ["dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks"];
const TIMES = ["atime", "mtime", "ctime", "birthtime"];
const NS_PER_MS = 1000000n;

// The is*() methods both kinds of stats share, asking the mode's file type.
function defineTypeTests(prototype, isType) {
  const tests = {
    isFile: S_IFREG, isDirectory: S_IFDIR, isCharacterDevice: S_IFCHR, isBlockDevice: S_IFBLK,
    isFIFO: S_IFIFO, isSymbolicLink: S_IFLNK, isSocket: S_IFSOCK,
  };
  for (const name in tests) {
    const type = tests[name];
    ObjectDefineProperty(prototype, name, {
      value: function () { return isType(this.mode, type); },
      writable: true, configurable: true,
    });
  }
}

class Stats {
  constructor(fields) {
    for (let i = 0; i < FIELDS.length; i++) this[FIELDS[i]] = Number(fields[i]);
    const dates = [];
    for (let i = 0; i < TIMES.length; i++) {
      const ns = BigInt(fields[10 + i]);
      const ms = Number(ns / 1000000000n) * 1000 + Number(ns % 1000000000n) / 1e6;
      this[`${TIMES[i]}Ms`] = ms;
      dates[i] = new Date(MathRound(ms));
    }
    for (let i = 0; i < TIMES.length; i++) this[TIMES[i]] = dates[i];
  }
}
defineTypeTests(Stats.prototype, (mode, type) => (mode & S_IFMT) === type);

class BigIntStats {
  constructor(fields) {
    for (let i = 0; i < FIELDS.length; i++) this[FIELDS[i]] = BigInt(fields[i]);
    const nanoseconds = [];
    for (let i = 0; i < TIMES.length; i++) {
      nanoseconds[i] = BigInt(fields[10 + i]);
      this[`${TIMES[i]}Ms`] = nanoseconds[i] / NS_PER_MS;
    }
    for (let i = 0; i < TIMES.length; i++) this[`${TIMES[i]}Ns`] = nanoseconds[i];
    for (let i = 0; i < TIMES.length; i++) this[TIMES[i]] = new Date(Number(nanoseconds[i] / NS_PER_MS));
  }
}
defineTypeTests(BigIntStats.prototype, (mode, type) => (mode & BigInt(S_IFMT)) === BigInt(type));

function makeStats(fields, bigint) {
  return bigint ? new BigIntStats(fields) : new Stats(fields);
}

// A Dirent's type, as libuv numbers it (fs.constants.UV_DIRENT_*).
const kType = Symbol("type");
const DIRENT = { FILE: 1, DIR: 2, LINK: 3, FIFO: 4, SOCKET: 5, CHAR: 6, BLOCK: 7 };

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isFile() { return this[kType] === DIRENT.FILE; }
  isDirectory() { return this[kType] === DIRENT.DIR; }
  isSymbolicLink() { return this[kType] === DIRENT.LINK; }
  isFIFO() { return this[kType] === DIRENT.FIFO; }
  isSocket() { return this[kType] === DIRENT.SOCKET; }
  isCharacterDevice() { return this[kType] === DIRENT.CHAR; }
  isBlockDevice() { return this[kType] === DIRENT.BLOCK; }
}

module.exports = { Stats, BigIntStats, Dirent, makeStats };
