// AsyncLocalStorage follows async continuations: await, timers, immediates, ticks, microtasks;
// EventEmitter listeners run in the context of emit; enterWith, exit, disable.
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (...a) => console.log(...a);
const e = new EventEmitter();
als.run(1, () => { e.on('x', () => log('handler', als.getStore())); });
e.emit('x');
als.run(2, () => e.emit('x'));
async function task(id) {
  log('start', id, als.getStore());
  await null;
  log('after await', id, als.getStore());
  // (delays far apart, so that a loaded machine cannot interleave the two tasks otherwise)
  await sleep(id === 'a' ? 5 : 60);
  log('after sleep', id, als.getStore());
  await new Promise((r) => setTimeout(r, id === 'a' ? 1 : 20));
  log('after timeout promise', id, als.getStore(), other.getStore());
  return als.getStore();
}
const results = await Promise.all([als.run('a', () => task('a')), als.run('b', () => other.run('o', () => task('b')))]);
log('results', results, als.getStore());
// (Whether an immediate or a 1 ms interval made here runs first depends on the machine's load,
// in node too: what they saw is printed afterwards, in a fixed order.)
const seen = [];
als.run('t', () => {
  setTimeout(() => seen.push(['timeout', als.getStore()]), 20);
  setImmediate(() => seen.push(['immediate', als.getStore()]));
  process.nextTick(() => log('tick', als.getStore()));
  queueMicrotask(() => log('microtask', als.getStore()));
  Promise.resolve().then(() => log('then', als.getStore()));
  const iv = setInterval(() => { seen.push(['interval', als.getStore()]); clearInterval(iv); }, 1);
  als.exit(() => setTimeout(() => seen.push(['exited timeout', als.getStore()]), 40));
});
log('outside', als.getStore());
await sleep(60);
for (const [what, store] of seen.sort(([a], [b]) => (a < b ? -1 : 1))) log(what, store);
als.run('w', () => { als.enterWith('entered'); log('entered', als.getStore()); setTimeout(() => log('entered timeout', als.getStore()), 1); });
log('after run with enterWith', als.getStore());
await sleep(10);
als.run('d', () => { setTimeout(() => log('disabled timeout', als.getStore()), 1); als.disable(); log('disabled', als.getStore()); });
await sleep(10);
als.run('again', () => log('run again', als.getStore()));
const nested = als.run(1, () => als.run(2, () => als.getStore()) + als.getStore());
log('nested', nested);
async function thrower() { await null; throw new Error(als.getStore()); }
await als.run('err', () => thrower().catch((err) => log('caught', err.message, als.getStore())));
