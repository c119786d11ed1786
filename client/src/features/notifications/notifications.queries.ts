import { graphql } from '../../api/generated/index.js';

/** The header's count: how many notifications came since the viewer last looked. */
export const UnreadCountQuery = graphql(`
  query UnreadCount {
    notificationInbox {
      id
      unreadCount
      lastSeenAt
    }
  }
`);

/** The newest notifications with their comments, and the viewer's e-mail choices. */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $unreadOnly: Boolean) {
    notificationInbox {
      id
      unreadCount
      lastSeenAt
      notifications(first: $first, unreadOnly: $unreadOnly) {
        id
        kind
        createdAt
        comment {
          targetTitle
          planId
          comment {
            id
            authorName
            text
            hidden
            targetType
            targetId
          }
        }
        question {
          id
          title
          answer {
            answererName
          }
        }
        meeting {
          id
          title
        }
        chat {
          id
          title
          cancelReason
        }
        chatStartsAt
        chatEndsAt
        coachingEngagementId
        coachingExportedByName
      }
      preferences {
        id
        emailComments
        language
        emailAvailable
      }
    }
  }
`);

export const MarkNotificationsSeenMutation = graphql(`
  mutation MarkNotificationsSeen($input: MarkNotificationsSeenInput!) {
    markNotificationsSeen(input: $input) {
      id
      unreadCount
      lastSeenAt
    }
  }
`);

export const SetNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      id
      emailComments
      language
      emailAvailable
    }
  }
`);
