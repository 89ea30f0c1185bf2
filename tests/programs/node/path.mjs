// node:path's documented API, both flavours, with the edge cases programs meet.
import path, { join, resolve, sep, delimiter, posix as posixExport } from "node:path";
import posix from "node:path/posix";
import win32 from "path/win32";
import * as namespace from "path";

console.log(Object.keys(path).sort().join(","), sep, delimiter, win32.sep, win32.delimiter);
console.log(path.posix === posix, posixExport === path, path.win32 === win32, win32.posix === posix, posix.win32 === win32);
console.log(namespace.default === path, typeof namespace.join, namespace.sep, path._makeLong === path.toNamespacedPath);

const show = (value) => JSON.stringify(value);
function attempt(label, f) {
  try {
    console.log(label, show(f()));
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

for (const args of [[], [""], ["", ""], ["/a", "b", "../c"], ["a", "", "b/"], ["/", "..", ".."], ["a//b", "./c/."], ["../../x"], ["/foo", "bar", "baz/asdf", "quux", ".."]]) {
  console.log("join", show(args), show(join(...args)), show(win32.join(...args)));
}
for (const p of ["", ".", "..", "/", "//", "///a//b/", "a/./b/../../..", "./", "../a/..", "/..", "/a/b/c/../../..", "foo/bar//baz/asdf/quux/.."]) {
  console.log("normalize", show(p), show(path.normalize(p)), show(win32.normalize(p)));
}
for (const p of ["C:\\temp\\\\foo\\bar\\..\\", "C:////temp\\\\/\\/\\/foo/bar", "\\\\server\\share\\dir\\..\\x", "\\\\server\\share", "\\\\server", "C:", "C:..\\..\\x", "c:/", "\\\\?\\C:\\a\\..\\b", "CON:", "file:stream", "x\\..\\a:b"]) {
  console.log("win32", show(p), show([win32.normalize(p), win32.isAbsolute(p), win32.dirname(p), win32.basename(p), win32.parse(p), win32.toNamespacedPath(p)]));
}
for (const args of [["/foo/bar", "./baz"], ["/foo/bar", "/tmp/file/"], ["/", "a", "", "b/"], ["/x", "..", "..", "y"], ["/a//b/", "./"]]) {
  console.log("resolve", show(args), show(resolve(...args)));
}
for (const args of [["C:\\a", "b"], ["C:\\a", "D:b"], ["\\\\server\\share", "x", "..", ".."], ["C:", "\\x", "y"], ["c:\\", "C:y"], ["/abs", "C:\\q"]]) {
  console.log("win32 resolve", show(args), show(win32.resolve(...args)));
}
console.log(path.resolve() === process.cwd(), path.resolve("") === process.cwd(), path.resolve("x") === `${process.cwd()}/x`);
console.log(win32.resolve() === process.cwd().replaceAll("/", "\\"), path.relative("", "") === "", path.relative(".", "sub"));
for (const [from, to] of [["/data/orandea/test/aaa", "/data/orandea/impl/bbb"], ["/a/b", "/a/b"], ["/a/b", "/a/b/c/d"], ["/a/b/c", "/a"], ["/", "/x"], ["/x", "/"], ["/foo/bar/baz-quux", "/foo/bar/baz"], ["/a", "/a/"]]) {
  console.log("relative", show([from, to]), show(path.relative(from, to)));
}
for (const [from, to] of [["C:\\orandea\\test\\aaa", "C:\\orandea\\impl\\bbb"], ["C:\\a", "c:\\A"], ["C:\\a", "D:\\a"], ["\\\\s\\h\\a", "\\\\s\\h\\b\\c"], ["C:\\foo\\bar\\baz-quux", "C:\\foo\\bar\\baz"], ["C:\\", "C:\\x\\y"]]) {
  console.log("win32 relative", show([from, to]), show(win32.relative(from, to)));
}
for (const p of ["/home/user/dir/file.txt", "/home/user/dir/", "file", ".bashrc", "a.b.c", "/a/b.", "..", ".", "/", "", "dir//", "a/.../b.."]) {
  console.log("parts", show(p), show([path.dirname(p), path.basename(p), path.extname(p), path.parse(p)]));
}
for (const [p, ext] of [["/a/b.html", ".html"], ["/a/b.html", "html"], ["/a/b.html", "b.html"], ["/a/b.html/", ".html"], ["aaa/bbb", "bbb"], ["aaa/bbb", "a/bbb"], ["file.js", ".JS"], ["/a/b", ""], ["x", "xx"]]) {
  console.log("basename", show([p, ext]), show(path.basename(p, ext)), show(win32.basename(p.replaceAll("/", "\\"), ext)));
}
const objects = [
  { root: "/ignored", dir: "/home/user/dir", base: "file.txt" }, { root: "/", base: "file.txt", ext: "ignored" },
  { root: "/", name: "file", ext: ".txt" }, { name: "x", ext: "js" }, { dir: "d", name: "n" }, {}, { root: "/", dir: "/" , base: "b" },
  { dir: "C:\\path\\dir", base: "file.txt" }, { root: "C:\\", name: "n", ext: "e" }, { name: 5, ext: ".x" },
];
for (const object of objects) console.log("format", show(object), show(path.format(object)), show(win32.format(object)));
for (const p of ["/foo/bar", "/baz/..", "qux/", ".", "", "//x", "C:\\x", "C:/x", "\\\\s\\h", "x\\y", "\\x", "C:"]) {
  console.log("isAbsolute", show(p), path.isAbsolute(p), win32.isAbsolute(p));
}
console.log(show([path.toNamespacedPath("/a/b"), path.toNamespacedPath(42), win32.toNamespacedPath(null), win32.toNamespacedPath("C:\\x\\..\\y"), win32.toNamespacedPath("\\\\srv\\share\\f")]));

attempt("join number", () => path.join("a", 1));
attempt("join undefined", () => path.join(undefined));
attempt("resolve object", () => path.resolve("a", {}));
attempt("win32 resolve null", () => win32.resolve(null, "b"));
attempt("normalize null", () => path.normalize(null));
attempt("isAbsolute number", () => path.isAbsolute(5));
attempt("relative from", () => path.relative(1, "a"));
attempt("relative to", () => path.relative("a", true));
attempt("dirname", () => path.dirname([]));
attempt("basename", () => path.basename(Symbol("s")));
attempt("basename ext", () => path.basename("a", 5));
attempt("basename both", () => path.basename(5, 5));
attempt("extname", () => path.extname(() => {}));
attempt("parse", () => win32.parse(null));
attempt("format null", () => path.format(null));
attempt("format string", () => path.format("a/b"));
attempt("format array", () => path.format(["a"]));
attempt("matchesGlob", () => typeof path.matchesGlob);
