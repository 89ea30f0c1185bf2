console.log("c");
export const inC = 3;
