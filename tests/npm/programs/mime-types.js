// mime-types' README: content types by extension and back.
const mime = require("mime-types");

console.log(mime.lookup("json"), mime.lookup(".md"), mime.lookup("file.html"), mime.lookup("folder/file.js"), mime.lookup("folder/.htaccess"), mime.lookup("cats"));
console.log(mime.contentType("markdown"), mime.contentType("file.json"), mime.contentType("text/html"), mime.contentType("application/octet-stream"));
console.log(mime.extension("application/octet-stream"), mime.extension("text/html; charset=utf-8"), mime.extension("nope/nope"));
console.log(mime.charset("text/markdown"), mime.charset("application/json"), mime.charset("image/png"), mime.extensions["image/jpeg"], mime.types.svg);
