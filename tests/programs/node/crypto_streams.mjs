// node:crypto's stream side: Hash, Hmac, Cipheriv and Decipheriv are Transforms, Sign and
// Verify Writables.
import crypto from "node:crypto";
import { Duplex, pipeline, Readable, Transform, Writable } from "node:stream";
import { pipeline as pipelinePromise } from "node:stream/promises";

const later = () => new Promise((resolve) => setTimeout(resolve, 10));
const sink = (into) => new Writable({ write(chunk, encoding, callback) { into.push(chunk); callback(); } });

{
  const hash = crypto.createHash("sha256");
  console.log(hash instanceof Transform, hash instanceof Duplex, hash instanceof Writable, hash.readable, hash.writable);
  hash.setEncoding("hex");
  for (const event of ["data", "finish", "end", "close"]) hash.on(event, (value) => console.log("hash", event, value ?? ""));
  hash.write("abc");
  hash.write(Buffer.from("def"));
  hash.end("ghi");
  await later();
  // As in Node: the digest the stream gave can be had once more as bytes, not encoded.
  for (const encoding of ["hex", undefined, undefined]) {
    try { console.log("digest after", encoding, hash.digest(encoding)); } catch (error) { console.log("digest after", encoding, error.code); }
  }
  try { hash.update("more"); } catch (error) { console.log("update after", error.code, error.message); }
}
{
  const hash = crypto.createHash("md5");
  hash.end("x");
  console.log("read now", hash.read());
  await later();
  console.log("read later", hash.read(), hash.read());
}
{
  const hash = crypto.createHash("sha1");
  hash.update("half ");
  hash.end("and half");
  const [digest] = await hash.toArray();
  console.log("update then stream", digest.toString("hex"), crypto.createHash("sha1").update("half and half").digest("hex"));
}
{
  const hash = crypto.createHash("shake256", { outputLength: 8 });
  await pipelinePromise(Readable.from(["a", "b", "c"]), hash);
  console.log("xof", hash.read().toString("hex"));
}
{
  const hash = crypto.createHash("sha256");
  hash.write("abc");
  const copy = hash.copy();
  hash.end();
  console.log("copy", copy.digest("hex") === crypto.createHash("sha256").update("abc").digest("hex"), hash.read()?.length ?? "later");
}
{
  const hmac = crypto.createHmac("sha256", "secret");
  for (const event of ["data", "end"]) hmac.on(event, (value) => console.log("hmac", event, value?.toString("base64") ?? ""));
  hmac.end("message");
  await later();
  console.log("hmac digest after", JSON.stringify(hmac.digest("hex")));
}
{
  // A plain update/digest hash made no stream state it did not need, and behaves as before.
  const hash = crypto.createHash("sha512");
  console.log("plain", hash.update("x").digest("base64"));
  try { hash.digest(); } catch (error) { console.log("plain again", error.code); }
}

const key = Buffer.alloc(32, 1);
const iv = Buffer.alloc(16, 2);
{
  const out = [];
  await pipelinePromise(Readable.from([Buffer.from("hello "), Buffer.from("world"), "!"]), crypto.createCipheriv("aes-256-cbc", key, iv),
    crypto.createDecipheriv("aes-256-cbc", key, iv), sink(out));
  console.log("round trip", Buffer.concat(out).toString());
}
{
  const cipher = crypto.createCipheriv("aes-128-ctr", key.subarray(0, 16), iv);
  cipher.setEncoding("base64");
  const parts = [];
  cipher.on("data", (part) => parts.push(part));
  cipher.write("stream ");
  cipher.end("cipher");
  await later();
  console.log("ctr", parts.join("|"), crypto.createCipheriv("aes-128-ctr", key.subarray(0, 16), iv).update("stream cipher", "utf8", "base64"));
  try { cipher.final(); } catch (error) { console.log("final after", error.code, error.message); }
}
{
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv.subarray(0, 12));
  cipher.setAAD(Buffer.from("header"));
  const out = [];
  await pipelinePromise(Readable.from(["authenticated"]), cipher, sink(out));
  const tag = cipher.getAuthTag();
  console.log("gcm", Buffer.concat(out).toString("hex"), tag.toString("hex"));
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, iv.subarray(0, 12));
  decipher.setAAD(Buffer.from("header"));
  decipher.setAuthTag(tag);
  const plain = [];
  await pipelinePromise(Readable.from(out), decipher, sink(plain));
  console.log("gcm back", Buffer.concat(plain).toString());
  const wrong = crypto.createDecipheriv("aes-256-gcm", key, iv.subarray(0, 12));
  wrong.setAuthTag(Buffer.alloc(16));
  await pipelinePromise(Readable.from(out), wrong, sink([])).catch((error) => console.log("gcm wrong tag", error.message));
}
{
  // Text output split across update() calls comes out in whole characters.
  const encrypted = crypto.createCipheriv("aes-256-ctr", key, iv).update("€uro and ∑");
  const decipher = crypto.createDecipheriv("aes-256-ctr", key, iv);
  const parts = [decipher.update(encrypted.subarray(0, 2), undefined, "utf8"), decipher.update(encrypted.subarray(2, 9), undefined, "utf8"),
    decipher.update(encrypted.subarray(9), undefined, "utf8"), decipher.final("utf8")];
  console.log("split text", JSON.stringify(parts));
  const cipher = crypto.createCipheriv("aes-256-ctr", key, iv);
  console.log("split base64", cipher.update("four", "utf8", "base64"), cipher.update("more", "utf8", "base64"), cipher.final("base64"));
}
await new Promise((resolve) => {
  pipeline(Readable.from([Buffer.alloc(5)]), crypto.createDecipheriv("aes-256-cbc", key, iv), sink([]), (error) => {
    console.log("bad input", error.code, error.message);
    resolve();
  });
});

{
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const signer = crypto.createSign("sha256");
  console.log("sign", signer instanceof Writable, signer.writable);
  await pipelinePromise(Readable.from(["signed ", "data"]), signer);
  const signature = signer.sign(privateKey);
  const verifier = crypto.createVerify("sha256");
  verifier.write("signed ");
  verifier.end("data");
  console.log("verify", verifier.verify(publicKey, signature));
  const other = crypto.createVerify("sha256");
  other.end("other data");
  console.log("verify other", other.verify(publicKey, signature));
}
