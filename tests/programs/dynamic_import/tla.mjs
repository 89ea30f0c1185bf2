console.log("tla start");
const me = import("./tla.mjs");
me.then((ns) => console.log("tla ns", ns.y));
await null;
console.log("tla after await");
export const y = 2;
