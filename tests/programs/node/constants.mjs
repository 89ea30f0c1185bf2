// node:constants: os.constants' tables, fs.constants and crypto.constants in one frozen object.
import constants from "node:constants";
import * as namespace from "constants";
import os from "node:os";

const entries = Object.entries(constants);
console.log(entries.length, JSON.stringify(entries));
console.log(Object.getPrototypeOf(constants), Object.isFrozen(constants), namespace.default === constants, namespace.O_CREAT, namespace.SIGKILL);
const tables = [os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals];
console.log(tables.every((table) => Object.entries(table).every(([name, value]) => constants[name] === value)));
for (const name of ["O_RDONLY", "O_CREAT", "O_EXCL", "O_APPEND", "O_DIRECTORY", "O_NOFOLLOW", "O_SYNC", "S_IFMT", "S_IFDIR", "S_IFLNK", "F_OK", "R_OK", "W_OK", "X_OK", "COPYFILE_FICLONE", "UV_FS_O_FILEMAP", "SIGINT", "EACCES", "PRIORITY_LOW", "RTLD_LAZY"]) {
  console.log(name, constants[name]);
}
try {
  constants.O_CREAT = 1;
} catch (error) {
  console.log(error.name);
}
