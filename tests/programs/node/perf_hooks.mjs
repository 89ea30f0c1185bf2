// node:perf_hooks: the global performance as the export, observers of marks, measures and
// timerified functions (delivered from an immediate), buffered, takeRecords, argument errors.
import * as perfHooks from "node:perf_hooks";
import { performance, PerformanceObserver, constants } from "node:perf_hooks";

console.log(performance === globalThis.performance, perfHooks.PerformanceEntry === globalThis.PerformanceEntry);
console.log(perfHooks.PerformanceMark === PerformanceMark, perfHooks.Performance === Performance);
console.log(constants, typeof performance.timeOrigin, typeof performance.now());
const names = (entries) => entries.map((entry) => `${entry.name}:${entry.entryType}`).join(" ");
const observer = new PerformanceObserver((list, self) => {
  console.log("observed", names(list.getEntries()), list.getEntriesByName("a").length, list.getEntriesByType("measure").length,
    names(list.getEntriesByName("a to b", "measure")), self === observer);
  self.disconnect();
});
observer.observe({ entryTypes: ["mark", "measure", "unknown"] });
performance.mark("a");
performance.mark("b", { detail: { step: 2 } });
performance.measure("a to b", "a", "b");
Promise.resolve().then(() => console.log("then"));
process.nextTick(() => console.log("tick"));
setImmediate(() => console.log("immediate"));
for (const options of [undefined, {}, { entryTypes: "mark" }, { type: "mark", entryTypes: ["mark"] }, 5, { type: 5 }]) {
  try {
    observer.observe(options);
    console.log("observe ok");
  } catch (error) {
    console.log(error.code, error.message);
  }
  observer.disconnect();
}
try { new PerformanceObserver(5); } catch (error) { console.log(error.code, error.message); }
try { new PerformanceObserver(); } catch (error) { console.log(error.code, error.message); }

const add = performance.timerify(function add(a, b) { return a + b; });
console.log(add(1, 2), add.name, add.length);
class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);
const functions = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) console.log("function entry", entry.name, entry.entryType, typeof entry.duration, entry.detail);
  functions.disconnect();
});
functions.observe({ type: "function" });
add(3, 4);
console.log(new TimedPoint(5), TimedPoint.name);
try { performance.timerify(5); } catch (error) { console.log(error.code, error.message); }
console.log(performance.getEntriesByType("function").length);

await new Promise((resolve) => setTimeout(resolve, 5));
const records = new PerformanceObserver(() => console.log("never called"));
records.observe({ type: "mark" });
performance.mark("c");
console.log("taken", names(records.takeRecords()), records.takeRecords().length);
records.disconnect();
const buffered = new PerformanceObserver((list, self) => {
  console.log("buffered", names(list.getEntries()));
  self.disconnect();
});
buffered.observe({ type: "mark", buffered: true });
await new Promise((resolve) => setTimeout(resolve, 5));
const late = new PerformanceObserver((list, self) => {
  console.log("late", names(list.getEntries()));
  self.disconnect();
});
late.observe({ type: "measure" });
performance.measure("m1");
performance.measure("m2");
performance.clearMarks();
console.log(names(performance.getEntriesByType("mark")));
