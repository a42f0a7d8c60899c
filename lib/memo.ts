/**
 * `make`, computed once per key object and remembered while the key lives (a WeakMap): for values
 * read from things that never change once made (an index's claims, a claim's quotation or certainty)
 * and asked for again on every link, thousands of times a page against a large index.
 */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    let v = values.get(key);
    if (v === undefined) values.set(key, (v = make(key)));
    return v;
  };
}
