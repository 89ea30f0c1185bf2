// Node's ES module resolution: specifiers are URLs taken as written (no extension or index is
// guessed), packages resolve through "exports" or "main"; errors name what was looked for,
// with node's hint at what require() would have loaded.
const specifiers = [
  "./x", "./x.js", "./x2", "./x3", "./x4", "./dir", "./dir/", "./dir2", "./dir3", "./nope",
  "./sub/y", "../esm_resolution/x", "./x.js/", "./x.js/..", "./a%20b.js", "./x%2Ejs",
  "pkg", "pkg/", "pkg/lib", "pkg/lib/other", "pkg/lib/other.js", "pkg/nope.js", "pkgx", "pkgm", "pkgn",
  "pkgn/lib", "pkgn/lib/index", "pkgz", "pkgq", "pkge", "pkge/d", "pkge/hidden", "nopkg", "selfref",
  `${import.meta.dirname}/x`, `${import.meta.url.replace("main.mjs", "x")}`,
];
for (const specifier of specifiers) {
  try {
    const namespace = await import(specifier);
    console.log(specifier, "->", namespace.default);
  } catch (error) {
    console.log(specifier, error.code, error.message);
  }
  try {
    console.log("  resolve:", import.meta.resolve(specifier));
  } catch (error) {
    console.log("  resolve:", error.code, error.message);
  }
}
// A query or a fragment makes another instance of the same file.
const [plain, again, queried] = await Promise.all([import("./x.js"), import("./x.js"), import("./x.js?q=1")]);
console.log(plain === again, plain === queried, plain.default === queried.default);
await import("./sub/relative.mjs");
