export const value = 42; export default "the default";
