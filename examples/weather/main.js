// A small multi-module program: imports, print, top-level await and timers.
import { readings, summarize } from "./stats.js";
import { report } from "./format.js";

print("toyjs weather station, V8", process.versions.v8);

const sensor = (name, delay) =>
  new Promise((resolve) => setTimeout(() => resolve({ name, celsius: readings[name] }), delay));

// Top-level await: the module waits for every sensor, each answering on its own timer.
const results = await Promise.all([sensor("north", 30), sensor("south", 10), sensor("east", 20)]);
console.log(report(summarize(results)));

let ticks = 0;
const interval = setInterval(() => {
  ticks += 1;
  console.log(`tick ${ticks}`);
  if (ticks === 3) {
    clearInterval(interval);
    console.log("done: the event loop is empty, so the program exits");
  }
}, 15);
