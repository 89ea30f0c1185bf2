// p-limit 3's README: promise-returning functions run with limited concurrency.
const pLimit = require("p-limit");

const limit = pLimit(2);
const started = [];
const task = (name, ms) => limit(async () => {
  started.push(name);
  console.log("start", name, "active", limit.activeCount, "pending", limit.pendingCount);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return name.toUpperCase();
});
(async () => {
  const result = await Promise.all([task("a", 30), task("b", 10), task("c", 5), task("d", 1)]);
  console.log(result, started, limit.activeCount, limit.pendingCount);
  const limitOne = pLimit(1);
  const results = await Promise.allSettled([limitOne(() => Promise.reject(new Error("boom"))), limitOne((x) => x * 2, 21)]);
  console.log(results.map((r) => r.status + ":" + (r.value || r.reason.message)));
  limitOne(() => new Promise((r) => setTimeout(r, 5)));
  limitOne(() => "never");
  limitOne.clearQueue();
  console.log("after clearQueue", limitOne.pendingCount);
  try {
    pLimit(0);
  } catch (error) {
    console.log(error.name, error.message);
  }
})();
