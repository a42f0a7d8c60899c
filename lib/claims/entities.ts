import { isStoryLabel } from './story-labels';

/**
 * Named entities with their aliases. `kind` drives comparison:
 * - `state`: a government acting as one (Iran, Russia). Two sentences whose acting states differ are
 *   about different facts (Russia's bounties are not Iran's), so they are never aligned.
 * - `us-body`: a body of the US government. Two sentences that give the same act to different bodies
 *   disagree on who acted (White House vs Department of Defense decided).
 * - `person` and `facility`: the anchors of events, used to read before/after order.
 * - `place`, `org`, `media`: matched as features only.
 */
export type EntityKind = 'state' | 'us-body' | 'person' | 'facility' | 'place' | 'org' | 'media';

export interface EntityDef {
  id: string;
  kind: EntityKind;
  /** Shown to people. */
  name: string;
  /** Case-sensitive patterns, longest first within an entity. */
  aliases: readonly string[];
}

export const ENTITIES: readonly EntityDef[] = [
  { id: 'soleimani', kind: 'person', name: 'Qasem Soleimani', aliases: ['(?:Gen\\.?\\s+|General\\s+)?(?:Qasem|Qassem|Qassim|Qasim|Ghasem)\\s+Soleimani', 'Soleimani'] },
  { id: 'sirajuddin-haqqani', kind: 'person', name: 'Sirajuddin Haqqani', aliases: ['Sirajuddin\\s+Haqqani'] },
  { id: 'haqqani', kind: 'org', name: 'Haqqani network', aliases: ['Haqqani\\s+[Nn]etwork', 'Haqqani'] },
  { id: 'taliban', kind: 'org', name: 'Taliban', aliases: ['Taliban', 'Talibans'] },
  { id: 'quds-force', kind: 'org', name: 'Quds Force', aliases: ['(?:Revolutionary\\s+Guard\\s+)?Quds\\s+Force'] },
  { id: 'al-qaeda', kind: 'org', name: 'al-Qaeda', aliases: ['[Aa]l-Qaeda', 'Al Qaeda'] },
  { id: 'nato', kind: 'org', name: 'NATO', aliases: ['NATO'] },
  { id: 'gru', kind: 'org', name: 'GRU', aliases: ['GRU'] },
  { id: 'bagram', kind: 'facility', name: 'Bagram Air Base', aliases: ['Bagram(?:\\s+(?:[Aa]ir\\s+[Bb]ase|[Aa]irbase|[Aa]ir\\s+[Ff]orce\\s+[Bb]ase|[Aa]irfield|base))?', 'Bagram'] },
  { id: 'white-house', kind: 'us-body', name: 'White House', aliases: ['White\\s+House'] },
  { id: 'pentagon', kind: 'us-body', name: 'Department of Defense', aliases: ['Department\\s+of\\s+Defen[cs]e', 'Defen[cs]e\\s+Department', 'Pentagon', 'DoD', 'DOD'] },
  { id: 'state-department', kind: 'us-body', name: 'State Department', aliases: ['State\\s+Department', 'Department\\s+of\\s+State'] },
  { id: 'nsc', kind: 'us-body', name: 'National Security Council', aliases: ['National\\s+Security\\s+Council', 'NSC'] },
  { id: 'cia', kind: 'us-body', name: 'CIA', aliases: ['CIA', 'Central\\s+Intelligence\\s+Agency'] },
  { id: 'congress', kind: 'us-body', name: 'Congress', aliases: ['Congress', 'lawmakers'] },
  { id: 'iran', kind: 'state', name: 'Iran', aliases: ['Iranian\\s+(?:government|regime)', 'Islamic\\s+Republic', 'Iran', 'Iranians?', 'Tehran'] },
  { id: 'russia', kind: 'state', name: 'Russia', aliases: ['Russian\\s+(?:government|military)', 'Russia', 'Russians?', 'Kremlin', 'Moscow'] },
  { id: 'pakistan', kind: 'state', name: 'Pakistan', aliases: ['Pakistan', 'Pakistani', 'Islamabad'] },
  { id: 'china', kind: 'state', name: 'China', aliases: ['China', 'Chinese', 'Beijing'] },
  { id: 'soviet-union', kind: 'state', name: 'Soviet Union', aliases: ['Soviet\\s+Union', 'Soviets?', 'USSR'] },
  // States that also sponsor or pay armed groups in the news: an index holding their stories must not
  // link "Syria paid …" to "Iran paid …" (the 10,000-article benchmark found 2,502 such links).
  { id: 'syria', kind: 'state', name: 'Syria', aliases: ['Syrian\\s+(?:government|regime)', 'Syria', 'Syrians?', 'Damascus'] },
  { id: 'north-korea', kind: 'state', name: 'North Korea', aliases: ['North\\s+Korean?s?', 'DPRK', 'Pyongyang'] },
  { id: 'venezuela', kind: 'state', name: 'Venezuela', aliases: ['Venezuelan?s?', 'Caracas'] },
  { id: 'eritrea', kind: 'state', name: 'Eritrea', aliases: ['Eritrean?s?', 'Asmara'] },
  { id: 'saudi-arabia', kind: 'state', name: 'Saudi Arabia', aliases: ['Saudi\\s+Arabia', 'Saudis?', 'Riyadh'] },
  { id: 'qatar', kind: 'state', name: 'Qatar', aliases: ['Qatari?s?', 'Doha'] },
  { id: 'turkey', kind: 'state', name: 'Turkey', aliases: ['Türkiye', 'Turkey', 'Turkish', 'Ankara'] },
  { id: 'israel', kind: 'state', name: 'Israel', aliases: ['Israeli?s?', 'Jerusalem'] },
  { id: 'cuba', kind: 'state', name: 'Cuba', aliases: ['Cuban?s?', 'Havana'] },
  { id: 'libya', kind: 'state', name: 'Libya', aliases: ['Libyan?s?', 'Tripoli'] },
  { id: 'belarus', kind: 'state', name: 'Belarus', aliases: ['Belarus(?:ian)?s?', 'Minsk'] },
  { id: 'us', kind: 'place', name: 'United States', aliases: ['United\\s+States', 'U\\.S\\.A?\\.?', 'USA?', 'America', 'Americans?', 'Washington'] },
  { id: 'afghanistan', kind: 'place', name: 'Afghanistan', aliases: ['Afghanistan', 'Afghans?', 'Kabul'] },
  { id: 'iraq', kind: 'place', name: 'Iraq', aliases: ['Iraq', 'Iraqi'] },
  { id: 'baghdad', kind: 'place', name: 'Baghdad', aliases: ['Baghdad'] },
  { id: 'trump', kind: 'person', name: 'Donald Trump', aliases: ['(?:Donald\\s+)?Trump'] },
  { id: 'pompeo', kind: 'person', name: 'Mike Pompeo', aliases: ['(?:Mike\\s+)?Pompeo'] },
  { id: 'lavrov', kind: 'person', name: 'Sergei Lavrov', aliases: ['(?:Sergei\\s+)?Lavrov'] },
  { id: 'cnn', kind: 'media', name: 'CNN', aliases: ['CNN'] },
  { id: 'nyt', kind: 'media', name: 'The New York Times', aliases: ['(?:the\\s+|The\\s+)?New\\s+York\\s+Times', 'NYT'] },
];

export interface Mention {
  entity: string;
  text: string;
  start: number;
  end: number;
  /** Named as a story's label ("the Russia bounties story"), not as what acts or is spoken of (lib/claims/story-labels.ts). */
  label: boolean;
}

const BY_ID = new Map(ENTITIES.map((e) => [e.id, e]));

/** The definition of an entity id. */
export function entityDef(id: string): EntityDef | undefined {
  return BY_ID.get(id);
}

// One alternation, entities in table order: earlier (more specific) entities win at the same position.
const ALTERNATION = new RegExp(
  ENTITIES.map((e) => `(?<${e.id.replace(/-/g, '_')}>${e.aliases.join('|')})`).join('|').replace(/^/, '(?<![\\p{L}])(?:') + ')(?![\\p{L}])',
  'gu',
);
const GROUP_TO_ID = new Map(ENTITIES.map((e) => [e.id.replace(/-/g, '_'), e.id]));

/** The state entities among entity ids (those whose disagreement means two different facts). */
export function statesOf(entities: readonly string[]): string[] {
  return entities.filter((e) => BY_ID.get(e)?.kind === 'state');
}

/** Every entity mention in the text, left to right, longest match at each position. */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(ALTERNATION)) {
    const groups = m.groups ?? {};
    const key = Object.keys(groups).find((k) => groups[k] !== undefined);
    const id = key ? GROUP_TO_ID.get(key) : undefined;
    if (!id) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({ entity: id, text: m[0], start, end, label: isStoryLabel(text, start, end) });
  }
  return out;
}
