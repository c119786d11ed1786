import mongoose, { type Types } from 'mongoose';
import { inReadScope, readScope, requireViewer, toViewer, type ReadScope, type Viewer } from '../../auth/index.js';
import type { Logger } from '../../shared/logger.js';
import { BadInputError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { provideCommentWrittenListener, type CommentDoc, type CommentWritten } from '../dialogue/index.js';
import { findPeople } from '../people/index.js';
import { findArea, findItem, findPlan } from '../plans/index.js';
import { provideMeetingNoticeListener, type MeetingDoc, type MeetingNotice } from '../meetings/index.js';
import { provideChatRescheduledListener, type ChatDoc, type ChatRescheduled } from '../chats/index.js';
import { provideQuestionAnsweredListener, type QuestionAnswered, type TeacherQuestionDoc } from '../questions/index.js';
import { kickOutbox, mailEnabled, mailPublicUrl } from './mailer.js';
import { noticeMail, type MailNotice } from './mail-text.js';
import type { NotificationDoc, NotificationStateDoc } from './notification.model.js';
import type { EmailFrequency, MailLanguage } from './notification.enums.js';
import {
  insertNotifications,
  markSeen,
  notificationsOf,
  stateOf,
  statesOf,
  writePreferences,
  type NewMail,
  type NewNotification,
} from './notification.repository.js';
import { preferencesInput, seenInput } from './notification.inputs.js';

/** How many notifications one request may ask for, and how many it gets when it does not say. */
export const NOTIFICATIONS_MAX = 50;
export const NOTIFICATIONS_DEFAULT = 10;
/** The unread count counts at most this many (the header shows "99+" above 99). */
export const UNREAD_COUNT_MAX = 100;

let log: Logger | null = null;

/** Where the notifications module logs (set when the server starts). */
export function setNotificationLogger(logger: Logger): void {
  log = logger;
}

// ---------------------------------------------------------------------------------------------
// Who hears of what

/** A deactivated person (`active: false`) hears nothing; older documents have no flag and are active. */
export const isActive = (person: object): boolean => (person as { active?: unknown }).active !== false;

/** Where a notice points, for its link: the question for an answer, the item for a comment on an item, else the plan. */
export function noticeLink(notice: Pick<NotificationDoc, 'targetType' | 'targetId' | 'planId'>): string {
  if (notice.targetType === 'question') return `${mailPublicUrl()}/dialog/fragor/${notice.targetId.toHexString()}`;
  if (notice.targetType === 'meeting') return `${mailPublicUrl()}/dialog/moten/${notice.targetId.toHexString()}`;
  if (notice.targetType === 'chat') return `${mailPublicUrl()}/dialog/chattar/${notice.targetId.toHexString()}`;
  if (notice.targetType === 'coachingEngagement')
    return `${mailPublicUrl()}/coachning/${notice.targetId.toHexString()}`;
  return notice.targetType === 'actionItem'
    ? `${mailPublicUrl()}/atgarder/${notice.targetId.toHexString()}`
    : `${mailPublicUrl()}/handlingsplaner/${notice.planId!.toHexString()}`;
}

/** The notifications settings page, linked from every e-mail. */
export const settingsLink = (): string => `${mailPublicUrl()}/aviseringar`;

interface CommentedThing {
  targetType: NotificationDoc['targetType'];
  planId: Types.ObjectId;
  title: string;
  /** The people responsible for it: the plan's, and the item's for an item. */
  responsible: Array<Types.ObjectId | null | undefined>;
}

async function commentedThing(scope: ReadScope, e: CommentWritten): Promise<CommentedThing | null> {
  const id = e.target.id;
  switch (e.target.type) {
    case 'actionPlan': {
      const plan = await findPlan(scope, id);
      return (
        plan && { targetType: 'actionPlan', planId: plan._id, title: plan.title, responsible: [plan.responsibleId] }
      );
    }
    case 'area': {
      const found = await findArea(scope, id);
      return (
        found && {
          targetType: 'area',
          planId: found.plan._id,
          title: found.area.title,
          responsible: [found.plan.responsibleId],
        }
      );
    }
    case 'actionItem': {
      const found = await findItem(scope, id);
      return (
        found && {
          targetType: 'actionItem',
          planId: found.plan._id,
          title: found.item.text,
          responsible: [found.plan.responsibleId, found.item.responsibleId],
        }
      );
    }
    default:
      // Comments on goals notify no one yet (a goal has no responsible person).
      return null;
  }
}

/**
 * The people to tell of a new comment or reply: the plan's responsible person, the item's for an
 * item, and for a reply the author of the comment replied to; never the writer, never a deactivated
 * person, and only those who may read what was commented on (the target in their own read scope).
 */
export async function recipientsOf(e: CommentWritten): Promise<{ thing: CommentedThing; people: Viewer[] } | null> {
  const thing = await commentedThing(readScope(e.writer), e);
  if (!thing) return null;
  const ids = new Map<string, Types.ObjectId>();
  for (const id of [...thing.responsible, e.parentAuthorId]) if (id) ids.set(id.toHexString(), id);
  ids.delete(e.writer.personId);
  if (!ids.size) return { thing, people: [] };
  const people = (await findPeople([...ids.values()]))
    .filter((p) => isActive(p))
    .map((p) => toViewer(p))
    .filter((viewer) => inReadScope(readScope(viewer), e.target));
  return { thing, people };
}

/** Writes the notifications of a new comment, and the e-mails of those who want them at once. */
export async function notifyOfComment(e: CommentWritten): Promise<void> {
  const found = await recipientsOf(e);
  if (!found || !found.people.length) return;
  const { thing, people } = found;
  const comment: CommentDoc = e.comment;
  const notices: NewNotification[] = people.map((p) => ({
    recipientId: new mongoose.Types.ObjectId(p.personId),
    municipalityCode: e.target.municipalityCode,
    kind: comment.parentId ? 'reply' : 'comment',
    commentId: comment._id,
    parentId: comment.parentId ?? null,
    targetType: thing.targetType,
    targetId: e.target.id,
    planId: thing.planId,
    targetTitle: thing.title,
    actorName: e.writer.name,
  }));
  const mails = await immediateMails(people, notices);
  await insertNotifications(notices, mails);
  if (mails.length) kickOutbox();
}

/** The e-mails of those who want them at once, for notices just written. */
async function immediateMails(people: Viewer[], notices: NewNotification[]): Promise<NewMail[]> {
  if (!mailEnabled()) return [];
  const states = new Map((await statesOf(notices.map((n) => n.recipientId))).map((s) => [s.personId.toHexString(), s]));
  const mails: NewMail[] = [];
  for (const [i, p] of people.entries()) {
    const state = states.get(p.personId);
    if (state?.emailComments !== 'immediately') continue;
    mails.push({ to: p.email, ...noticeMail(mailNotice(notices[i]!), state.language, settingsLink()) });
  }
  return mails;
}

/**
 * Tells the asker and the supporters of a question that it has been answered: never the answerer,
 * never a deactivated person, and only those who may still read the question.
 */
export async function notifyOfAnswer(e: QuestionAnswered): Promise<void> {
  const q = e.question;
  const ids = new Map<string, Types.ObjectId>();
  for (const id of [q.askerId, ...e.supporterIds]) ids.set(id.toHexString(), id);
  ids.delete(e.answerer.personId);
  if (!ids.size) return;
  const people = (await findPeople([...ids.values()]))
    .filter((p) => isActive(p))
    .map((p) => toViewer(p))
    .filter((viewer) => inReadScope(readScope(viewer), { municipalityCode: q.municipalityCode }));
  if (!people.length) return;
  const notices: NewNotification[] = people.map((p) => ({
    recipientId: new mongoose.Types.ObjectId(p.personId),
    municipalityCode: q.municipalityCode,
    kind: 'answer',
    commentId: q._id,
    parentId: null,
    targetType: 'question',
    targetId: q._id,
    planId: null,
    targetTitle: q.title,
    actorName: e.answerer.name,
  }));
  const mails = await immediateMails(people, notices);
  await insertNotifications(notices, mails);
  if (mails.length) kickOutbox();
}

/**
 * Tells the people of a meeting of its new day or place, its cancelling, or a place from its
 * waiting list: never the one who did it, never a deactivated person, and only those who may still
 * read the meeting's municipality. Each change is its own notice.
 */
export async function notifyOfMeeting(e: MeetingNotice): Promise<void> {
  const m = e.meeting;
  const ids = new Map<string, Types.ObjectId>();
  for (const id of e.recipientIds) ids.set(id.toHexString(), id);
  ids.delete(e.actor.personId);
  if (!ids.size) return;
  const people = (await findPeople([...ids.values()]))
    .filter((p) => isActive(p))
    .map((p) => toViewer(p))
    .filter((viewer) => inReadScope(readScope(viewer), { municipalityCode: m.municipalityCode }));
  if (!people.length) return;
  const change = new mongoose.Types.ObjectId();
  const notices: NewNotification[] = people.map((p) => ({
    recipientId: new mongoose.Types.ObjectId(p.personId),
    municipalityCode: m.municipalityCode,
    kind: e.kind,
    commentId: change,
    parentId: null,
    targetType: 'meeting',
    targetId: m._id,
    planId: null,
    targetTitle: m.title,
    actorName: e.actor.name,
  }));
  const mails = await immediateMails(people, notices);
  await insertNotifications(notices, mails);
  if (mails.length) kickOutbox();
}

/** A registrar's export of a coaching engagement for a secrecy assessment, told to its teachers (coaching.records.ts). */
export interface CoachingExported {
  engagementId: Types.ObjectId;
  municipalityCode: string;
  teacherIds: readonly Types.ObjectId[];
  registrar: Viewer;
}

/**
 * Tells the teachers of a coaching engagement that the registrar exported it for a secrecy
 * assessment: that it happened, by whom and when, never anything written in it. Each export is its
 * own notice; a deactivated teacher hears nothing.
 */
export async function notifyOfCoachingExport(e: CoachingExported): Promise<void> {
  const ids = new Map<string, Types.ObjectId>();
  for (const id of e.teacherIds) ids.set(id.toHexString(), id);
  ids.delete(e.registrar.personId);
  if (!ids.size) return;
  const people = (await findPeople([...ids.values()])).filter((p) => isActive(p)).map((p) => toViewer(p));
  if (!people.length) return;
  const exportId = new mongoose.Types.ObjectId();
  const notices: NewNotification[] = people.map((p) => ({
    recipientId: new mongoose.Types.ObjectId(p.personId),
    municipalityCode: e.municipalityCode,
    kind: 'coachingExport',
    commentId: exportId,
    parentId: null,
    targetType: 'coachingEngagement',
    targetId: e.engagementId,
    planId: null,
    targetTitle: 'Lärarcoachning',
    actorName: e.registrar.name,
  }));
  const mails = await immediateMails(people, notices);
  await insertNotifications(notices, mails);
  if (mails.length) kickOutbox();
}

/**
 * Tells those who posted questions to a chat of its new time or its cancelling (with the reason):
 * never the one who changed it, never a deactivated person, and only those who may still read the
 * chat's municipality. Each change is its own notice.
 */
export async function notifyOfChat(e: ChatRescheduled): Promise<void> {
  const chat = e.chat;
  const ids = new Map<string, Types.ObjectId>();
  for (const id of e.authorIds) ids.set(id.toHexString(), id);
  ids.delete(e.changedBy.personId);
  if (!ids.size) return;
  const people = (await findPeople([...ids.values()]))
    .filter((p) => isActive(p))
    .map((p) => toViewer(p))
    .filter((viewer) => inReadScope(readScope(viewer), { municipalityCode: chat.municipalityCode }));
  if (!people.length) return;
  const change = new mongoose.Types.ObjectId();
  const moved = e.kind === 'rescheduled';
  const notices: NewNotification[] = people.map((p) => ({
    recipientId: new mongoose.Types.ObjectId(p.personId),
    municipalityCode: chat.municipalityCode,
    kind: moved ? 'chatRescheduled' : 'chatCancelled',
    commentId: change,
    parentId: null,
    targetType: 'chat',
    targetId: chat._id,
    planId: null,
    targetTitle: chat.title,
    actorName: e.changedBy.name,
    startsAt: moved ? chat.startsAt : null,
    endsAt: moved ? chat.endsAt : null,
    reason: moved ? null : (chat.cancelReason ?? null),
  }));
  const mails = await immediateMails(people, notices);
  await insertNotifications(notices, mails);
  if (mails.length) kickOutbox();
}

/** What an e-mail says of a notice. */
export function mailNotice(
  n: Pick<NotificationDoc, 'kind' | 'actorName' | 'targetTitle' | 'targetType' | 'targetId' | 'planId'> &
    Partial<Pick<NotificationDoc, 'startsAt' | 'endsAt' | 'reason'>>,
): MailNotice {
  return {
    kind: n.kind,
    actorName: n.actorName,
    targetTitle: n.targetTitle,
    link: noticeLink(n),
    startsAt: n.startsAt ?? null,
    endsAt: n.endsAt ?? null,
    reason: n.reason ?? null,
  };
}

// Dialogue tells this module of every comment written (its port; dialogue cannot import us).
provideCommentWrittenListener(async (e) => {
  try {
    await notifyOfComment(e);
  } catch (err) {
    log?.error({ err, commentId: e.comment._id.toHexString() }, 'notifications of a comment not written');
  }
});

// Questions tell this module of every first answer (their port; questions cannot import us).
provideQuestionAnsweredListener(async (e) => {
  try {
    await notifyOfAnswer(e);
  } catch (err) {
    log?.error({ err, questionId: e.question._id.toHexString() }, 'notifications of an answer not written');
  }
});

// Meetings tell this module of a new day or place, a cancelling and a place from the waiting list
// (their port; meetings cannot import us).
provideMeetingNoticeListener(async (e) => {
  try {
    await notifyOfMeeting(e);
  } catch (err) {
    log?.error({ err, meetingId: e.meeting._id.toHexString() }, 'notifications of a meeting not written');
  }
});

// Chats tell this module of a new time and of a cancelling (their port; chats cannot import us).
provideChatRescheduledListener(async (e) => {
  try {
    await notifyOfChat(e);
  } catch (err) {
    log?.error({ err, chatId: e.chat._id.toHexString() }, 'notifications of a chat not written');
  }
});

// ---------------------------------------------------------------------------------------------
// What the viewer sees

/** A request's DataLoader, as far as this module uses it. */
interface Loader<V> {
  load(key: string): Promise<V>;
}

/** The request's scoped loaders a notice is checked and shown through (graphql/context.ts). */
export interface NoticeLoaders {
  plan: Loader<{ _id: Types.ObjectId; title: string } | null>;
  area: Loader<{ _id: Types.ObjectId; title: string } | null>;
  item: Loader<{ _id: Types.ObjectId; text: string } | null>;
  commentsByTarget: Loader<CommentDoc[]>;
  repliesByParent: Loader<CommentDoc[]>;
  question: Loader<TeacherQuestionDoc | null>;
  meeting: Loader<MeetingDoc | null>;
  chat: Loader<ChatDoc | null>;
}

/**
 * A notice as the viewer may see it now: the comment as their scope shows it and where it was
 * written, the question answered, or the meeting.
 */
export interface VisibleNotice {
  notice: NotificationDoc;
  comment: CommentDoc | null;
  question: TeacherQuestionDoc | null;
  meeting?: MeetingDoc | null;
  chat?: ChatDoc | null;
  targetTitle: string;
  planId: string | null;
}

async function currentTitle(n: NotificationDoc, loaders: NoticeLoaders): Promise<string | null> {
  const key = n.targetId.toHexString();
  if (n.targetType === 'actionPlan') return (await loaders.plan.load(key))?.title ?? null;
  if (n.targetType === 'area') return (await loaders.area.load(key))?.title ?? null;
  return (await loaders.item.load(key))?.text ?? null;
}

/**
 * The notices whose comment the viewer may still read, through the request's scoped loaders: a
 * plan made a draft again, a membership ended, or a target moved out of reach hides its notices.
 */
async function visible(notices: NotificationDoc[], loaders: NoticeLoaders): Promise<VisibleNotice[]> {
  const shown = await Promise.all(
    notices.map(async (notice): Promise<VisibleNotice | null> => {
      if (notice.targetType === 'question') {
        const question = await loaders.question.load(notice.targetId.toHexString());
        return question && { notice, comment: null, question, targetTitle: question.title, planId: null };
      }
      // A coaching export's notice holds no content and is addressed to the engagement's teacher.
      if (notice.targetType === 'coachingEngagement')
        return { notice, comment: null, question: null, targetTitle: notice.targetTitle, planId: null };
      if (notice.targetType === 'chat') {
        const chat = await loaders.chat.load(notice.targetId.toHexString());
        return chat && { notice, comment: null, question: null, chat, targetTitle: chat.title, planId: null };
      }
      if (notice.targetType === 'meeting') {
        const meeting = await loaders.meeting.load(notice.targetId.toHexString());
        return meeting && { notice, comment: null, question: null, meeting, targetTitle: meeting.title, planId: null };
      }
      const [title, thread] = await Promise.all([
        currentTitle(notice, loaders),
        notice.parentId
          ? loaders.repliesByParent.load(notice.parentId.toHexString())
          : loaders.commentsByTarget.load(notice.targetId.toHexString()),
      ]);
      const comment = thread.find((c) => c._id.equals(notice.commentId));
      if (title === null || !comment) return null;
      return { notice, comment, question: null, targetTitle: title, planId: notice.planId!.toHexString() };
    }),
  );
  return shown.filter((n): n is VisibleNotice => n !== null);
}

function municipalities(scope: ReadScope): readonly string[] | 'all' {
  if (scope.all === 'all' || scope.published === 'all') return 'all';
  return [...new Set([...scope.all, ...scope.published])];
}

/** The viewer's inbox: when they last looked, and what came since. */
export interface Inbox {
  personId: string;
  lastSeenAt: Date | null;
  state: NotificationStateDoc | null;
}

/** The viewer's notification state (Query.notificationInbox). */
export async function inboxOf(viewer: Viewer | null): Promise<Inbox> {
  const v = requireViewer({ viewer });
  const state = await stateOf(new mongoose.Types.ObjectId(v.personId));
  return { personId: v.personId, lastSeenAt: state?.lastSeenAt ?? null, state };
}

/** The newest notices of the viewer that they may read, newest first; only unread ones when asked. */
export async function listNotices(
  viewer: Viewer | null,
  inbox: Inbox,
  args: { first?: number | null; unreadOnly?: boolean | null },
  loaders: NoticeLoaders,
): Promise<VisibleNotice[]> {
  const v = requireViewer({ viewer });
  const first = args.first ?? NOTIFICATIONS_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > NOTIFICATIONS_MAX) {
    throw new BadInputError([
      {
        field: 'first',
        message: {
          sv: `måste vara mellan 1 och ${NOTIFICATIONS_MAX}`,
          en: `must be between 1 and ${NOTIFICATIONS_MAX}`,
        },
      },
    ]);
  }
  if (v.personId !== inbox.personId) return [];
  const notices = await notificationsOf(new mongoose.Types.ObjectId(v.personId), {
    first,
    after: args.unreadOnly ? inbox.lastSeenAt : null,
    municipalityCodes: municipalities(readScope(v)),
  });
  return visible(notices, loaders);
}

/** How many notices came since the viewer last looked (of those they may read), at most UNREAD_COUNT_MAX. */
export async function unreadCount(viewer: Viewer | null, inbox: Inbox, loaders: NoticeLoaders): Promise<number> {
  const v = requireViewer({ viewer });
  if (v.personId !== inbox.personId) return 0;
  const notices = await notificationsOf(new mongoose.Types.ObjectId(v.personId), {
    first: UNREAD_COUNT_MAX,
    after: inbox.lastSeenAt,
    municipalityCodes: municipalities(readScope(v)),
  });
  return (await visible(notices, loaders)).length;
}

/**
 * Marks the viewer's notices up to `until` as seen (the newest one the page showed, so one that
 * arrived meanwhile stays unread); a time in the future counts as now, and the mark never moves back.
 */
export async function markNotificationsSeen(viewer: Viewer | null, input: unknown): Promise<Inbox> {
  const v = requireViewer({ viewer });
  const data = parseInput(seenInput, input, 'input');
  const now = new Date();
  const until = data.until.getTime() > now.getTime() ? now : data.until;
  const state = await markSeen(new mongoose.Types.ObjectId(v.personId), until);
  return { personId: v.personId, lastSeenAt: state.lastSeenAt, state };
}

/** The viewer's choices, with the defaults for someone who never chose. */
export interface Preferences {
  personId: string;
  emailComments: EmailFrequency;
  language: MailLanguage;
}

export function preferencesOf(inbox: Inbox): Preferences {
  return {
    personId: inbox.personId,
    emailComments: inbox.state?.emailComments ?? 'off',
    language: inbox.state?.language ?? 'sv',
  };
}

/** Sets what the viewer gets by e-mail (in-app notices always come). */
export async function setNotificationPreferences(viewer: Viewer | null, input: unknown): Promise<Preferences> {
  const v = requireViewer({ viewer });
  const data = parseInput(preferencesInput, input, 'input');
  const personId = new mongoose.Types.ObjectId(v.personId);
  const before = await stateOf(personId);
  const startsDigest = data.emailComments === 'daily' && before?.emailComments !== 'daily';
  const state = await writePreferences(
    personId,
    { emailComments: data.emailComments, language: data.language ?? before?.language ?? 'sv' },
    startsDigest ? new Date() : null,
  );
  return { personId: v.personId, emailComments: state.emailComments, language: state.language };
}
