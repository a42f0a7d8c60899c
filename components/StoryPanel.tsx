import { safeHref, shortDate } from '../lib/annotate/report-dates';
import { outletsOnStory, storyRows, type StoryPage } from '../lib/corpus/stories';
import type { StoryReply } from '../lib/messages';

export type { StoryPage } from '../lib/corpus/stories';

/**
 * This page's story: which outlets reported it and when, earliest first; an outlet with two articles
 * on it (an update) shows both, dated, as its versions. The page itself is marked. Nothing is shown
 * until the page shares facts with some article.
 */
export function StoryPanel({ reply, page }: { reply: StoryReply | null; page: StoryPage | null }) {
  if (reply === null || page === null) return null;
  if (!reply.ok) {
    return (
      <section class="story" aria-label="This story">
        <p class="message error">The story could not be read: {reply.error}</p>
      </section>
    );
  }
  if (reply.articles.length === 0) return null;
  const rows = storyRows(reply.articles, page);
  const outlets = outletsOnStory(rows);
  return (
    <section class="story" aria-label="This story">
      <h2 class="story-title">
        This story: {outlets.length} outlet{outlets.length === 1 ? '' : 's'}, {rows.length} report{rows.length === 1 ? '' : 's'}
      </h2>
      <ol class="story-outlets">
        {outlets.map((o) => (
          <li key={o.outlet} class="story-outlet" data-outlet={o.outlet}>
            <span class="story-outlet-name">{o.outlet}</span>
            {o.versions.length > 1 ? <span class="story-versions">{o.versions.length} versions</span> : null}
            <ul class="story-reports">
              {o.versions.map((v) => {
                const href = safeHref(v.url);
                const when = shortDate(v.date, true);
                return (
                  <li key={v.id} class={v.self ? 'story-report self' : 'story-report'}>
                    {when ? <time dateTime={v.date}>{when}</time> : <span class="undated">undated</span>}{' '}
                    {href && !v.self ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {v.title}
                      </a>
                    ) : (
                      <span class="story-report-title">{v.title}</span>
                    )}
                    {v.self ? <span class="story-self"> (this page)</span> : null}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
