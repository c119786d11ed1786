import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData, type PageData } from '../../api/page-data.js';
import type { Role } from '../../stores/roles.js';
import {
  AdminAddMembershipDocument as AddMembershipMutation,
  AdminCreateOrganisationDocument as CreateOrganisationMutation,
  AdminInvitePersonDocument as InvitePersonMutation,
  AdminMunicipalitiesDocument as MunicipalitiesQuery,
  AdminOrganisationsDocument as OrganisationsQuery,
  AdminPasswordLinkDocument as PasswordLinkMutation,
  AdminPeopleDocument as PeopleQuery,
  AdminRemoveMembershipDocument as RemoveMembershipMutation,
  AdminSetPersonActiveDocument as SetPersonActiveMutation,
  AdminUpdateOrganisationDocument as UpdateOrganisationMutation,
} from '../../api/generated/graphql.js';

export type OrganisationKind = 'MUNICIPALITY' | 'ADMINISTRATION' | 'SCHOOL_UNIT';

/** An organisation as the administrator's lists show it. */
export interface AdminOrganisation {
  id: string;
  code: string;
  kind: OrganisationKind;
  name: string;
  active: boolean;
  version: number;
  parentId: string | null;
}

/** A person as the administrator's list shows them. */
export interface AdminPerson {
  id: string;
  name: string;
  title: string | null;
  email: string;
  active: boolean;
  invitationPending: boolean;
  memberships: Array<{ role: Role; organisationId: string; organisationName: string }>;
}

/** The result of a write: done, or the error for the form (its fields land on their inputs). */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

function written<T, D>(
  result: { data?: D | null; error?: unknown },
  pick: (d: D) => T | null | undefined,
): WriteResult<T> {
  const value = result.data ? pick(result.data) : null;
  return value != null ? { ok: true, value } : { ok: false, error: toAppError(result.error) };
}

/** Municipalities whose name matches, for the picker (nothing is asked before two letters). */
export function useMunicipalities(search: MaybeRefOrGetter<string>) {
  const response = useQuery({
    query: MunicipalitiesQuery,
    variables: computed(() => ({ search: toValue(search).trim() })),
    pause: computed(() => toValue(search).trim().length < 2),
  });
  return pageData(response, (d) => d.organisations.nodes.map((o) => ({ id: o.id, code: o.code, name: o.name })));
}

/** A municipality's administrations and school units (not the municipality itself). */
export function useOrganisations(
  municipalityCode: MaybeRefOrGetter<string | null>,
  search: MaybeRefOrGetter<string>,
): PageData<{ total: number; nodes: AdminOrganisation[] }> {
  const response = useQuery({
    query: OrganisationsQuery,
    variables: computed(() => ({ municipalityCode: toValue(municipalityCode) ?? '', search: toValue(search).trim() })),
    pause: computed(() => !toValue(municipalityCode)),
  });
  return pageData(response, (d) => ({
    total: d.organisations.totalCount,
    nodes: d.organisations.nodes
      .filter((o) => o.kind !== 'MUNICIPALITY')
      .map((o) => ({
        id: o.id,
        code: o.code,
        kind: o.kind,
        name: o.name,
        active: o.active,
        version: o.version,
        parentId: o.parent?.id ?? null,
      })),
  }));
}

/** The people of a municipality, found by name or email. */
export function usePeople(
  municipalityCode: MaybeRefOrGetter<string | null>,
  search: MaybeRefOrGetter<string>,
  includeInactive: MaybeRefOrGetter<boolean>,
): PageData<{ total: number; nodes: AdminPerson[] }> {
  const response = useQuery({
    query: PeopleQuery,
    variables: computed(() => ({
      municipalityCode: toValue(municipalityCode) ?? '',
      search: toValue(search).trim(),
      includeInactive: toValue(includeInactive),
    })),
    pause: computed(() => !toValue(municipalityCode)),
  });
  return pageData(response, (d) => ({
    total: d.people.totalCount,
    nodes: d.people.nodes.map((p) => ({
      id: p.id,
      name: p.name,
      title: p.title ?? null,
      email: p.email ?? '',
      active: p.active,
      invitationPending: p.invitationPending === true,
      memberships: p.memberships.map((m) => ({
        role: m.role,
        organisationId: m.organisation.id,
        organisationName: m.organisation.name,
      })),
    })),
  }));
}

/** The administrator's writes; each answers done or the error for its form. */
export function useAdminWrites() {
  const update = useMutation(UpdateOrganisationMutation);
  const create = useMutation(CreateOrganisationMutation);
  const invite = useMutation(InvitePersonMutation);
  const link = useMutation(PasswordLinkMutation);
  const active = useMutation(SetPersonActiveMutation);
  const add = useMutation(AddMembershipMutation);
  const remove = useMutation(RemoveMembershipMutation);
  return {
    busy: computed(
      () =>
        update.fetching.value ||
        create.fetching.value ||
        invite.fetching.value ||
        link.fetching.value ||
        active.fetching.value ||
        add.fetching.value ||
        remove.fetching.value,
    ),
    async updateOrganisation(input: { id: string; version: number; name?: string; active?: boolean }) {
      return written(await update.executeMutation({ input }), (d) => d.updateOrganisation);
    },
    async createOrganisation(input: { code: string; kind: OrganisationKind; name: string; parentId: string }) {
      return written(await create.executeMutation({ input }), (d) => d.createOrganisation);
    },
    async invitePerson(input: {
      name: string;
      title: string | null;
      email: string;
      organisationId: string;
      role: Role;
    }) {
      return written(await invite.executeMutation({ input }), (d) => d.invitePerson);
    },
    async passwordLink(personId: string) {
      return written(await link.executeMutation({ personId }), (d) => d.createPasswordLink);
    },
    async setActive(personId: string, value: boolean) {
      return written(await active.executeMutation({ input: { personId, active: value } }), (d) => d.setPersonActive);
    },
    async setMembership(present: boolean, input: { personId: string; organisationId: string; role: Role }) {
      return present
        ? written(await add.executeMutation({ input }), (d) => d.addMembership)
        : written(await remove.executeMutation({ input }), (d) => d.removeMembership);
    },
  };
}
