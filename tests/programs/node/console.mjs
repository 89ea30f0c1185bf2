// node:console: the global console as the export, and Console instances writing to objects with
// a write method (stdout and stderr, inspectOptions, groupIndentation, argument errors).
import consoleModule, { Console } from 'node:console';
import * as ns from 'node:console';
console.log(consoleModule === console, Console === console.Console, Object.getOwnPropertyDescriptor(console, 'Console'));
console.log(Object.keys(ns).sort().join());
const chunks = [];
const sink = (name) => ({ write(chunk) { chunks.push([name, chunk]); return true; }, once() {}, removeListener() {}, listenerCount() { return 0; } });
const out = sink('out');
const err = sink('err');
const c = new Console(out, err);
c.log('hello %s', 'world', { a: 1 });
c.error('bad', [1, 2]);
c.warn('warn'); c.info('info'); c.debug('debug');
c.group('G'); c.log('inside'); c.group(); c.log('deeper\nlines'); c.groupEnd(); c.groupEnd(); c.log('out');
c.count(); c.count(); c.count('x'); c.countReset(); c.count(); c.countReset('nope');
c.assert(1 === 2, 'assertion %d', 5); c.assert(false); c.assert(true, 'no');
c.table([{ a: 1, b: 2 }, { a: 3 }]);
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.trace === undefined || console.log(typeof c.trace);
c.timeEnd('none'); c.timeLog('none');
console.log(JSON.stringify(chunks));
chunks.length = 0;
const c2 = new Console({ stdout: out, inspectOptions: { depth: 0, breakLength: 20 }, groupIndentation: 4 });
c2.log({ a: { b: 1 } }, [1, 2, 3, 4, 5, 6, 7]); c2.error('to stdout'); c2.group('g'); c2.log('x'); c2.groupEnd();
console.log(JSON.stringify(chunks));
for (const args of [[], [{}], [{ write: 1 }], [out, {}], [{ stdout: out, stderr: 5 }], [{ stdout: out, groupIndentation: 1001 }], [{ stdout: out, groupIndentation: 'x' }], [{ stdout: out, inspectOptions: 5 }], [{ stdout: out, inspectOptions: { colors: true } }]]) {
  try { new Console(...args); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const c3 = Console(out); console.log(c3 instanceof Console);
const bad = new Console({ write() { throw new Error('boom'); }, once() {}, removeListener() {}, listenerCount() { return 0; } }); bad.log('x'); console.log('ignored');
const c4 = new Console({ stdout: { write() { throw new Error('boom2'); } }, ignoreErrors: false }); try { c4.log('x'); } catch (e) { console.log(e.message); }
console.log(Object.keys(c).join(), typeof c.log, c.log.name, Object.getPrototypeOf(c) === Console.prototype);
console.log(console.createTask("task").run(() => 5), typeof console.context().log);
chunks.length = 0;
const c5 = new Console({ stdout: out, stderr: err, inspectOptions: { compact: false } });
c5.dir({ a: [1] });
c5.dirxml("dirxml", { b: 2 });
c5.trace === c5.trace && c5.time("t") === undefined && c5.time("t");
const context = console.context();
console.log(Object.keys(c5).join());
console.log(JSON.stringify(chunks));
