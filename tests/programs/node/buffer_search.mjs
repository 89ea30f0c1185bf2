import buffer, { Buffer } from "node:buffer";
const t = (name, f) => {
  try {
    console.log(name, "=>", f());
  } catch (e) {
    console.log(name, "!!", e.name, e.code, e.message);
  }
};
const b=Buffer.from('abcabcabc');
t('io',()=>[b.indexOf('b'),b.indexOf('b',2),b.indexOf('b',-3),b.indexOf('bc','latin1'),b.indexOf(98),b.indexOf(98+256),b.indexOf(Buffer.from('ca')),b.indexOf(''),b.indexOf('',20),b.indexOf('',-2),b.indexOf('',4),b.indexOf(Buffer.alloc(0),3)]);
t('io2',()=>[b.indexOf('b',null),b.indexOf('b','2'),b.indexOf('b',{}),b.indexOf('b',1.5),b.indexOf('b',NaN),b.indexOf('b',-100), b.indexOf('b', 100)]);
t('lio',()=>[b.lastIndexOf('b'),b.lastIndexOf('b',5),b.lastIndexOf('b',-5),b.lastIndexOf('bc',-100),b.lastIndexOf(''),b.lastIndexOf('',2),b.lastIndexOf('b',NaN),b.lastIndexOf('b',null),b.lastIndexOf('b',{}),b.lastIndexOf('b',undefined), b.lastIndexOf('',100), b.lastIndexOf(99, 1.5)]);
t('io bad',()=>b.indexOf({}));
t('io bad2',()=>b.indexOf(undefined));
t('io bad3',()=>b.indexOf(true));
t('io bad enc',()=>b.indexOf('a',0,'bad'));
t('io hex',()=>[b.indexOf('6263','hex'),b.indexOf('zz','hex'), b.indexOf('b\u0000','ucs2'), Buffer.from('a\u0000b\u0000','latin1').indexOf('b','ucs2'), Buffer.from('xa\u0000b\u0000','latin1').indexOf('b','ucs2')]);
t('io float',()=>[b.indexOf(98.6),b.indexOf(-158), b.lastIndexOf(97)]);
t('includes',()=>[b.includes('ca'),b.includes('x'),b.includes(99,8)]);
t('io u8',()=>b.indexOf(new Uint8Array([99,97])));
t('io b64',()=>b.indexOf('YmM=','base64'));
t('swap16',()=>Buffer.from([1,2,3,4]).swap16());
t('swap16 bad',()=>Buffer.from([1,2,3]).swap16());
t('swap32 bad',()=>Buffer.from([1,2,3]).swap32());
t('swap64 bad',()=>Buffer.from([1,2,3]).swap64());
t('swap64',()=>Buffer.from([1,2,3,4,5,6,7,8]).swap64());
t('swap32',()=>Buffer.from([1,2,3,4,5,6,7,8]).swap32());
t('iter',()=>[[...Buffer.from([1,2]).keys()],[...Buffer.from([1,2]).values()],[...Buffer.from([1,2]).entries()], [...Buffer.from([3])]]);
t('parent',()=>{const x=Buffer.from([1,2,3]);return [x.parent===x.buffer,x.offset===x.byteOffset, Buffer.alloc(3).offset]});
console.log(Buffer.alloc(60, 1));
console.log(Buffer.alloc(51, 1));
{ const x = Buffer.from([1, 2]); x.foo = 1; x.bar = "s"; x["a-b"] = { y: [1, { z: 2 }] }; console.log(x); }
{ const x = Buffer.alloc(0); x.only = true; console.log(x, [x]); }
console.log({ a: Buffer.from("hi"), b: [Buffer.alloc(0)], c: { d: { e: Buffer.from([255]) } } });
{ class B extends Buffer {} console.log(B.from("a"), Buffer.from("hello").subarray(1, 3)); }
console.log("INSPECT_MAX_BYTES", buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from([1, 2, 3, 4]), Buffer.from([1, 2, 3]), Buffer.from([1, 2]));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from([1, 2, 3]));
t("INSPECT_MAX_BYTES bad", () => { buffer.INSPECT_MAX_BYTES = "x"; });
t("INSPECT_MAX_BYTES neg", () => { buffer.INSPECT_MAX_BYTES = -1; });
buffer.INSPECT_MAX_BYTES = 50;
console.log("%s|%o|%j|%d", Buffer.from("ab"), Buffer.from([2]), Buffer.from([3]), Buffer.from([4]));
console.log(String(Buffer.from("text")), `${Buffer.from("tpl")}`, Buffer.from("x") + Buffer.from("y"));
