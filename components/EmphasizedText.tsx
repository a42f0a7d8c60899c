import type { Run } from '../lib/annotate/emphasis';

/**
 * Text in runs, the differing values in <mark> (class `conflict` for a conflicting value). Every run
 * is a text child, so markup in page or index strings shows as literal characters.
 */
export function EmphasizedText({ runs }: { runs: readonly (Run & { conflict?: boolean })[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.em ? (
          <mark key={i} class={r.conflict ? 'diff conflict' : 'diff'}>
            {r.text}
          </mark>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
