/**
 * peer-os: which operating system family a peer's `os` text names. NetBird reports what the agent
 * read from the host ("linux", "Ubuntu 24.04", "Darwin 14.5", "Windows 11 Pro"), so the family is
 * recognised by words rather than by one exact value. It matters because masquerade can only be
 * turned off on Linux routing peers (the kernel firewall path); Android is a separate, userspace
 * platform even though its kernel is Linux.
 */

export type OsFamily = 'linux' | 'other' | 'unknown';

/** OsPeer: what the rule reads of a peer; NetBird's Peer fits. */
export interface OsPeer {
  id: string;
  name: string;
  os: string;
}

const OTHER = /\b(windows|darwin|macos|mac os|ios|ipados|android|tvos|freebsd|openbsd|netbsd)\b/;
const LINUX =
  /\b(linux|gnu|ubuntu|debian|fedora|centos|rhel|red hat|alpine|arch|archlinux|opensuse|suse|sles|rocky|almalinux|amzn|amazon|raspbian|nixos|gentoo|manjaro|mint|pop!_os|talos|kali|openwrt|synology|truenas|unraid|proxmox)\b/;

/** peerOsFamily: 'linux', 'other' (a known non-Linux platform), or 'unknown' when the text says neither. */
export function peerOsFamily(peer: Pick<OsPeer, 'os'>): OsFamily {
  const os = peer.os.toLowerCase();
  if (OTHER.test(os)) return 'other';
  if (LINUX.test(os)) return 'linux';
  return 'unknown';
}

/** isLinuxPeer: the peer is known to run Linux (where masquerade may be turned off). */
export const isLinuxPeer = (peer: Pick<OsPeer, 'os'>): boolean => peerOsFamily(peer) === 'linux';

/**
 * nonLinuxPeers: the peers known to run another platform. A peer whose OS text is empty or
 * unrecognised is not counted: the linter reports what it knows, not guesses.
 */
export const nonLinuxPeers = <P extends Pick<OsPeer, 'os'>>(peers: readonly P[]): P[] => peers.filter((p) => peerOsFamily(p) === 'other');
