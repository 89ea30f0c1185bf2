// Buffer.prototype's members, their order and Node's extra per-encoding methods.
import buffer from "node:buffer";
import { Buffer } from "node:buffer";
console.log(Object.keys(Buffer.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Buffer.prototype).sort().join());
console.log(Object.keys(Buffer).sort().join(), Object.getOwnPropertyNames(Buffer).sort().join());
const b = Buffer.from("ab"); const keys = []; for (const k in b) keys.push(k); console.log(keys.length, keys.slice(0, 5).join());
const s = Buffer.from("abcabc");
console.log(s.lastIndexOf("", -100), s.lastIndexOf("", 3), s.indexOf("", 100), s.lastIndexOf(Buffer.alloc(0), -2), s.indexOf("c", -1), s.lastIndexOf("abc", 100), s.lastIndexOf("abc", 2), s.lastIndexOf("abcabcabc"), s.indexOf("abcabcabc"));
console.log(Buffer.concat([new Uint8Array([1]), new Uint8Array([2])]) instanceof Buffer);
console.log(typeof Buffer.prototype.parent, Object.getOwnPropertyDescriptor(Buffer.prototype, "parent")?.enumerable, Buffer.prototype.offset);
console.log(Buffer.alloc(3).fill("a") === Buffer.alloc(3) ? 1 : 0);

// The per-encoding methods, inspect, subarray and Buffer.of.
{
const t=(n,f)=>{try{const r=f();console.log(n,'=>',r)}catch(e){console.log(n,'!!',e.name,e.code,e.message)}};
const b=Buffer.from('hello');
t('inspect same',()=>[Buffer.prototype.inspect===Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')], b.inspect(), Buffer.prototype.inspect.name]);
t('subarray same',()=>[Buffer.prototype.subarray===Buffer.prototype.slice, Buffer.prototype.subarray.name, Buffer.prototype.slice.name, Buffer.prototype.subarray===Uint8Array.prototype.subarray]);
t('of',()=>[Buffer.of(1,2), Buffer.of.name, Buffer.of.length, Buffer.of()]);
t('slices',()=>[b.utf8Slice(1,3),b.latin1Slice(1),b.hexSlice(),b.asciiSlice(0,2),b.base64Slice(0,3),b.base64urlSlice(0,3),b.ucs2Slice(0,4)]);
t('slice oob',()=>b.utf8Slice(2,10));
t('slice neg',()=>b.utf8Slice(-1));
t('slice rev',()=>b.latin1Slice(3,1));
t('slice str',()=>b.latin1Slice('1','3'));
t('writes',()=>{const x=Buffer.alloc(6);return [x.utf8Write('ab',1),x.latin1Write('é',3),x.hexWrite('ff',4,1),x.ucs2Write('a',0,2),x]});
t('write oob',()=>Buffer.alloc(2).utf8Write('abc',3));
t('write len',()=>Buffer.alloc(2).utf8Write('abc',0,5));
t('write noargs',()=>Buffer.alloc(2).utf8Write('abc'));
t('write nostr',()=>Buffer.alloc(2).utf8Write(1));
t('names',()=>[b.utf8Slice.name,b.hexWrite.name]);
}
{
const t=(n,f)=>{try{const r=f();console.log(n,'=>',JSON.stringify(r))}catch(e){console.log(n,'!!',e.name,e.code,e.message)}};
const b=Buffer.from('hello');
t('a',()=>b.utf8Slice(0,-1)); t('b',()=>b.utf8Slice(10)); t('c',()=>b.utf8Slice(1.7,3.2)); t('d',()=>b.utf8Slice(NaN,NaN)); t('e',()=>b.utf8Slice(null,'x'));t('f',()=>b.hexSlice(5,5)); t('g',()=>b.utf8Slice(6,6)); t('h', ()=>b.utf8Slice(1, Infinity)); t('i',()=>b.utf8Slice({}, 2)); t('i2',()=>b.utf8Slice(2**40));
t('w1',()=>Buffer.alloc(2).latin1Write('abc',-1)); t('w2',()=>Buffer.alloc(4).latin1Write('abc',1.5)); t('w3',()=>Buffer.alloc(4).latin1Write('abc',1,-1)); t('w4',()=>Buffer.alloc(4).latin1Write('abc','1')); t('w5',()=>Buffer.alloc(4).latin1Write('abc',NaN, NaN));t('w6',()=>Buffer.alloc(4).latin1Write('abc',2, 1.5)); t('w7',()=>Buffer.alloc(4).base64Write('YWJj',0)); t('w8',()=>Buffer.alloc(4).asciiWrite('abc',4)); t('w9',()=>Buffer.alloc(4).ucs2Write('abc',1));
}
// Printing Buffer itself and the module.
console.log(Buffer);
console.log(Object.keys(buffer));
console.log(buffer.constants, buffer.SlowBuffer);
console.log(Object.getOwnPropertyNames(Buffer.prototype).length, Buffer.prototype.constructor === Buffer);
console.log([Buffer.alloc(3)], { b: Buffer.from("x") });
