import { b } from "./broken_module.mjs";
console.log(b);
