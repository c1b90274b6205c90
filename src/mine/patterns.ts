/** A wording that introduces a definition, and how strongly it does. */
export interface DefinitionPattern {
  readonly name: string;
  readonly weight: number;
  readonly regex: RegExp;
}

/** The concept whose definitions are mined: smart (and) (sustainable) city/cities. */
export const CONCEPT = /\bsmart(?:\s+and)?(?:\s+sustainable)?\s+cit(?:y|ies)\b/iu;

// `concept-is` is built around CONCEPT; the others hold for any subject.
export const PATTERNS: readonly DefinitionPattern[] = [
  {
    name: 'concept-is',
    weight: 0.95,
    regex: /^(?:(?:in\s+(?:this|our)\s+\w+,\s*)?(?:a|an|the)\s+)?smart(?:\s+and)?(?:\s+sustainable)?\s+cit(?:y|ies)\s+(?:is|are|means|denotes|can\s+be\s+(?:seen|understood|described)\s+as)\s/iu,
  },
  { name: 'defined-as', weight: 0.9, regex: /\b(?:is|are|be|been)\s+(?:\w+\s+)?defined\s+as\b/iu },
  { name: 'we-define', weight: 0.9, regex: /\bwe\s+(?:\w+\s+)?define\b.{1,160}?\bas\b/iu },
  { name: 'city-that', weight: 0.85, regex: /\b(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}cit(?:y|ies)\s+(?:that|which|where|in\s+which)\b/iu },
  { name: 'refers-to', weight: 0.7, regex: /\brefers?\s+to\b/iu },
  { name: 'understood-as', weight: 0.6, regex: /\b(?:is|are)\s+(?:\w+\s+)?(?:understood|conceived|conceptuali[sz]ed|described|seen|viewed)\s+as\b/iu },
];
