// A bullet glued to its text ("•Strong Python skills", "*Proficient English"): a capital or digit right after it, and no
// closing asterisk on the line (that would be emphasis). Both the section splitter and the unit splitter take it as a
// list mark, beside the spaced marks each of them knows.
export const GLUED_BULLET = String.raw`[*•●▪➢➤►](?=[\p{Lu}\d])(?![^\n]*\*)`;
