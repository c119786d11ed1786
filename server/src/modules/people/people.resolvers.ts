import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import {
  clearedSessionCookie,
  deviceCookie,
  requestDeviceToken,
  roleValues,
  requestToken,
  setSessionCookie,
  toViewer,
  type Viewer,
} from '../../auth/index.js';
import { requiredOrganisation } from '../organisations/index.js';
import type { PersonDoc } from './person.model.js';
import {
  administersPerson,
  createPasswordLink,
  createPerson,
  demoAccounts,
  invitePerson,
  listPeople,
  login,
  logout,
  me,
  setMembership,
  setPasswordWithLink,
  setPersonActive,
  setResultPeers,
  type PasswordLink,
} from './people.service.js';

/** The set-password page's path with the link's token. */
const linkShape = (link: PasswordLink) => ({
  person: link.person,
  path: `/satt-losenord?token=${encodeURIComponent(link.token)}`,
  expiresAt: link.expiresAt,
});

// Email, memberships and the invitation state are personal: the person themself and whoever
// administers a municipality they have a role in (an admin: everyone) see them.
const seesPrivate = (viewer: Viewer | null, p: PersonDoc) =>
  !!viewer && (viewer.personId === p._id.toHexString() || administersPerson(viewer, p));

/** Sign-in, the signed-in person, demo accounts and the admin's people mutations. */
export const peopleResolvers: Resolvers = {
  Role: roleValues,
  Query: {
    me: (_p, _a, ctx) => me(ctx.viewer),
    demoAccounts: () => demoAccounts(),
    people: (_p, args, ctx) =>
      listPeople(
        ctx.viewer,
        {
          municipalityCode: args.municipalityCode,
          search: args.search ?? undefined,
          includeInactive: args.includeInactive ?? undefined,
        },
        args,
      ),
  },
  Mutation: {
    login: async (_p, args, ctx) => {
      const outcome = await login(
        { email: args.email, password: args.password },
        { ip: ctx.req.ip ?? 'unknown', deviceToken: requestDeviceToken(ctx.req) },
        ctx.loginThrottle,
      );
      setSessionCookie(ctx.res, outcome.token, outcome.expiresAt, ctx.secureCookies);
      ctx.res.append('Set-Cookie', deviceCookie(outcome.device.token, outcome.device.expiresAt, ctx.secureCookies));
      ctx.viewer = toViewer(outcome.person);
      return outcome;
    },
    logout: async (_p, _a, ctx) => {
      await logout(ctx.viewer, requestToken(ctx.req));
      ctx.res.append('Set-Cookie', clearedSessionCookie(ctx.secureCookies));
      ctx.viewer = null;
      return true;
    },
    createPerson: (_p, args, ctx) => createPerson(ctx.viewer, args.input),
    addMembership: (_p, args, ctx) => setMembership(ctx.viewer, args.input, true),
    removeMembership: (_p, args, ctx) => setMembership(ctx.viewer, args.input, false),
    invitePerson: async (_p, args, ctx) => linkShape(await invitePerson(ctx.viewer, args.input)),
    createPasswordLink: async (_p, args, ctx) => linkShape(await createPasswordLink(ctx.viewer, args.personId)),
    setPersonActive: (_p, args, ctx) => setPersonActive(ctx.viewer, args.input),
    setResultPeers: (_p, args, ctx) => setResultPeers(ctx.viewer, args.codes),
    setPassword: async (_p, args, ctx) => {
      const outcome = await setPasswordWithLink(
        { token: args.input.token, password: args.input.password },
        { ip: ctx.req.ip ?? 'unknown', deviceToken: undefined },
        ctx.loginThrottle,
      );
      setSessionCookie(ctx.res, outcome.token, outcome.expiresAt, ctx.secureCookies);
      ctx.res.append('Set-Cookie', deviceCookie(outcome.device.token, outcome.device.expiresAt, ctx.secureCookies));
      ctx.viewer = toViewer(outcome.person);
      return outcome;
    },
  },
  Person: {
    id: (p) => p._id.toHexString(),
    email: (p, _a, ctx) => (seesPrivate(ctx.viewer, p) ? p.email : null),
    memberships: (p, _a, ctx) => (seesPrivate(ctx.viewer, p) ? p.memberships : []),
    active: (p) => p.active !== false,
    invitationPending: (p, _a, ctx) => (seesPrivate(ctx.viewer, p) ? p.passwordSet === false : null),
    // The person's own choice: not even an admin sees it.
    resultPeers: (p, _a, ctx) => (ctx.viewer?.personId === p._id.toHexString() ? (p.resultPeers ?? []) : null),
  },
  Membership: {
    organisation: (m, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, m.organisationId),
  },
  LoginResult: {
    person: (o) => o.person,
    expiresAt: (o) => o.expiresAt,
  },
};
