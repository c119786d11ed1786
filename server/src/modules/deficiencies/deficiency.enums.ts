// The deficiencies module's API enums with their stored values (see indicators/indicator.enums.ts).

/** Where a deficiency was found: the School Inspectorate's decision, a complaint, the organiser's own review. */
export const deficiencySourceValues = {
  INSPECTION: 'inspection',
  COMPLAINT: 'complaint',
  OWN_REVIEW: 'ownReview',
} as const;
export type DeficiencySource = (typeof deficiencySourceValues)[keyof typeof deficiencySourceValues];

/** The School Inspectorate's areas of work a deficiency is listed under, and "another". */
export const deficiencyAreaValues = {
  GOVERNANCE: 'governance',
  TEACHING: 'teaching',
  SAFETY: 'safety',
  SPECIAL_SUPPORT: 'specialSupport',
  OTHER: 'other',
} as const;
export type DeficiencyArea = (typeof deficiencyAreaValues)[keyof typeof deficiencyAreaValues];

/** The kind of intervention the decision makes. */
export const interventionValues = {
  INJUNCTION: 'injunction',
  INJUNCTION_WITH_FINE: 'injunctionWithFine',
  REMARK: 'remark',
  NONE: 'none',
} as const;
export type Intervention = (typeof interventionValues)[keyof typeof interventionValues];

/** Open → reported (to the Inspectorate) → remedied, or remaining after a follow-up decision. */
export const deficiencyStateValues = {
  OPEN: 'open',
  REPORTED: 'reported',
  REMEDIED: 'remedied',
  REMAINING: 'remaining',
} as const;
export type DeficiencyState = (typeof deficiencyStateValues)[keyof typeof deficiencyStateValues];

/** How a complaint arrived. */
export const complaintChannelValues = {
  EMAIL: 'email',
  LETTER: 'letter',
  PHONE: 'phone',
  WEB_FORM: 'webForm',
  MEETING: 'meeting',
  OTHER: 'other',
} as const;
export type ComplaintChannel = (typeof complaintChannelValues)[keyof typeof complaintChannelValues];

/** Where a complaint is in the routine; it follows the dates recorded (see complaintState). */
export const complaintStateValues = {
  RECEIVED: 'received',
  CONFIRMED: 'confirmed',
  INVESTIGATING: 'investigating',
  INVESTIGATED: 'investigated',
  ANSWERED: 'answered',
} as const;
export type ComplaintState = (typeof complaintStateValues)[keyof typeof complaintStateValues];
