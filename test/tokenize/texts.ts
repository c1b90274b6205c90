// Tokenizer options and texts shared by the worker tests (fast and slow).
export const options = { thesaurus: [], stopwords: ['smart', 'city'], maxWords: 4, cues: ['use', 'improve'], cueWindow: 8, rules: [] };
export const texts = [
  'A smart city uses ICT to improve the quality of life.',
  'Sustainable cities protect the environment and save energy.',
  'Citizens take part in the governance of their city.',
  'Digital technologies make urban services efficient.',
  'A city is smart when investments in human and social capital fuel sustainable growth.',
  'Mobility and transport systems move people and goods.',
  'Data from sensors informs decisions.',
];
