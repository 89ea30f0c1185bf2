export const fromIndex = "index.js of a directory";
