// node:async_hooks: the exports, AsyncLocalStorage's run/exit/bind/snapshot, AsyncResource,
// createHook's checks (its hooks are never called in toyjs) and argument errors.
import * as ah from 'node:async_hooks';
import { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook } from 'node:async_hooks';
console.log(Object.keys(ah).sort().join(), Object.keys(ah.default).join());
console.log(executionAsyncId(), triggerAsyncId(), typeof ah.executionAsyncResource());
const als = new AsyncLocalStorage();
console.log(als.getStore(), als.run(5, (a, b) => [als.getStore(), a, b], 'x', 'y'));
try { als.run(1, () => { throw new Error('inside'); }); } catch (e) { console.log(e.message, als.getStore()); }
als.run({ id: 1 }, () => { als.exit((q) => console.log('exit', als.getStore(), q), 'arg'); console.log('after exit', als.getStore()); });
try { new AsyncResource(); } catch (e) { console.log(e.code, e.message); }
try { new AsyncResource(5); } catch (e) { console.log(e.code, e.message); }
try { createHook(5); } catch (e) { console.log(e.code, e.message); }
try { createHook({init: 5}); } catch (e) { console.log(e.code, e.message); }
const h = createHook({}); console.log(h.enable() === h, h.disable() === h);
const r = als.run(7, () => new AsyncResource('X'));
console.log(r.runInAsyncScope(function (a) { return [als.getStore(), this, a]; }, 'self', 1));
console.log(typeof r.asyncId(), typeof r.triggerAsyncId(), r.emitDestroy() === r);
const bound = als.run(8, () => AsyncLocalStorage.bind(() => als.getStore()));
const snap = als.run(9, () => AsyncLocalStorage.snapshot());
console.log(bound(), snap((x) => [als.getStore(), x], 'z'));
const rb = als.run(10, () => AsyncResource.bind(function () { return [als.getStore(), this]; }, 'T', 'thisArg'));
console.log(rb(), rb.length);
const resource = als.run(11, () => new AsyncResource('Y', { triggerAsyncId: 3 }));
const viaThis = resource.bind(function (a, b) { return [als.getStore(), this?.name, a, b]; });
console.log(viaThis.call({ name: 'caller' }, 1, 2), viaThis.length, resource.triggerAsyncId());
setTimeout(() => console.log('timer', resource.runInAsyncScope(() => als.getStore()), als.getStore()), 1);
try { resource.bind(5) } catch (e) { console.log(e.code, e.message); }
try { createHook({ destroy: 'x' }) } catch (e) { console.log(e.code, e.message); }
console.log(String(als), Object.prototype.toString.call(als), als.name);
try { AsyncLocalStorage.bind(5) } catch (e) { console.log(e.code, e.message); }
