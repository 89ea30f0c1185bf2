namespace Values {
  export const one = 1;
}
