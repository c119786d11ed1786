import { ref } from 'vue';
import { defineStore } from 'pinia';

/** The municipality an administrator is working in. */
export interface AdminMunicipality {
  id: string;
  code: string;
  name: string;
}

/** A set-password link just made, shown once so the administrator can copy it and pass it on. */
export interface ShownLink {
  personName: string;
  url: string;
  expiresAt: string;
}

/** What the administrator is doing: the municipality picked, the searches, the link last made. UI state only. */
export const useAdminStore = defineStore('admin', () => {
  const municipality = ref<AdminMunicipality | null>(null);
  const peopleSearch = ref('');
  const showInactivePeople = ref(false);
  const organisationSearch = ref('');
  const link = ref<ShownLink | null>(null);

  /** Picks the municipality the lists show; the searches and the shown link belong to the previous one. */
  function pick(m: AdminMunicipality): void {
    municipality.value = m;
    peopleSearch.value = '';
    organisationSearch.value = '';
    link.value = null;
  }

  /** Shows a link made from a page-relative path, as an address the invited person can open. */
  function showLink(personName: string, path: string, expiresAt: string, origin = window.location.origin): void {
    link.value = { personName, url: new URL(path, origin).toString(), expiresAt };
  }

  return { municipality, peopleSearch, showInactivePeople, organisationSearch, link, pick, showLink };
});
