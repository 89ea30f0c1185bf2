// uuid's README: ids of every version, with fixed inputs so that they are the same each run.
import { v1 as uuidv1, v3 as uuidv3, v4 as uuidv4, v5 as uuidv5, NIL as NIL_UUID, parse as uuidParse, stringify as uuidStringify, validate as uuidValidate, version as uuidVersion } from "uuid";

console.log(uuidv5("Hello, World!", "1b671a64-40d5-491e-99b0-da01ff1f3341"), uuidv5("www.example.com", uuidv5.DNS), uuidv5("https://x", uuidv5.URL));
console.log(uuidv3("Hello, World!", "1b671a64-40d5-491e-99b0-da01ff1f3341"), uuidv3("hello.example.com", uuidv3.DNS));
console.log(uuidv4({ random: [0x10, 0x91, 0x56, 0xbe, 0xc4, 0xfb, 0xc1, 0xea, 0x71, 0xb4, 0xef, 0xe1, 0x67, 0x1c, 0x58, 0x36] }));
console.log(uuidv1({ node: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab], clockseq: 0x1234, msecs: new Date("2011-11-01").getTime(), nsecs: 5678 }));
console.log(NIL_UUID, uuidValidate(uuidv4()), uuidValidate("not-a-uuid"), uuidVersion("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), uuidVersion(uuidv4()));
const bytes = uuidParse("6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b");
console.log(bytes, uuidStringify(bytes), uuidv4(null, new Array(20).fill(0), 2).length);
try {
  uuidParse("nope");
} catch (error) {
  console.log(error.name, error.message);
}
