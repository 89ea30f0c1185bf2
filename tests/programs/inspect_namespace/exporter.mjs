// Imports peek.mjs, which shows this module's namespace before this module has run.
import "./peek.mjs";
export let late = 1;
export function early() {}
