console.log("self start");
const me = import("./self.mjs");
me.then((ns) => console.log("self ns", Object.keys(ns)));
export const x = 1;
console.log("self end");
