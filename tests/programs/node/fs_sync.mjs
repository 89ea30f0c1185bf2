// node:fs's synchronous forms, in the directory given as argv[2] (the test's temporary one):
// every result is printed relative to it, so that the output does not name it.
import fs from "node:fs";
import { Buffer } from "node:buffer";
import path from "node:path";

const root = process.argv[2];
const at = (name) => path.join(root, name);
const hide = (text) => String(text).split(root).join("<root>");
function attempt(label, action) {
  try {
    const result = action();
    console.log(label, typeof result === "string" ? hide(result) : result);
  } catch (error) {
    console.log(label, error.name, error.code, hide(error.message), error.errno, error.syscall, hide(error.path), error.dest && hide(error.dest));
  }
}

// whole files: encodings, flags, modes, data kinds
fs.writeFileSync(at("a.txt"), "héllo");
attempt("read buffer", () => fs.readFileSync(at("a.txt")));
attempt("read utf8", () => fs.readFileSync(at("a.txt"), "utf8"));
attempt("read hex", () => fs.readFileSync(at("a.txt"), { encoding: "hex" }));
attempt("read latin1", () => fs.readFileSync(at("a.txt"), { encoding: "latin1", flag: "r" }));
fs.appendFileSync(at("a.txt"), Buffer.from(" world"));
fs.appendFileSync(at("a.txt"), new Uint16Array([0x2121]));
attempt("appended", () => fs.readFileSync(at("a.txt"), "utf8"));
fs.writeFileSync(at("b.txt"), "68656c6c6f", "hex");
attempt("hex written", () => fs.readFileSync(at("b.txt"), "utf8"));
fs.writeFileSync(at("b.txt"), new DataView(new Uint8Array([65, 66, 67]).buffer));
attempt("dataview written", () => fs.readFileSync(at("b.txt"), "utf8"));
attempt("wx on existing", () => fs.writeFileSync(at("b.txt"), "x", { flag: "wx" }));
fs.writeFileSync(at("mode.txt"), "x", { mode: 0o600 });
attempt("mode", () => (fs.statSync(at("mode.txt")).mode & 0o777).toString(8));
attempt("missing", () => fs.readFileSync(at("nothing.txt")));
attempt("directory", () => fs.readFileSync(root));
attempt("bad encoding", () => fs.readFileSync(at("a.txt"), "nope"));
attempt("bad data", () => fs.writeFileSync(at("c.txt"), 42));
attempt("bad path", () => fs.readFileSync({}));
attempt("null byte", () => fs.readFileSync("a\0b"));
attempt("bad flag", () => fs.readFileSync(at("a.txt"), { flag: "q" }));
attempt("url path", () => fs.readFileSync(new URL(`file://${at("b.txt")}`), "utf8"));
attempt("buffer path", () => fs.readFileSync(Buffer.from(at("b.txt")), "utf8"));

// descriptors
const fd = fs.openSync(at("fd.txt"), "w+");
attempt("write string", () => fs.writeSync(fd, "abcdef"));
attempt("write buffer part", () => fs.writeSync(fd, Buffer.from("XYZ"), 1, 2));
attempt("write at", () => fs.writeSync(fd, "0", 0));
const into = Buffer.alloc(10);
attempt("read at 0", () => fs.readSync(fd, into, 0, 10, 0));
attempt("read bytes", () => into.toString("utf8", 0, 8));
attempt("read with options", () => fs.readSync(fd, into, { offset: 2, length: 3, position: 1 }));
attempt("read into", () => into.toString());
attempt("fstat size", () => fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 3);
attempt("truncated", () => fs.readFileSync(at("fd.txt"), "utf8"));
attempt("read beyond", () => fs.readSync(fd, into, 0, 10, 100));
attempt("bad length", () => fs.readSync(fd, into, 0, 11, 0));
fs.closeSync(fd);
attempt("closed", () => fs.readSync(fd, into));
attempt("close again", () => fs.closeSync(fd));
attempt("bad fd", () => fs.closeSync("x"));
attempt("fd out of range", () => fs.fstatSync(-1));
attempt("open missing", () => fs.openSync(at("no/such")));
attempt("open bad mode", () => fs.openSync(at("a.txt"), "r", "9"));
const appending = fs.openSync(at("fd.txt"), "a");
fs.writeSync(appending, "++");
fs.closeSync(appending);
attempt("appended fd", () => fs.readFileSync(at("fd.txt"), "utf8"));
const reading = fs.openSync(at("fd.txt"));
attempt("readFile from fd", () => fs.readFileSync(reading, "utf8"));
fs.closeSync(reading);

// stats
const stats = fs.statSync(at("a.txt"));
attempt("stats", () => [stats.constructor.name, stats.isFile(), stats.isDirectory(), stats.isSymbolicLink(), stats.size, typeof stats.mtimeMs, stats.mtime instanceof Date]);
attempt("stats keys", () => Object.keys(stats).join());
attempt("mtime", () => stats.mtime.getTime() === Math.round(stats.mtimeMs));
const big = fs.statSync(at("a.txt"), { bigint: true });
attempt("bigint", () => [big.constructor.name, big.size, typeof big.mtimeNs, big.isFile(), Object.keys(big).join()]);
attempt("dir stats", () => fs.statSync(root).isDirectory());
attempt("stat missing", () => fs.statSync(at("none")));
attempt("lstat missing", () => fs.lstatSync(at("none")));

// directories
attempt("mkdir", () => fs.mkdirSync(at("d")));
attempt("mkdir again", () => fs.mkdirSync(at("d")));
attempt("mkdir recursive", () => fs.mkdirSync(at("d/e/f"), { recursive: true }));
attempt("mkdir recursive existing", () => fs.mkdirSync(at("d/e"), { recursive: true }));
attempt("mkdir under file", () => fs.mkdirSync(at("a.txt/x"), { recursive: true }));
attempt("mkdir missing parent", () => fs.mkdirSync(at("q/r")));
fs.writeFileSync(at("d/e/f/g.txt"), "g");
fs.writeFileSync(at("d/z.txt"), "z");
attempt("readdir", () => fs.readdirSync(at("d")));
attempt("readdir recursive", () => fs.readdirSync(at("d"), { recursive: true }));
attempt("readdir buffer", () => fs.readdirSync(at("d"), "buffer"));
attempt("dirents", () => fs.readdirSync(at("d"), { withFileTypes: true }).map((entry) => [entry.constructor.name, entry.name, hide(entry.path), entry.isFile(), entry.isDirectory()]));
attempt("dirents recursive", () => fs.readdirSync(at("d"), { withFileTypes: true, recursive: true }).map((entry) => [entry.name, hide(entry.parentPath)]));
attempt("readdir file", () => fs.readdirSync(at("a.txt")));
attempt("readdir missing", () => fs.readdirSync(at("none")));
attempt("rmdir not empty", () => fs.rmdirSync(at("d")));
attempt("rm directory", () => fs.rmSync(at("d")));
attempt("rm recursive", () => fs.rmSync(at("d"), { recursive: true }));
attempt("rm missing", () => fs.rmSync(at("d")));
attempt("rm forced", () => fs.rmSync(at("d"), { force: true }));
attempt("rm bad option", () => fs.rmSync(at("d"), { force: 1 }));
fs.mkdirSync(at("empty"));
attempt("rmdir", () => fs.rmdirSync(at("empty")));
attempt("rmdir file", () => fs.rmdirSync(at("a.txt")));
const temporary = fs.mkdtempSync(at("tmp-"));
attempt("mkdtemp", () => [path.basename(temporary).length, path.basename(temporary).startsWith("tmp-"), fs.statSync(temporary).isDirectory()]);
attempt("mkdtemp missing", () => fs.mkdtempSync(at("none/tmp-")));
const dir = fs.opendirSync(root);
const names = [];
for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) names.push(entry.name);
dir.closeSync();
attempt("opendir", () => names.sort().length > 3);
attempt("dir closed", () => dir.closeSync());

// names: rename, links, copies
attempt("rename", () => fs.renameSync(at("b.txt"), at("b2.txt")));
attempt("rename missing", () => fs.renameSync(at("b.txt"), at("b3.txt")));
attempt("unlink missing", () => fs.unlinkSync(at("b.txt")));
attempt("unlink dir", () => fs.unlinkSync(root));
attempt("symlink", () => fs.symlinkSync("b2.txt", at("link")));
attempt("symlink exists", () => fs.symlinkSync("b2.txt", at("link")));
attempt("readlink", () => fs.readlinkSync(at("link")));
attempt("readlink file", () => fs.readlinkSync(at("b2.txt")));
attempt("lstat link", () => [fs.lstatSync(at("link")).isSymbolicLink(), fs.statSync(at("link")).isFile()]);
attempt("realpath", () => fs.realpathSync(at("link")));
attempt("realpath native", () => fs.realpathSync.native(at("link")));
attempt("realpath missing", () => fs.realpathSync(at("none")));
attempt("link", () => fs.linkSync(at("b2.txt"), at("hard")));
attempt("nlink", () => fs.statSync(at("hard")).nlink);
attempt("copyFile", () => fs.copyFileSync(at("b2.txt"), at("copy.txt")));
attempt("copied", () => fs.readFileSync(at("copy.txt"), "utf8"));
attempt("copyFile excl", () => fs.copyFileSync(at("b2.txt"), at("copy.txt"), fs.constants.COPYFILE_EXCL));
attempt("copyFile missing", () => fs.copyFileSync(at("none"), at("copy2.txt")));
fs.mkdirSync(at("tree/sub"), { recursive: true });
fs.writeFileSync(at("tree/sub/leaf.txt"), "leaf");
attempt("cp directory", () => fs.cpSync(at("tree"), at("tree2")));
attempt("cp recursive", () => fs.cpSync(at("tree"), at("tree2"), { recursive: true }));
attempt("cp copied", () => fs.readFileSync(at("tree2/sub/leaf.txt"), "utf8"));
attempt("cp file", () => fs.cpSync(at("b2.txt"), at("cp.txt")));
attempt("cp exists", () => fs.cpSync(at("b2.txt"), at("cp.txt"), { force: false, errorOnExist: true }));

// access, exists, chmod, utimes, truncate
attempt("access", () => fs.accessSync(at("b2.txt"), fs.constants.R_OK | fs.constants.W_OK));
attempt("access missing", () => fs.accessSync(at("none")));
attempt("access bad mode", () => fs.accessSync(at("b2.txt"), 8));
attempt("constants", () => [fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.constants.O_CREAT, fs.constants.S_IFDIR]);
attempt("exists", () => [fs.existsSync(at("b2.txt")), fs.existsSync(at("none")), fs.existsSync(), fs.existsSync({})]);
fs.chmodSync(at("b2.txt"), "640");
attempt("chmod", () => (fs.statSync(at("b2.txt")).mode & 0o777).toString(8));
attempt("chmod bad", () => fs.chmodSync(at("b2.txt"), -1));
attempt("chmod missing", () => fs.chmodSync(at("none"), 0o600));
fs.utimesSync(at("b2.txt"), 1000, new Date(2000000));
attempt("utimes", () => [fs.statSync(at("b2.txt")).atimeMs, fs.statSync(at("b2.txt")).mtimeMs]);
attempt("utimes missing", () => fs.utimesSync(at("none"), 1, 1));
fs.truncateSync(at("b2.txt"), 1);
attempt("truncate", () => fs.readFileSync(at("b2.txt"), "utf8"));
attempt("truncate missing", () => fs.truncateSync(at("none")));
