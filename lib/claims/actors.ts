import type { Mention } from './entities';
import { entityDef } from './entities';

/** Someone named doing something: "the central bank decided", "Powell said", "the agency's officials recommended". */
export interface Act {
  actor: string;
  /** The act's class: decide, recommend, say, deny, assess. */
  act: string;
  /** Words as written, from the actor to the verb. */
  text: string;
}

const ACT_VERBS: [RegExp, string][] = [
  [/^(?:decided|decides|decide|chose|opted|resolved|voted|approved|ordered)\b/i, 'decide'],
  [/^(?:announced|announces|unveiled|confirmed|confirms)\b/i, 'announce'],
  [/^(?:recommended|advised|urged|proposed)\b/i, 'recommend'],
  [/^(?:denied|denies|dismissed|rejected)\b/i, 'deny'],
  [/^(?:assessed|concluded|determined|found)\b/i, 'assess'],
  // Who said a thing is who acted in reporting: another speaker for the same fact is an actor detail.
  [/^(?:said|says|told|stated|argued|warned|added)\b/i, 'say'],
];
/** How far after the actor's name the verb may stand ("the city council has decided"). */
const MAX_WORDS_TO_VERB = 3;

/** Acts of named people, organisations and states in a sentence. */
export function findActs(text: string, mentions: readonly Mention[]): Act[] {
  const out: Act[] = [];
  for (const m of mentions) {
    if (!entityDef(m.entity) || m.label) continue;
    const rest = text.slice(m.end);
    const words = rest.match(/^(?:\s+[\p{L}’'-]+){1,4}/u)?.[0] ?? '';
    const list = words.trim().split(/\s+/).slice(0, MAX_WORDS_TO_VERB + 1);
    for (let i = 0; i < list.length; i++) {
      const w = list[i] ?? '';
      const hit = ACT_VERBS.find(([re]) => re.test(w));
      if (hit) {
        out.push({ actor: m.entity, act: hit[1], text: `${m.text} ${list.slice(0, i + 1).join(' ')}` });
        break;
      }
    }
  }
  return out;
}
