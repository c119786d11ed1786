import { join } from 'node:path';
import { projectRoot } from '../../shared/paths.js';
import { parseCsv, readTextFile } from './csv.js';

/** A Swedish municipality and its county (SCB codes). */
export interface MunicipalityInfo {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
}

let cache: Map<string, MunicipalityInfo> | undefined;

/** The 290 municipalities from the bundled reference file, by code (read once). */
export function municipalities(): Map<string, MunicipalityInfo> {
  if (!cache) {
    const records = parseCsv(readTextFile(join(projectRoot, 'server/opendata/municipalities/municipality_county.csv')));
    const header = records[0]!.cells;
    const at = (cells: string[], name: string) => cells[header.indexOf(name)] ?? '';
    cache = new Map(
      records.slice(1).map(({ cells }) => {
        const info = {
          code: at(cells, 'municipality_code'),
          name: at(cells, 'municipality_name_short'),
          countyCode: at(cells, 'county_code'),
          countyName: at(cells, 'county_name'),
        };
        return [info.code, info];
      }),
    );
  }
  return cache;
}
