export const named = "only named";
