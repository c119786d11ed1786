import { cacheExchange, type Cache, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import type { Exchange } from '@urql/core';

// Types without an id of their own: pages, connections and value objects live inside their
// parent's record instead of being normalised (null key = embedded).
const embedded = [
  'ActionItemConnection',
  'ActionPlanConnection',
  'ChatBoard',
  'ChatCommitment',
  'ChatCommitmentPart',
  'ChatEvent',
  'CoachingAgreement',
  'CoachingCaseload',
  'CoachingContent',
  'CoachingExport',
  'CoachingFigure',
  'CoachingStatisticsRow',
  'CoachingStatisticsTable',
  'FactorRevision',
  'FactorTheme',
  'FocusGroupTerm',
  'AuditEventConnection',
  'CommentConnection',
  'CommentRevision',
  'ComplaintConnection',
  'ComplaintStateCount',
  'DeficiencyConnection',
  'DemoAccount',
  'DevelopmentAreas',
  'FactorMedian',
  'FactorResult',
  'FieldError',
  'FollowUps',
  'GoalConnection',
  'GoalPeriod',
  'GroupMedians',
  'Health',
  'IndicatorSeries',
  'ItemFromMeasurePayload',
  'LastUpdate',
  'LocalizedText',
  'LoginResult',
  'MeasureModel',
  'Measurement',
  'Membership',
  'ModelCoefficient',
  'MunicipalityName',
  'MunicipalityRanking',
  'MunicipalityResults',
  'MunicipalityYearResult',
  'OrganisationConnection',
  'OrganisationSeries',
  'PageInfo',
  'Participation',
  'PasswordLink',
  'PeerComparison',
  'PeerRow',
  'PersonConnection',
  'PollAudience',
  'PollBreakdown',
  'PollFigure',
  // A question's id is unique within its poll only.
  'PollQuestion',
  'PollQuestionResult',
  'PollResponses',
  'PollResultRow',
  'PollResults',
  'QualityContributor',
  'QualityFigure',
  'QualityGuidance',
  'QualityMeasureLink',
  'QualityMeasures',
  'QualityResult',
  'QualityStatusChange',
  'QualityTemplate',
  'QualityText',
  'QualityThemeGroup',
  'QuestionAnswer',
  'Ranking',
  'RecentComment',
  'ResultsModel',
  'SchoolUnitResult',
  'SchoolUnitResults',
  'SchoolYearPeriod',
  'SimilarMunicipality',
  'StatFigure',
  'StatusUpdateConnection',
  'StepCompletion',
  'TargetProgress',
  'TeacherPanel',
  'ThemedArea',
  'TrendPoint',
] as const;

/** Types that carry a comment thread. */
const commentTargets = ['ActionPlan', 'Area', 'ActionItem', 'Goal'] as const;

/** Appends an entity to a cached connection's nodes (if that connection is cached). */
function appendTo(cache: Cache, connection: string | null, key: string): void {
  if (!connection) return;
  const nodes = (cache.resolve(connection, 'nodes') as string[] | null) ?? [];
  if (!nodes.includes(key)) cache.link(connection, 'nodes', [...nodes, key]);
}

type ChatQuestionLink = { __typename: 'ChatQuestion'; id: string; chatId: string };

/** Adds a question to its chat's cached list (once), so the chat page shows it without asking again. */
function addToChat(cache: Cache, question: ChatQuestionLink | null | undefined): void {
  if (!question) return;
  const chat = { __typename: 'Chat', id: question.chatId };
  const questions = cache.resolve(chat, 'questions') as string[] | null;
  const key = cache.keyOfEntity(question)!;
  if (questions && !questions.includes(key)) cache.link(chat, 'questions', [...questions, key]);
}

/** Drops every cached answer of a query field, so the pages showing it ask again. */
function dropQueries(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldKey);
  }
}

type CommentLink = { __typename: 'Comment'; id: string; parentId?: string | null };

/** The cache's configuration: keys by id, and how each mutation's answer changes cached lists. */
export const cacheOptions: CacheExchangeOpts = {
  keys: Object.fromEntries(embedded.map((t) => [t, () => null])),
  updates: {
    // A live change of a chat: a question the page did not have (new, or just picked) joins the
    // chat's list; a changed one updates itself as an entity.
    Subscription: {
      chatEvents(result, _args, cache) {
        const event = result.chatEvents as { kind?: string; question?: ChatQuestionLink | null } | null;
        addToChat(cache, event?.question);
        // A rescheduled or cancelled chat moves on the board and in the term's commitment.
        if (event?.kind === 'RESCHEDULED' || event?.kind === 'CANCELLED') dropQueries(cache, 'chatBoard');
      },
    },
    Mutation: {
      // Chats: a new question joins its chat at once; a new chat joins the board.
      askInChat: (result, _args, cache) => addToChat(cache, result.askInChat as ChatQuestionLink | null),
      scheduleChat: (_r, _a, cache) => dropQueries(cache, 'chatBoard'),
      rescheduleChat: (_r, _a, cache) => dropQueries(cache, 'chatBoard'),
      cancelChat: (_r, _a, cache) => dropQueries(cache, 'chatBoard'),
      // Coaching: a new request joins the board; an accepted one brings its engagement, and a
      // coach's new profile may add them to the coach service's list.
      requestCoaching: (_r, _a, cache) => dropQueries(cache, 'coachingBoard'),
      acceptCoachingRequest: (_r, _a, cache) => dropQueries(cache, 'coachingBoard'),
      setCoachProfile: (_r, _a, cache) => dropQueries(cache, 'coachingBoard'),
      // A new comment joins its thread (or its parent's replies) in every cached page of that
      // thread, so the poster sees it at once without asking the server again.
      addComment(result, args, cache) {
        const added = result.addComment as CommentLink | null;
        if (!added) return;
        const input = args.input as { targetId: string; parentId?: string | null };
        // The start page's recent comments and replies are the newest first across a municipality: ask again.
        for (const field of cache.inspectFields('Query')) {
          if (field.fieldName === 'recentComments') cache.invalidate('Query', field.fieldKey);
        }
        if (input.parentId) {
          const parent = { __typename: 'Comment', id: input.parentId };
          const replies = (cache.resolve(parent, 'replies') as string[] | null) ?? [];
          cache.link(parent, 'replies', [...replies, cache.keyOfEntity(added)!]);
          return;
        }
        // A new comment has no replies yet; saying so lets the thread be read from the cache whole.
        cache.link(added, 'replies', []);
        const key = cache.keyOfEntity(added)!;
        for (const field of cache.inspectFields('Query')) {
          if (field.fieldName !== 'comments' || field.arguments?.targetId !== input.targetId) continue;
          appendTo(cache, cache.resolve('Query', field.fieldKey) as string | null, key);
        }
        // The same thread read through its target (a plan's or item's `comments`, as on the start page).
        for (const typename of commentTargets) {
          const target = { __typename: typename, id: input.targetId };
          for (const field of cache.inspectFields(target)) {
            if (field.fieldName === 'comments')
              appendTo(cache, cache.resolve(target, field.fieldKey) as string | null, key);
          }
        }
      },
      // Signing in or out changes what every query may return: start from an empty cache. The
      // person signed in is the new `me`, so the session is known without asking again.
      // The teacher panel: a membership, a new poll or an answer changes the panel's lists and the
      // poll's state, rate and whether the viewer may still answer.
      joinPanel(_result, _args, cache) {
        dropQueries(cache, 'teacherPanel');
      },
      leavePanel(_result, _args, cache) {
        dropQueries(cache, 'teacherPanel');
      },
      createPoll(_result, _args, cache) {
        dropQueries(cache, 'teacherPanel');
      },
      // A closed poll's results are read at the top (pollResults): ask for them again.
      closePoll: (_r, _a, cache) => dropQueries(cache, 'pollResults'),
      submitPollAnswer(_result, args, cache) {
        const input = args.input as { pollId: string };
        cache.invalidate({ __typename: 'Poll', id: input.pollId });
        dropQueries(cache, 'teacherPanel');
      },
      // Questions: a new one joins its municipality's board; one being prepared or answered leaves
      // (or changes on) the addressee's start page.
      raiseQuestion: (_r, _a, cache) => dropQueries(cache, 'questionBoard'),
      prepareQuestionAnswer: (_r, _a, cache) => dropQueries(cache, 'questionsToAnswer'),
      answerQuestion: (_r, _a, cache) => dropQueries(cache, 'questionsToAnswer'),
      // Meetings: a new meeting joins its municipality's board; a new group or factor joins its
      // meeting's or group's list, and the synthesis is read again after any change to a factor.
      createMeeting: (_r, _a, cache) => dropQueries(cache, 'meetingBoard'),
      addMeetingGroup(_result, args, cache) {
        const input = args.input as { meetingId: string };
        cache.invalidate({ __typename: 'Meeting', id: input.meetingId }, 'groups');
      },
      // Joining one group leaves any other of its kind: the meeting's groups are read again.
      joinMeetingGroup: (_r, _a, cache) => dropQueries(cache, 'meeting'),
      // Leaving a group, or a cancelled meeting, changes what the viewer may write in its groups.
      leaveMeetingGroup: (_r, _a, cache) => dropQueries(cache, 'meeting'),
      cancelMeeting: (_r, _a, cache) => dropQueries(cache, 'meeting'),
      addSuccessFactor(_result, args, cache) {
        const input = args.input as { groupId: string };
        cache.invalidate({ __typename: 'MeetingGroup', id: input.groupId }, 'factors');
        dropQueries(cache, 'meetingSynthesis');
      },
      withdrawSuccessFactor(result, _args, cache) {
        const group = (result.withdrawSuccessFactor as { group?: { id: string } } | null)?.group;
        if (group) cache.invalidate({ __typename: 'MeetingGroup', id: group.id }, 'factors');
        dropQueries(cache, 'meetingSynthesis');
      },
      editSuccessFactor: (_r, _a, cache) => dropQueries(cache, 'meetingSynthesis'),
      setSuccessFactorTheme: (_r, _a, cache) => dropQueries(cache, 'meetingSynthesis'),
      // Good examples: a lifted comment now carries its example; an answer may publish or unpublish it.
      liftAsExample(result, args, cache) {
        const example = result.liftAsExample as { __typename: string; id: string } | null;
        const input = args.input as { source: string; sourceId: string };
        const [typename, field] =
          input.source === 'FACTOR'
            ? ['SuccessFactor', 'goodExample']
            : input.source === 'ANSWER'
              ? ['Question', 'answerExample']
              : ['Comment', 'goodExample'];
        if (example) cache.link({ __typename: typename!, id: input.sourceId }, field!, example);
        dropQueries(cache, 'liftedExamples');
      },
      answerExample: (_r, _a, cache) => dropQueries(cache, 'goodExamples'),
      // Moderation: a report marks the comment or question reported (and enough of them may hide
      // it): read it again; a decision takes the text off the queue.
      reportContent: (_r, args, cache) => {
        const input = args.input as { source: string; sourceId: string };
        cache.invalidate({ __typename: input.source === 'QUESTION' ? 'Question' : 'Comment', id: input.sourceId });
      },
      reviewReports: (_r, _a, cache) => dropQueries(cache, 'moderationQueue'),
      login(result, _args, cache) {
        for (const field of cache.inspectFields('Query')) cache.invalidate('Query', field.fieldKey);
        const person = (result.login as { person?: { __typename: string; id: string } } | null)?.person;
        if (person) cache.link('Query', 'me', person);
      },
      // Setting a password through a link signs in, as the login does.
      setPassword(result, _args, cache) {
        for (const field of cache.inspectFields('Query')) cache.invalidate('Query', field.fieldKey);
        const person = (result.setPassword as { person?: { __typename: string; id: string } } | null)?.person;
        if (person) cache.link('Query', 'me', person);
      },
      // The administrator's lists: an invitation or a (de)activation changes who is listed, a new,
      // renamed or deactivated organisation changes the organisation lists and pickers.
      invitePerson: (_r, _a, cache) => dropQueries(cache, 'people'),
      setPersonActive: (_r, _a, cache) => dropQueries(cache, 'people'),
      addMembership: (_r, _a, cache) => dropQueries(cache, 'people'),
      removeMembership: (_r, _a, cache) => dropQueries(cache, 'people'),
      createOrganisation: (_r, _a, cache) => dropQueries(cache, 'organisations'),
      // A new goal joins the goal lists; a link changes the goal's items (the item's goals come in the answer).
      createGoal: (_r, _a, cache) => dropQueries(cache, 'goals'),
      linkGoalToItem: (_r, args, cache) =>
        cache.invalidate({ __typename: 'Goal', id: (args.input as { goalId: string }).goalId }, 'actionItems'),
      unlinkGoalFromItem: (_r, args, cache) =>
        cache.invalidate({ __typename: 'Goal', id: (args.input as { goalId: string }).goalId }, 'actionItems'),
      updateOrganisation: (_r, _a, cache) => dropQueries(cache, 'organisations'),
      // A new deficiency or complaint joins the lists; a state change moves it between the lists
      // filtered by state and changes the complaints' counts.
      createDeficiency: (_r, _a, cache) => dropQueries(cache, 'deficiencies'),
      changeDeficiencyState: (_r, _a, cache) => dropQueries(cache, 'deficiencies'),
      createComplaint: (_r, _a, cache) => {
        dropQueries(cache, 'complaints');
        dropQueries(cache, 'complaintCounts');
      },
      updateComplaint: (_r, _a, cache) => {
        dropQueries(cache, 'complaints');
        dropQueries(cache, 'complaintCounts');
      },
      createDeficiencyFromComplaint: (_r, _a, cache) => dropQueries(cache, 'deficiencies'),
      // A new report joins the report lists; a measure turned into an action item joins a plan.
      createQualityReport: (_r, _a, cache) => dropQueries(cache, 'qualityReports'),
      saveQualityTemplate: (_r, _a, cache) => dropQueries(cache, 'qualityTemplate'),
      // Who may be invited changes with each invitation.
      inviteToQualityReport: (_r, _a, cache) => dropQueries(cache, 'qualityInvitees'),
      uninviteFromQualityReport: (_r, _a, cache) => dropQueries(cache, 'qualityInvitees'),
      createItemFromMeasure: (_r, _a, cache) => {
        dropQueries(cache, 'actionPlan');
        dropQueries(cache, 'actionPlans');
      },
      logout(_result, _args, cache) {
        for (const field of cache.inspectFields('Query')) cache.invalidate('Query', field.fieldKey);
        cache.link('Query', 'me', null);
      },
    },
  },
};

/** The normalised cache exchange with the app's configuration. */
export function normalisedCache(): Exchange {
  return cacheExchange(cacheOptions);
}
