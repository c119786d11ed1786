import { join } from 'node:path';
import mongoose from 'mongoose';
import { projectRoot } from '../shared/paths.js';
import { seedOrganisations, type OrganisationDoc } from '../modules/organisations/index.js';
import { readCsv } from './csv.js';

const openData = join(projectRoot, 'server/opendata');

// Borås ran its schools through three district administrations in 2013 (seed 002).
const borasDistricts = [
  { code: '1490-norr', name: 'Stadsdelsförvaltningen Norr' },
  { code: '1490-oster', name: 'Stadsdelsförvaltningen Öster' },
  { code: '1490-vaster', name: 'Stadsdelsförvaltningen Väster' },
];

type NewOrganisation = Omit<OrganisationDoc, 'createdAt' | 'updatedAt'>;

/** Every municipality and every compulsory-school unit in Skolverket's registry, as organisation documents. */
export function registryOrganisations(): NewOrganisation[] {
  const municipalities = readCsv(join(openData, 'municipalities/municipality_county.csv'));
  const byCode = new Map<string, NewOrganisation>();
  for (const m of municipalities) {
    byCode.set(m.municipality_code!, {
      _id: new mongoose.Types.ObjectId(),
      code: m.municipality_code!,
      kind: 'municipality',
      name: m.municipality_name!,
      parentId: null,
      municipalityCode: m.municipality_code!,
      countyCode: m.county_code ?? null,
      countyName: m.county_name ?? null,
    });
  }
  const docs: NewOrganisation[] = [...byCode.values()];
  const boras = byCode.get('1490');
  if (boras) {
    for (const d of borasDistricts) {
      docs.push({
        ...boras,
        _id: new mongoose.Types.ObjectId(),
        code: d.code,
        kind: 'administration',
        name: d.name,
        parentId: boras._id,
      });
    }
  }
  const seen = new Set<string>();
  for (const u of readCsv(join(openData, 'skolverket/skolenhetsregistret_2020-06_grundskola.csv.gz'))) {
    const code = u.SKOLENHETSKOD ?? '';
    const municipality = byCode.get(u.KOMMUN ?? '');
    if (!/^\d{8}$/.test(code) || !municipality || seen.has(code)) continue;
    seen.add(code);
    docs.push({
      _id: new mongoose.Types.ObjectId(),
      code,
      kind: 'schoolUnit',
      name: (u.NAMN ?? code).trim().replace(/\s{2,}/g, ' '),
      parentId: municipality._id,
      municipalityCode: municipality.code,
      countyCode: municipality.countyCode ?? null,
      countyName: municipality.countyName ?? null,
    });
  }
  return docs;
}

/** Loads the registry's organisations with one unordered bulk insert; returns them by code. */
export async function loadRegistryOrganisations(): Promise<Map<string, NewOrganisation>> {
  const docs = registryOrganisations();
  const now = new Date();
  await seedOrganisations(docs.map((d) => ({ ...d, createdAt: now, updatedAt: now })));
  return new Map(docs.map((d) => [d.code, d]));
}
