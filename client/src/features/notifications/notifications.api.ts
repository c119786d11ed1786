import { useMutation, useQuery } from '@urql/vue';
import { computed, onScopeDispose, toValue, type MaybeRefOrGetter } from 'vue';
import {
  MarkNotificationsSeenDocument as MarkSeenMutation,
  NotificationsDocument as NotificationsQuery,
  SetNotificationPreferencesDocument as SetPreferencesMutation,
  UnreadCountDocument as UnreadCountQuery,
} from '../../api/generated/graphql.js';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData, type PageData } from '../../api/page-data.js';

export type EmailFrequency = 'OFF' | 'IMMEDIATELY' | 'DAILY';
export type MailLanguage = 'SV' | 'EN';

/** One notification as the start page and the notifications page show it. */
export interface Notice {
  id: string;
  kind:
    | 'COMMENT'
    | 'REPLY'
    | 'ANSWER'
    | 'MEETING_CHANGED'
    | 'MEETING_CANCELLED'
    | 'MEETING_PLACE'
    | 'CHAT_RESCHEDULED'
    | 'CHAT_CANCELLED'
    | 'COACHING_EXPORT';
  at: string;
  unread: boolean;
  authorName: string;
  text: string | null;
  hidden: boolean;
  targetTitle: string;
  /** The plan commented on or around; null for an answer. */
  planId: string | null;
  /** The item's id for a comment on an item (the link goes there), else null (the plan). */
  itemId: string | null;
  /** The question answered, for an answer (the link goes there). */
  questionId: string | null;
  /** The meeting, for a meeting's notice (the link goes there). */
  meetingId?: string | null;
  /** The chat, for a chat's notice (the link goes there); its new time, or the reason it was cancelled. */
  chat?: { id: string; startsAt: string | null; endsAt: string | null; reason: string | null } | null;
  /** The engagement taken out for a secrecy assessment, for a coaching export's notice (the link goes there). */
  coachingEngagementId?: string | null;
}

export interface Inbox {
  unreadCount: number;
  notices: Notice[];
  preferences: { emailComments: EmailFrequency; language: MailLanguage; emailAvailable: boolean };
}

/** How often the header's count is asked again while the tab is visible. */
export const UNREAD_REFRESH_MS = 60_000;

/**
 * The header's unread count. Asked once when the viewer is known (after signing in, or on loading
 * the app signed in); after that it is read from the cache, which marking seen and the inbox pages
 * update, and asked again every UNREAD_REFRESH_MS while the tab is visible (a tab that was hidden
 * when the time came asks as soon as it is shown again). Never asked per page.
 */
export function useUnreadCount(enabled: MaybeRefOrGetter<boolean>) {
  const response = useQuery({
    query: UnreadCountQuery,
    pause: () => !toValue(enabled),
    requestPolicy: 'cache-first',
  });
  const refresh = () => void response.executeQuery({ requestPolicy: 'network-only' });
  let missed = false;
  const timer = setInterval(() => {
    if (!toValue(enabled)) return;
    if (document.visibilityState === 'visible') refresh();
    else missed = true;
  }, UNREAD_REFRESH_MS);
  const shown = () => {
    if (document.visibilityState !== 'visible' || !missed) return;
    missed = false;
    if (toValue(enabled)) refresh();
  };
  document.addEventListener('visibilitychange', shown);
  onScopeDispose(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', shown);
  });
  return {
    count: computed(() => response.data.value?.notificationInbox.unreadCount ?? 0),
    refresh,
  };
}

/** The viewer's newest notifications (only the unread ones when asked) and their e-mail choices. */
export function useInbox(options: { first: number; unreadOnly?: boolean; enabled?: MaybeRefOrGetter<boolean> }) {
  const response = useQuery({
    query: NotificationsQuery,
    variables: { first: options.first, unreadOnly: options.unreadOnly ?? false },
    pause: () => !toValue(options.enabled ?? true),
    requestPolicy: 'cache-and-network',
  });
  return pageData(response, (d): Inbox => {
    const seen = d.notificationInbox.lastSeenAt;
    return {
      unreadCount: d.notificationInbox.unreadCount,
      preferences: d.notificationInbox.preferences,
      notices: d.notificationInbox.notifications.map((n): Notice => {
        const base = { id: n.id, kind: n.kind, at: n.createdAt, unread: !seen || n.createdAt > seen };
        if (n.chat)
          return {
            ...base,
            authorName: '',
            text: null,
            hidden: false,
            targetTitle: n.chat.title,
            planId: null,
            itemId: null,
            questionId: null,
            chat: {
              id: n.chat.id,
              startsAt: n.chatStartsAt ?? null,
              endsAt: n.chatEndsAt ?? null,
              reason: n.kind === 'CHAT_CANCELLED' ? (n.chat.cancelReason ?? null) : null,
            },
          };
        // A coaching export says who took the engagement out, and nothing of its content.
        if (n.kind === 'COACHING_EXPORT')
          return {
            ...base,
            authorName: n.coachingExportedByName ?? '',
            text: null,
            hidden: false,
            targetTitle: '',
            planId: null,
            itemId: null,
            questionId: null,
            coachingEngagementId: n.coachingEngagementId ?? null,
          };
        if (n.meeting)
          return {
            ...base,
            authorName: '',
            text: null,
            hidden: false,
            targetTitle: n.meeting.title,
            planId: null,
            itemId: null,
            questionId: null,
            meetingId: n.meeting.id,
          };
        if (!n.comment)
          return {
            ...base,
            authorName: n.question?.answer?.answererName ?? '',
            text: null,
            hidden: false,
            targetTitle: n.question?.title ?? '',
            planId: null,
            itemId: null,
            questionId: n.question?.id ?? null,
          };
        return {
          ...base,
          authorName: n.comment.comment.authorName,
          text: n.comment.comment.text ?? null,
          hidden: n.comment.comment.hidden,
          targetTitle: n.comment.targetTitle,
          planId: n.comment.planId,
          itemId: n.comment.comment.targetType === 'ACTION_ITEM' ? n.comment.comment.targetId : null,
          questionId: null,
        };
      }),
    };
  }) satisfies PageData<Inbox>;
}

/** Marking seen and choosing e-mail; errors come back as AppErrors for the form that asked. */
export function useInboxWrites() {
  const seen = useMutation(MarkSeenMutation);
  const prefs = useMutation(SetPreferencesMutation);
  return {
    busy: computed(() => seen.fetching.value || prefs.fetching.value),
    /** Marks everything up to the newest notice shown as seen (one that came meanwhile stays unread). */
    async markSeen(until: string): Promise<AppError | null> {
      const result = await seen.executeMutation({ input: { until } });
      return result.error ? toAppError(result.error) : null;
    },
    async savePreferences(emailComments: EmailFrequency, language: MailLanguage): Promise<AppError | null> {
      const result = await prefs.executeMutation({ input: { emailComments, language } });
      return result.error ? toAppError(result.error) : null;
    },
  };
}
