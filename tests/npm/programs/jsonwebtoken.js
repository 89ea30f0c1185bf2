// jsonwebtoken's README: tokens signed and verified with a fixed issue time (HS256).
const jwt = require("jsonwebtoken");

const token = jwt.sign({ foo: "bar", iat: 1500000000 }, "shhhhh");
console.log(token);
console.log(jwt.verify(token, "shhhhh"), jwt.decode(token, { complete: true }));
const expiring = jwt.sign({ sub: "user", iat: 1500000000, exp: 1500003600 }, "secret", { algorithm: "HS512", issuer: "me", jwtid: "id1" });
console.log(expiring);
console.log(jwt.verify(expiring, "secret", { clockTimestamp: 1500000100, issuer: "me" }));
for (const [label, check] of [
  ["wrong secret", () => jwt.verify(token, "wrong")],
  ["expired", () => jwt.verify(expiring, "secret", { clockTimestamp: 1600000000 })],
  ["malformed", () => jwt.verify("abc.def", "secret")],
  ["wrong issuer", () => jwt.verify(expiring, "secret", { clockTimestamp: 1500000100, issuer: "you" })],
]) {
  try {
    check();
  } catch (error) {
    console.log(label, error.name, error.message, error.expiredAt || "");
  }
}
jwt.verify(token, "shhhhh", (error, decoded) => console.log("callback", error, decoded.foo));
