// The shared setup of the dialogue API tests (meetings, questions, the teacher panel, chats,
// moderation): where they play, who plays, the role tables they have in common, and crowds of
// signed-in people.
import { ApiClient, makeMunicipality, makePerson, makeSchoolUnit, signedIn } from './api.js';
import { signInCast, WHO, type Cast, type Memberships, type Outcome, type Stage } from './roles.js';
import { startTestServer, type TestServer } from './server.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

/** The dialogue tables' cast: the usual one, the municipality admin and another municipality's politician. */
export const DIALOGUE_WHO = [...WHO, 'municipalityAdmin', 'otherPolitician'] as const;
export type DialogueWho = (typeof DIALOGUE_WHO)[number];

/** A cast for a stage of one school: each of its roles once, the admins, and another municipality's administration. */
export const ONE_SCHOOL_WHO = [
  'politician',
  'administration',
  'principal',
  'teacher',
  'coach',
  'admin',
  'municipalityAdmin',
  'otherAdministration',
] as const;

/** Stockholm (0180) with Skola A and Skola B, and Örebro (1880) as the other municipality. */
export async function stockholmStage(): Promise<Required<Stage>> {
  const municipality = await makeMunicipality('0180', 'Stockholms stad');
  const otherMunicipality = await makeMunicipality('1880', 'Örebro kommun');
  const unit = await makeSchoolUnit(municipality, '11111111', 'Skola A');
  const otherUnit = await makeSchoolUnit(municipality, '22222222', 'Skola B');
  return { municipality, unit, otherUnit, otherMunicipality };
}

/** A test file's server, the places of its stage, and the cast signed in on it. */
export type Played<W extends string, S extends Stage = Required<Stage>> = Cast<W> & S & { server: TestServer };

/** Starts the file's server, sets the stage (Stockholm's unless given) and signs the cast in on it. */
export async function startPlaying<W extends string, S extends Stage = Required<Stage>>(
  who: readonly W[],
  stage: () => Promise<S> = stockholmStage as () => Promise<S>,
): Promise<Played<W, S>> {
  const server = await startTestServer();
  try {
    const places = await stage();
    return { server, ...places, ...(await signInCast(server.url, who, places)) };
  } catch (error) {
    // The file's afterAll has no server to stop yet.
    await server.stop();
    throw error;
  }
}

/** Who reads a municipality's meetings and questions: its people and the admin. */
const readers: Record<DialogueWho, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  politician: 'ok',
  administration: 'ok',
  principal: 'ok',
  otherPrincipal: 'ok',
  teacher: 'ok',
  coach: 'NOT_FOUND',
  admin: 'ok',
  otherAdministration: 'NOT_FOUND',
  municipalityAdmin: 'NOT_FOUND',
  otherPolitician: 'NOT_FOUND',
};
/** Visible to every reader, changed by none of them: FORBIDDEN; NOT_FOUND outside; UNAUTHENTICATED without a session. */
const noWriter: Record<DialogueWho, Outcome> = {
  ...readers,
  politician: 'FORBIDDEN',
  administration: 'FORBIDDEN',
  principal: 'FORBIDDEN',
  otherPrincipal: 'FORBIDDEN',
  teacher: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};
/** Changed by the municipality's administration only. */
const administration: Record<DialogueWho, Outcome> = { ...noWriter, administration: 'ok' };
/** Every reader of the municipality takes part; the admin, who reads everywhere, does not. */
const participants: Record<DialogueWho, Outcome> = {
  ...noWriter,
  politician: 'ok',
  administration: 'ok',
  principal: 'ok',
  otherPrincipal: 'ok',
  teacher: 'ok',
};

/** The role tables the dialogue tables are built from, for the cast of DIALOGUE_WHO. */
export const dialogueTables = { readers, noWriter, administration, participants };

/** Makes `count` people as `person(i)` describes them and signs each in on a client of their own, all at once; the clients in that order. */
export async function signInMany(
  baseUrl: string,
  count: number,
  person: (i: number) => { email: string; memberships: Memberships; name?: string },
): Promise<ApiClient[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const { email, memberships, name } = person(i);
      await makePerson(email, memberships, name);
      return signedIn(baseUrl, email);
    }),
  );
}

/** `count` teachers of `unit`, signed in, named `Lärare <tag><i>` (address `<tag><i>@<domain>`). */
export function signInTeachers(
  baseUrl: string,
  unit: OrganisationDoc,
  count: number,
  tag: string,
  domain = 'dialogue.test',
): Promise<ApiClient[]> {
  return signInMany(baseUrl, count, (i) => ({
    email: `${tag}${i}@${domain}`,
    memberships: [{ organisation: unit, role: 'teacher' }],
    name: `Lärare ${tag}${i}`,
  }));
}
