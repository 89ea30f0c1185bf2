// bluebird's API docs: promises with map, props, each, reduce, promisify and typed catch.
const Promise = require("bluebird");

function readValue(name, callback) {
  setTimeout(() => (name === "bad" ? callback(new Error(`no ${name}`)) : callback(null, name.toUpperCase())), 5);
}
const readValueAsync = Promise.promisify(readValue);
const api = Promise.promisifyAll({ readValue });

async function main() {
  console.log(await readValueAsync("hello"), await api.readValueAsync("all"));
  console.log(await Promise.map([1, 2, 3], (n) => Promise.delay(10 - n * 3).then(() => n * 2), { concurrency: 2 }));
  console.log(await Promise.props({ a: Promise.resolve(1), b: 2, c: Promise.delay(5).return(3) }));
  console.log(await Promise.reduce([1, 2, 3, 4], (sum, n) => sum + n, 0), await Promise.each(["x", "y"], (v) => v), await Promise.all([1, Promise.resolve(2)]).spread((a, b) => a + b));
  console.log(await Promise.filter([1, 2, 3, 4], (n) => n % 2 === 0), await Promise.mapSeries(["a", "b"], (s) => s + s), await Promise.some([Promise.delay(20).return("slow"), Promise.delay(1).return("fast"), Promise.delay(30).return("slower")], 1));
  await readValueAsync("bad").catch(TypeError, () => console.log("not a TypeError")).catch((error) => console.log("caught:", error.message));
  await Promise.reject(new RangeError("out")).catch(RangeError, (error) => console.log("typed catch:", error.name));
  const timed = await Promise.delay(50).timeout(5).catch(Promise.TimeoutError, (error) => error.message);
  console.log(timed);
  const inspection = Promise.resolve(7).reflect();
  const settled = await inspection;
  console.log(settled.isFulfilled(), settled.value());
  let cleaned = false;
  await Promise.using(Promise.resolve("resource").disposer(() => { cleaned = true; }), (resource) => console.log("using", resource));
  console.log("disposed:", cleaned, Promise.resolve(1).isFulfilled(), typeof Promise.coroutine);
  const gen = Promise.coroutine(function* (a) { const b = yield Promise.delay(1).return(a + 1); return b * 10; });
  console.log(await gen(4), await Promise.fromCallback((cb) => readValue("cb", cb)), await Promise.try(() => 3).tap((v) => console.log("tap", v)));
}
main();
