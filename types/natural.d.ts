// natural ships no typings for its stopword file; importing it directly avoids the package index,
// which loads every storage backend (and dotenv) on import.
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}

// The Porter stemmer alone: the stemmers' index loads every language's stemmer (some 70 ms per thread).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
