// natural ships no typings for its stopword file; importing it directly avoids the package index,
// which loads every storage backend (and dotenv) on import.
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
