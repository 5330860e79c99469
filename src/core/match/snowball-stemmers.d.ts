/** Types for the untyped `snowball-stemmers` package (only what the tokenizer uses). */
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export interface SnowballFactory {
    newStemmer(language: string): Stemmer;
    algorithms(): string[];
  }
  export const newStemmer: SnowballFactory['newStemmer'] | undefined;
  const factory: SnowballFactory;
  export default factory;
}
