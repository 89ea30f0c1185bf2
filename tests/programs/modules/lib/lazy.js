export default "lazy module";
export const loadedAt = "after top-level await";
