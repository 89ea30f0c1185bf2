// async's README: control flow over callbacks and async functions.
const async = require("async");

const delayed = (value, ms) => (callback) => setTimeout(() => callback(null, value), ms);
async.parallel([delayed("one", 20), delayed("two", 5)], (err, results) => {
  console.log("parallel", err, results);
  async.series({ first: delayed(1, 5), second: delayed(2, 1) }, (err2, results2) => {
    console.log("series", err2, results2);
    async.waterfall([
      (cb) => cb(null, "one", "two"),
      (a, b, cb) => cb(null, a + b),
      (ab, cb) => cb(null, ab.length),
    ], (err3, result) => {
      console.log("waterfall", err3, result);
      runPromises();
    });
  });
});

async function runPromises() {
  console.log("mapLimit", await async.mapLimit([30, 10, 20], 2, async (ms) => { await new Promise((r) => setTimeout(r, ms)); return ms / 10; }));
  console.log("filter", await async.filter([1, 2, 3, 4], async (n) => n > 2), "reduce", await async.reduce([1, 2, 3], 0, async (memo, n) => memo + n));
  console.log("groupBy", await async.groupBy(["apple", "avocado", "banana"], async (s) => s[0]), "detect", await async.detect([1, 5, 9], async (n) => n > 3));
  const order = [];
  const queue = async.queue((task, callback) => { order.push(task.name); setTimeout(callback, 1); }, 2);
  queue.push([{ name: "a" }, { name: "b" }, { name: "c" }]);
  await queue.drain();
  console.log("queue", order, queue.idle());
  try {
    await async.eachSeries([1, 2, 3], async (n) => { if (n === 2) throw new Error("stopped at " + n); });
  } catch (error) {
    console.log("eachSeries", error.message);
  }
  const result = await async.auto({ a: async () => 1, b: ["a", async (r) => r.a + 1], c: ["a", "b", async (r) => r.a + r.b] });
  console.log("auto", result, "retry", await async.retry(3, (() => { let n = 0; return (cb) => (++n < 3 ? cb(new Error("no")) : cb(null, n)); })()));
  console.log("times", await async.times(3, async (n) => n * n), "timesSeries", await async.timesSeries(2, async (n) => "x" + n));
}
