/**
 * Words that carry no fact: function words, and the reporting verbs every news sentence has
 * ("said", "reported", "told"). Reporting verbs matter for certainty, which reads the raw text, not
 * these features.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although am among an and any are aren't as at be because been
  before being below between both but by can could did do does doing down during each either even ever every
  few for from further had has have having he her here hers herself him himself his how however i if in into
  is it its itself just least less let like made make many may me might more most much must my myself near
  nearly neither no nor not now of off on once only or other others our ours ourselves out over own per
  rather same she should since so some still such than that the their theirs them themselves then there
  these they this those though through thus to too under until up upon us' very was we were what when where
  whether which while who whom whose why will with within without would yet you your yours
  said say says saying told tell tells reported reporting according noted noting added adding
  stated states claimed cited citing news network paper one two three four five six seven eight
  nine ten dozen dozens half hundred hundreds thousand thousands several first second new just alone also
  right key top including include includes among mr ms last next recent recently
  january february march april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday week weeks month months year years`
    .split(/\s+/)
    .filter(Boolean),
);
