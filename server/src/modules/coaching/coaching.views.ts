import type { Types } from 'mongoose';
import type { EngagementAccess } from './coaching.policy.js';
import type { CoachingSubject } from './coaching.enums.js';
import type { CoachingEntryDoc } from './coaching.model.js';
import type { EngagementContentDoc, EngagementFactsDoc } from './coaching.repository.js';

/** A municipality's coaching page as the resolvers pass it on; its lists are read per field. */
export interface CoachingBoardView {
  municipalityCode: string;
}

/** An engagement's facts with what the viewer may see of it (never null: those without access get NOT_FOUND). */
export interface EngagementView {
  e: EngagementFactsDoc;
  access: Exclude<EngagementAccess, null>;
}

/** An engagement's content as one of its parties reads it. */
export interface ContentView {
  e: EngagementFactsDoc;
  content: EngagementContentDoc;
  viewerIsTeacher: boolean;
}

/** One entry as a party reads it, with whether the viewer may change its text. */
export interface EntryView {
  entry: CoachingEntryDoc;
  canEdit: boolean;
}

/** A principal's unit and its teachers, for naming them in a request. */
export interface UnitTeachersView {
  unitId: Types.ObjectId;
  teachers: Array<{ id: string; name: string }>;
}

/** A coach of the coach service and their subjects. */
export interface CoachView {
  personId: string;
  name: string;
  subjects: CoachingSubject[];
}
