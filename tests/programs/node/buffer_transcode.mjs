import buffer, { Buffer } from "node:buffer";
const t = (name, f) => {
  try {
    console.log(name, "=>", f());
  } catch (e) {
    console.log(name, "!!", e.name, e.code, e.message);
  }
};
const {transcode}=buffer;
t('1',()=>transcode(Buffer.from('😀é'),'utf8','latin1'));
t('2',()=>transcode(Buffer.from([0xff,0x41]),'ascii','utf8'));
t('3',()=>transcode(Buffer.from([0xff,0x41]),'latin1','ucs2'));
t('4',()=>transcode(Buffer.from([0xff]),'utf8','ucs2'));
t('5',()=>transcode(Buffer.from([0x3d,0xd8,0x41,0]),'ucs2','utf8'));
t('6',()=>transcode(Buffer.from('ab'),'binary','utf16le'));
t('7',()=>transcode(Buffer.from('ab'),'UTF8','Latin1'));
t('8',()=>transcode(Buffer.from([0xe9]),'latin1','ascii'));
t('9',()=>transcode(Buffer.from([0xe9,0x41]),'ascii','latin1'));
t('10',()=>transcode(Buffer.from([0x41,0,0x42]),'ucs2','latin1'));
t('11',()=>transcode(Buffer.from('€'),'utf8','ascii'));
t('12',()=>transcode(Buffer.from([0xc3]),'utf8','latin1'));
t('13',()=>transcode(Buffer.from([0xc3]),'utf8','utf8'));
t('14',()=>transcode(Buffer.from([0xff,0x41]),'ascii','ucs2'));
t('15',()=>transcode(Buffer.from('abc'),'base64','utf8'));
t('16',()=>transcode(Buffer.alloc(0),'utf8','ucs2'));
t('17',()=>transcode(Buffer.from([0,0xd8]),'ucs2','ucs2'));
t('18',()=>transcode(Buffer.from([0,0xdc, 0x41, 0]),'ucs2','latin1'));
t('fill dv',()=>Buffer.alloc(4).fill(new DataView(new Uint8Array([7,8]).buffer)));
t('fill f64',()=>Buffer.alloc(9).fill(new Float64Array([1])));
