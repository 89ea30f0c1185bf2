// cookie-parser's README: plain and signed cookies parsed onto req on an express app (port 0),
// and the module's own helpers.
const express = require("express");
const cookieParser = require("cookie-parser");
const http = require("http");
const signature = require("cookie-signature");

const app = express();
app.use(cookieParser("secret one"));
app.get("/", (req, res) => {
  res.cookie("seen", "yes", { httpOnly: true, path: "/" });
  res.cookie("token", { id: 7 }, { signed: true });
  res.json({ cookies: req.cookies, signed: req.signedCookies });
});

function get(port, cookie) {
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path: "/", headers: cookie ? { Cookie: cookie } : {} }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve([res.headers["set-cookie"], JSON.parse(body)]));
    }).on("error", reject);
  });
}

const server = app.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  const signed = `s:${signature.sign("bob", "secret one")}`;
  console.log(await get(port));
  console.log(await get(port, `name=ann; j=${encodeURIComponent('j:{"a":1}')}; user=${encodeURIComponent(signed)}; bad=${encodeURIComponent("s:bob.forged")}`));
  console.log(cookieParser.JSONCookie('j:{"x":[1]}'), cookieParser.signedCookie(signed, "secret one"), cookieParser.signedCookie("s:x.y", "secret one"));
  server.close();
});
