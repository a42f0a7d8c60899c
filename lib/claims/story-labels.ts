/**
 * A state named as the label of a story rather than as an actor: "the agency’s ‘Country A payments’
 * story bears similarity to reports … accusing Country B", "the group itself has called the Country B
 * payments story a “fake”". The sentence speaks about a story; the state in its name did nothing in
 * this sentence, so it must not count among the states that act (which keep Country A's payments apart
 * from Country B's), nor be matched on as an entity (read once per mention: Mention.label,
 * lib/claims/entities.ts): a group calling "the Country B payments story" a fake is not Country B
 * denying it. Measured on the gold: fewer wrong links between sentences about the two stories.
 */
const LABEL_AFTER = /^[’'"”]?(?:\s+[\p{L}-]+[’'"”]?){0,2}\s+(?:story|stories|saga|scandal|affair)\b/u;
/** A label opens a noun phrase ("the Country B payments story", "the agency’s ‘Country A payments’ story"); "Country B denied the story" is Country B acting. */
const LABEL_BEFORE = /(?:\b(?:the|a|an|this|that|these|those)\s+|[‘'"“]\s*)$/iu;

/** True when the mention at start..end opens a noun phrase that ends, within two words, in "story" or the like. */
export function isStoryLabel(text: string, start: number, end: number): boolean {
  return LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && LABEL_AFTER.test(text.slice(end, end + 60));
}
