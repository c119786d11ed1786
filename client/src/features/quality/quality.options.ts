import type { CarriedOut, EffectAnswer, EvidenceKind, QualityTheme } from '../../api/generated/graphql.js';

// The choices the quality forms offer, in the order they are offered (the API's enum names).

export const THEMES: QualityTheme[] = [
  'TEACHING',
  'READING',
  'ASSESSMENT',
  'SUPPORT',
  'SAFETY',
  'EQUITY',
  'LEADERSHIP',
  'OTHER',
];
export const EVIDENCE_KINDS: EvidenceKind[] = ['MEASUREMENT', 'SURVEY', 'OBSERVATION'];
export const CARRIED_OUT: CarriedOut[] = ['YES', 'PARTLY', 'NO'];
export const EFFECT_ANSWERS: EffectAnswer[] = ['YES', 'PARTLY', 'NO', 'TOO_EARLY'];
