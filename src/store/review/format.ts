import type { FeedbackTally, ShareTally } from '../ports.ts';
import type { ClaimCluster } from './cluster.ts';

/** Claims are user text printed to a curator's terminal: no escape sequences, one line each. */
export function terminalSafe(text: string, max = 160): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

export function formatClusters(clusters: readonly ClaimCluster[], totalClaims: number): string {
  if (clusters.length === 0) return 'No unanswered claims: nothing to review.\n';
  const lines = [`Unanswered claims, most asked first (${totalClaims} claims in ${clusters.length} groups)`, ''];
  clusters.forEach((c, i) => {
    const sent = c.submissions > 0 ? `   ${c.submissions} sent to curators` : '';
    const seen = day(c.firstSeen) === day(c.lastSeen) ? day(c.lastSeen) : `${day(c.firstSeen)} → ${day(c.lastSeen)}`;
    lines.push(`${String(i + 1).padStart(3)}. ${String(c.count).padStart(4)}×  ${c.languages.join(',').padEnd(8)} ${seen}${sent}`);
    lines.push(`      "${terminalSafe(c.example)}"`);
  });
  return lines.join('\n') + '\n';
}

export function formatFeedback(tallies: readonly FeedbackTally[]): string {
  if (tallies.length === 0) return 'No feedback yet.\n';
  const lines = ['Answers by disputes (👎) first', ''];
  for (const t of tallies) {
    lines.push(`  👎 ${String(t.down).padStart(4)}  👍 ${String(t.up).padStart(4)}  ${terminalSafe(t.entryId, 80)}  (last vote ${day(t.lastVoteAt)})`);
  }
  return lines.join('\n') + '\n';
}

export function formatShares(tallies: readonly ShareTally[]): string {
  if (tallies.length === 0) return 'No shares yet.\n';
  const lines = ['Most shared answers', ''];
  for (const t of tallies) {
    lines.push(`  ${String(t.shares).padStart(5)} shares in ${String(t.channels).padStart(4)} channels  ${terminalSafe(t.entryId, 80)}  (last ${day(t.lastSharedAt)})`);
  }
  return lines.join('\n') + '\n';
}
