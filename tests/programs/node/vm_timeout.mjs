// node:vm's timeout: a runaway script stops with ERR_SCRIPT_EXECUTION_TIMEOUT, and what ran
// it goes on.
import vm from "node:vm";

function report(label, run) {
  try {
    console.log(label, run());
  } catch (error) {
    console.log(label, error instanceof Error, error.code, error.message, Object.keys(error), error.stack.split("\n")[0]);
  }
}

report("new context", () => vm.runInNewContext("while (true) {}", {}, { timeout: 20 }));
report("this context", () => vm.runInThisContext("for (;;) {}", { timeout: 15 }));
const context = vm.createContext({ n: 0 });
report("context", () => vm.runInContext("while (true) n++", context, { timeout: 10 }));
console.log("still counting", context.n > 0, vm.runInContext("n = 1; n + 1", context));
report("script", () => new vm.Script("while (true) {}").runInContext(context, { timeout: 5 }));
report("in time", () => vm.runInNewContext("let s = 0; for (let i = 0; i < 1000; i++) s += i; s", {}, { timeout: 10000 }));
// A limit inside a limit: the inner one fires and the outer script catches it.
report("nested", () => vm.runInNewContext(
  "try { vm.runInNewContext('while (true) {}', {}, { timeout: 10 }) } catch (error) { 'caught ' + error.code }",
  { vm }, { timeout: 100000 }));
// The outer limit is the sooner one: it ends the whole script, not the inner call.
report("outer first", () => vm.runInNewContext(
  "try { vm.runInNewContext('while (true) {}', {}, { timeout: 100000 }) } catch (error) { 'inner caught' }",
  { vm }, { timeout: 20 }));
console.log(await Promise.resolve("the program goes on"));
setTimeout(() => console.log("and its timers run"), 1);
