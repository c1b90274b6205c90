import { agreementSection } from './agreement.js';
import { concordanceSection } from './concordance.js';
import { correspondenceSection } from './correspondence.js';
import { corpusSection } from './corpus.js';
import { definitionsSection } from './definitions.js';
import { diagnosticsSection } from './diagnostics.js';
import { excludedSection } from './excluded.js';
import { factorsSection } from './factors.js';
import { networkSection } from './network.js';
import { referencesSection } from './references.js';
import { sectorsSection } from './sectors.js';
import { sensitivitySection } from './sensitivity.js';
import { suggestionsSection } from './suggestions.js';
import { synthesisSection } from './synthesis.js';
import { termsSection } from './terms.js';
import { thematicMapSection } from './thematic-map.js';
import { timeSection } from './time.js';
import type { SectionBuilder } from './common.js';

export type { SectionBuilder } from './common.js';

/** The analysis, in reading order. */
export const ANALYSIS_SECTIONS: readonly SectionBuilder[] = [
  synthesisSection,
  corpusSection,
  excludedSection,
  termsSection,
  factorsSection,
  sectorsSection,
  networkSection,
];

/**
 * Further analyses (agreement between coders, time, thematic map, …): a feature adds its builder
 * here and its section appears after the network, before the appendices; its figures are written
 * to `figures/` like the others.
 */
export const MORE_ANALYSIS_SECTIONS: readonly SectionBuilder[] = [
  timeSection,
  thematicMapSection,
  correspondenceSection,
  suggestionsSection,
  agreementSection,
  sensitivitySection,
  concordanceSection,
];

/** Back matter after the definitions, such as the References list: a feature adds its builder here. */
export const BACK_MATTER_SECTIONS: readonly SectionBuilder[] = [referencesSection];

/** The whole report, in order. Adding a section is adding its builder to one of the lists above. */
export const REPORT_SECTIONS: readonly SectionBuilder[] = [
  ...ANALYSIS_SECTIONS,
  ...MORE_ANALYSIS_SECTIONS,
  definitionsSection,
  ...BACK_MATTER_SECTIONS,
  diagnosticsSection,
];
