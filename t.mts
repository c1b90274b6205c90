import { analyze } from './src/pipeline.js';
const r = await analyze({ corpus: 'corpus', overrides: JSON.parse(process.env.O ?? '{}') });
for (const f of r.factors) console.log(f.id, f.definitions, f.share.toFixed(2), f.stability?.toFixed(2), '|', f.terms.join(', '));
console.log(r.synthesis.text);
