import { EvalDataError } from './vclaims.ts';

/** Gold documents per query id. Only pairs with relevance > 0 are kept. */
export type Qrels = ReadonlyMap<string, ReadonlySet<string>>;

/** TREC qrels: `qid iter docid relevance`, whitespace separated, no header. */
export function parseQrels(text: string): Qrels {
  const gold = new Map<string, Set<string>>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.trim().split(/\s+/);
    const [qid, , docid, relText] = cells;
    const rel = Number(relText);
    if (cells.length !== 4 || qid === undefined || docid === undefined || !Number.isFinite(rel)) {
      throw new EvalDataError(`qrels line ${i + 1}: expected "qid 0 docid relevance"`);
    }
    if (rel <= 0) return;
    const set = gold.get(qid) ?? new Set<string>();
    set.add(docid);
    gold.set(qid, set);
  });
  return gold;
}
