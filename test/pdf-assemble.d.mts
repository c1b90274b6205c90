// Types of test/pdf-assemble.mjs (plain JavaScript, imported by the .mjs scripts too).
export function assemblePdf(contents: readonly string[], options?: { encrypted?: boolean }): string;
