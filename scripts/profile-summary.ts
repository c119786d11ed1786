// Summarises a V8 CPU profile (.cpuprofile, as `BENCH_PROFILE=<dir> npm run bench` writes):
// self time per package (node_modules/<name>, Lyfta's own files, node's internals) and the
// functions that cost most by self time. `tsx scripts/profile-summary.ts <file> [top]`.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/profile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

/** Which package a script URL belongs to. */
function packageOf(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const src = url.match(/\/(server|client|scripts)\/(src\/)?(.*)$/);
  return src ? `lyfta:${src[1]}/${src[3]!.split('/').slice(0, 2).join('/')}` : url;
}

const selfUs = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  total += dt;
});

const perPackage = new Map<string, number>();
const perFunction = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { callFrame } = byId.get(id)!;
  if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') continue;
  const pkg = packageOf(callFrame.url);
  perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + us);
  const key = `${callFrame.functionName || '(anonymous)'} ${pkg}:${callFrame.lineNumber + 1}`;
  perFunction.set(key, (perFunction.get(key) ?? 0) + us);
}
const idle = [...selfUs].reduce((s, [id, us]) => (byId.get(id)!.callFrame.functionName === '(idle)' ? s + us : s), 0);
const busy = total - idle;
const pct = (us: number) => ((100 * us) / busy).toFixed(1).padStart(5) + ' %';
const print = (title: string, rows: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${pct(us)}  ${k}\n`);
};
// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${packageOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const inclusive = new Map<string, number>();
for (const [id, us] of selfUs) {
  if (byId.get(id)!.callFrame.functionName === '(idle)') continue;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(byId.get(at)!));
  for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
}
process.stdout.write(`busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled\n`);
print('self time per package', perPackage);
print('self time per function', perFunction);
print('inclusive time per function', inclusive);
