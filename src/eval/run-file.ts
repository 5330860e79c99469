/** One query's ranking as it goes into a TREC run file. */
export interface RunEntry {
  queryId: string;
  hits: readonly { id: string; score: number }[];
}

/** TREC run format: `qid Q0 docid rank score tag`, tab separated, ranks from 1. */
export function formatTrecRun(entries: readonly RunEntry[], tag: string): string {
  const safeTag = tag.replace(/\s+/g, '_') || 'run';
  const lines: string[] = [];
  for (const { queryId, hits } of entries) {
    hits.forEach((hit, i) => {
      lines.push([queryId, 'Q0', hit.id, String(i + 1), String(hit.score), safeTag].join('\t'));
    });
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
