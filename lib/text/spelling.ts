/**
 * British and American spellings of one word folded to one key, for comparing the words of a
 * quotation: "travellers"/"travelers", "colour"/"color", "organise"/"organize", "centre"/"center",
 * "defence"/"defense". The regular patterns of the two spellings only; a word that is not one of them
 * is returned as it is. A quotation reprinted in the other spelling is the same words (the gold's
 * conventions: spelling alone is no difference).
 */
export function spellingKey(word: string): string {
  if (word.length < 5) return word;
  return word
    // "travelled", "cancelling", "modeller": long words only ("filled" and "filed" stay apart).
    .replace(/ll(?=(?:ed|er|ers|ing)$)/, word.length >= 8 ? 'l' : 'll')
    // "colour", "labour", "honoured", "neighbours": not "four", "hour", "your", "pour", "tour".
    .replace(/(?<=[lbnvmdg])our(?=(?:s|ed|ing|ite|ites|able)?$)/, 'or')
    .replace(/is(?=(?:e|es|ed|ing|ation|ations)$)/, 'iz')
    .replace(/yse(?=(?:s|d)?$)/, 'yze')
    .replace(/([bt])re(?=s?$)/, '$1er')
    .replace(/ence(?=s?$)/, 'ense');
}
