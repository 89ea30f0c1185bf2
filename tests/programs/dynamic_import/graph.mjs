// import() of modules that are still being evaluated: itself, its importer (a module of
// the graph being evaluated) and a sibling, with and without top-level await, and failures.
import "./b.mjs";
import "./c.mjs";
console.log("a");
export const inA = 1;
