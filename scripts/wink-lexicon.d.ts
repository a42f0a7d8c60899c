/** wink-lexicon ships plain CommonJS data files without types: the verb exceptions map an irregular form to its lemma. */
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
