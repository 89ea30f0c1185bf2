// node:constants: os.constants' tables and fs.constants in one frozen null-prototype object.
// (Node also merges crypto's constants; toyjs has no crypto module, so they are left out here.)
import constants from "node:constants";
import * as namespace from "constants";
import os from "node:os";

const CRYPTO = /^(OPENSSL_|SSL_OP_|ENGINE_METHOD_|DH_|RSA_|TLS1_|POINT_CONVERSION_|defaultCoreCipherList)/;
const entries = Object.entries(constants).filter(([name]) => !CRYPTO.test(name));
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
