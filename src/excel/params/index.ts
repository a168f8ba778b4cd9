/**
 * Parameters declared once (see param.ts): the builders the registry
 * (src/excel/registry/) declares each function's parameters with, and the
 * reader of a call's arguments derived from those declarations.
 */
export * from "./param";
export * from "./columns";
export * from "./values";
export * from "./tableParams";
export * from "./checks";
export * from "./description";
