/**
 * version: NetBird agent versions as peers report them (`version` in GET /api/peers), for
 * feature gates such as "network resources need 0.59.0 or newer".
 */

/** AgentVersion is a released x.y.z version. */
export interface AgentVersion {
  major: number;
  minor: number;
  patch: number;
}

const SEMVER = /^v?(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
const DEV_MARKER = /dev|snapshot/i;

interface ParsedVersion {
  version: AgentVersion;
  prerelease: boolean;
}

/** readVersion parses and also keeps whether a (non-development) pre-release suffix was present. */
function readVersion(v: string): ParsedVersion | 'development' | null {
  const text = v.trim();
  if (text === '') return null;
  const lower = text.toLowerCase();
  if (lower === 'development' || lower === 'dev') return 'development';
  const m = SEMVER.exec(text);
  if (m === null) return null;
  const version = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
  const pre = m[4];
  const build = m[5];
  // Builds from source report "development" or carry "-dev"/"-SNAPSHOT" (goreleaser snapshots);
  // 0.0.0 with any suffix is a placeholder version, never a release.
  if ((pre !== undefined && DEV_MARKER.test(pre)) || (build !== undefined && DEV_MARKER.test(build))) return 'development';
  if (pre !== undefined && version.major === 0 && version.minor === 0 && version.patch === 0) return 'development';
  return { version, prerelease: pre !== undefined };
}

/**
 * parseAgentVersion returns the numbers of "0.59.1" (an optional leading "v", pre-release and
 * build suffixes are tolerated), 'development' for source builds, and null for "", "unknown"
 * or anything else that is not a version.
 */
export function parseAgentVersion(v: string): AgentVersion | 'development' | null {
  const parsed = readVersion(v);
  return parsed === null || parsed === 'development' ? parsed : parsed.version;
}

function compare(a: AgentVersion, b: AgentVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * isAgentVersionAtLeast gates features on the agent version. Development builds pass (they are
 * built from recent sources and NetBird itself lets them through); empty or unparsable versions
 * fail, so an unknown agent is never assumed to support a feature. A pre-release of exactly
 * `min` ("0.59.0-rc1" vs "0.59.0") is older than `min`, as in semver.
 */
export function isAgentVersionAtLeast(v: string, min: string): boolean {
  const have = readVersion(v);
  if (have === 'development') return true;
  if (have === null) return false;
  const need = readVersion(min);
  if (need === null || need === 'development') return false;
  const order = compare(have.version, need.version);
  if (order !== 0) return order > 0;
  return !have.prerelease || need.prerelease;
}
